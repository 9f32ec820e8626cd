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

  it("gives API responses their security headers (they do not pass through proxy.ts)", async () => {
    const plain = await handler(post("{}"), params);
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    expect(plain.headers.get("x-frame-options")).toBe("DENY");
    expect(plain.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(plain.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(plain.headers.get("strict-transport-security")).toBeNull();

    const shared = await route(async () => new Response("{}"))(new Request("http://localhost/api/v1/shared/fls_x/report", { headers: { "x-forwarded-proto": "https" } }), params);
    expect(shared.headers.get("referrer-policy")).toBe("no-referrer");
    expect(shared.headers.get("x-robots-tag")).toContain("noindex");
    expect(shared.headers.get("strict-transport-security")).toContain("max-age=");

    // A stricter policy the handler chose itself is kept (a respondent's new private link).
    const own = await route(async () => new Response("{}", { headers: { "referrer-policy": "no-referrer" } }))(post("{}"), params);
    expect(own.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("makes its own request id when the given one is not of a sane shape", async () => {
    const response = await handler(post("{}", { "x-request-id": "short" }), params);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("readJson() and big bodies", () => {
  const handler = route(async ({ request }) => Response.json(await readJson(request, ZBody)));
  const MB = 1024 * 1024;

  /** A 10 MB body sent in 64 KiB chunks, counting how much of it the server pulled. */
  function bigStream() {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const sent = { bytes: 0 };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent.bytes >= 10 * MB) return controller.close();
        sent.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return { stream, sent };
  }

  it("refuses a declared Content-Length over the limit before reading any of the body", async () => {
    const { stream, sent } = bigStream();
    const request = new Request("http://localhost/api/v1/things", { method: "POST", body: stream, headers: { "content-length": String(10 * MB) }, duplex: "half" } as RequestInit);
    const response = await handler(request, params);
    expect(response.status).toBe(413);
    expect(sent.bytes).toBeLessThanOrEqual(128 * 1024);
  });

  it("stops reading a chunked 10 MB body at the limit", async () => {
    const { stream, sent } = bigStream();
    const request = new Request("http://localhost/api/v1/things", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    const response = await handler(request, params);
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe("payload-too-large");
    // The limit is 64 KiB: the reader may have one chunk in flight past it, never the whole body.
    expect(sent.bytes).toBeLessThan(512 * 1024);
  });

  it("still reads a body split in many chunks, multi-byte characters across their edges", async () => {
    const text = JSON.stringify({ title: "Zürich → 東京 ".repeat(200), count: 3 });
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const response = await handler(new Request("http://localhost/api/v1/things", { method: "POST", body: stream, duplex: "half" } as RequestInit), params);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(text));
  });
});
