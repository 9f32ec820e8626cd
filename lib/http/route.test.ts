import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";

const ZBody = z.object({ title: z.string().min(1), count: z.number().int() });
const params = { params: Promise.resolve({}) };

function post(body: string, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/v1/things", { method: "POST", body, headers });
}

describe("route()", () => {
  const handler = route(async ({ request }) => Response.json(await readJson(request, ZBody, 100)));

  it("answers malformed JSON with 422 problem+json", async () => {
    const response = await handler(post("{not json"), params);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "invalid-request", status: 422, errors: [{ path: "(body)" }] });
  });

  it("lists every bad field", async () => {
    const response = await handler(post(JSON.stringify({ title: "", count: 1.5 })), params);
    const body = await response.json();
    expect(response.status).toBe(422);
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["count", "title"]);
  });

  it("refuses a body over the limit with 413", async () => {
    const response = await handler(post(JSON.stringify({ title: "x".repeat(200), count: 1 })), params);
    expect(response.status).toBe(413);
  });

  it("keeps the request id given by the proxy and returns it", async () => {
    const response = await handler(post("{}", { "x-request-id": "req-12345678" }), params);
    expect(response.headers.get("x-request-id")).toBe("req-12345678");
  });

  it("turns typed errors into their status and hides unexpected ones", async () => {
    const notFound = await route(async () => {
      throw new NotFoundError("assessment");
    })(post("{}"), params);
    expect(notFound.status).toBe(404);

    const boom = await route(async () => {
      throw new Error("connection string postgres://secret@db");
    })(post("{}"), params);
    const body = await boom.json();
    expect(boom.status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(body.requestId).toBeTruthy();
  });
});
