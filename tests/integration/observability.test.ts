import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as liveRoute } from "@/app/api/v1/live/route";
import { GET as metricsRoute } from "@/app/api/v1/metrics/route";
import { GET as readyRoute } from "@/app/api/v1/ready/route";
import { callRoute } from "../support/call-route";
import { startApp, type TAppServer } from "../support/app-server";
import { freePort } from "../resilience/support";

describe("observability", () => {
  it("reports database time in Server-Timing and ties the response to its request id", async () => {
    const created = await callRoute(createRoute, {}, { method: "POST", body: { title: "Timed" }, headers: { "x-request-id": "req-observe-1" } });
    expect(created.headers.get("x-request-id")).toBe("req-observe-1");
    const timing = created.headers.get("server-timing") ?? "";
    const db = Number(timing.match(/db;dur=([\d.]+)/)?.[1]);
    const total = Number(timing.match(/total;dur=([\d.]+)/)?.[1]);
    expect(db).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(db);
    expect(timing).toMatch(/desc="\d+ queries"/);
  });

  it("exposes Prometheus metrics per route pattern, with pool use", async () => {
    const { body } = await callRoute(createRoute, {}, { method: "POST", body: { title: "Counted" } });
    await callRoute(putRoute, { id: body.id, questionId: "context.stage" }, { method: "PUT", body: { value: "scaling" }, token: body.editToken, path: `/api/v1/assessments/${body.id}/answers/context.stage` });
    const request = new Request("http://localhost/api/v1/metrics");
    const response = await metricsRoute(request, { params: Promise.resolve({}) });
    const text = await response.text();
    expect(response.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    expect(text).toMatch(/faultline_http_requests_total\{method="PUT",route="\/api\/v1\/assessments\/:id\/answers\/:questionId",status="201"\} \d+/);
    expect(text).toContain("faultline_http_request_duration_seconds_bucket");
    expect(text).toMatch(/faultline_db_pool_connections\{state="total"\} \d+/);
    expect(text).not.toContain(body.id);
  });

  it("has a liveness check apart from readiness, and readiness sees the migrated schema", async () => {
    expect((await callRoute(liveRoute, {})).body).toEqual({ status: "ok" });
    const ready = await callRoute(readyRoute, {});
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: "ready", database: "ok", migrations: "applied" });
  });
});

/** Server-Timing's database part: "db;dur=12.3;desc=\"4 queries\"". */
function dbTiming(response: Response): { ms: number; queries: number } {
  const match = (response.headers.get("server-timing") ?? "").match(/db;dur=([\d.]+);desc="(\d+) queries"/);
  if (!match) throw new Error(`no db timing in ${response.headers.get("server-timing")}`);
  return { ms: Number(match[1]), queries: Number(match[2]) };
}

// In-process calls share one module graph; the production build bundles each route on its own and
// runs pg's callbacks from socket events, which is where counting once went wrong. So: the real build.
describe("observability in the production build", () => {
  let app: TAppServer;

  beforeAll(async () => {
    app = await startApp({ databaseUrl: process.env.DATABASE_URL!, port: await freePort(), env: { RATE_LIMIT_MULTIPLIER: "100" } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("counts and times the database queries of an answer PUT and a report GET in Server-Timing", async () => {
    const created = await fetch(`${app.url}/api/v1/assessments`, { method: "POST", body: JSON.stringify({ title: "Timed in production" }) });
    expect(created.status).toBe(201);
    expect(dbTiming(created).queries).toBeGreaterThan(0);
    const { id, editToken } = (await created.json()) as { id: string; editToken: string };
    const auth = { authorization: `Bearer ${editToken}` };

    const put = await fetch(`${app.url}/api/v1/assessments/${id}/answers/context.stage`, { method: "PUT", headers: auth, body: JSON.stringify({ value: "scaling" }) });
    expect(put.status).toBe(201);
    // The access check and the upsert, both on the pg pool directly.
    expect(dbTiming(put).queries).toBeGreaterThanOrEqual(2);
    expect(dbTiming(put).ms).toBeGreaterThan(0);

    const report = await fetch(`${app.url}/api/v1/assessments/${id}/report`, { headers: auth });
    expect(report.status).toBe(200);
    // Prisma's queries (through the adapter on the same pool) are counted as well.
    expect(dbTiming(report).queries).toBeGreaterThan(0);
    expect(dbTiming(report).ms).toBeGreaterThan(0);

    const live = await fetch(`${app.url}/api/v1/live`);
    expect(dbTiming(live)).toEqual({ ms: 0, queries: 0 });
  });

  it("charges each query to its own request when many run at once", async () => {
    const created = (await (await fetch(`${app.url}/api/v1/assessments`, { method: "POST", body: JSON.stringify({ title: "Concurrent" }) })).json()) as { id: string; editToken: string };
    const auth = { authorization: `Bearer ${created.editToken}` };
    // The first save takes the full path (access check, then the save) and teaches the instance the
    // review's bank version; the next ones check access and save in one statement (saveInOneTrip).
    const first = await fetch(`${app.url}/api/v1/assessments/${created.id}/answers/context.stage`, { method: "PUT", headers: auth, body: JSON.stringify({ value: "scaling" }) });
    expect(dbTiming(first).queries).toBe(2);
    // More at once than the pool has connections, so some wait for one another's connection.
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch(`${app.url}/api/v1/assessments/${created.id}/answers/context.stage`, { method: "PUT", headers: auth, body: JSON.stringify({ value: "scaling", note: `write ${i}` }) }),
      ),
    );
    for (const response of responses) {
      expect([200, 201]).toContain(response.status);
      // Every write changes the note: one statement each, and nothing charged from another request.
      expect(dbTiming(response).queries).toBe(1);
    }
  });

  it("gives API responses their security headers and request id without the proxy, and a JSON 404 off the map", async () => {
    const live = await fetch(`${app.url}/api/v1/live`, { headers: { "x-request-id": "trace-abc-12345", "x-forwarded-proto": "https" } });
    expect(live.headers.get("x-request-id")).toBe("trace-abc-12345");
    expect(live.headers.get("x-content-type-options")).toBe("nosniff");
    expect(live.headers.get("x-frame-options")).toBe("DENY");
    expect(live.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(live.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(live.headers.get("strict-transport-security")).toContain("max-age=");

    const nowhere = await fetch(`${app.url}/api/v1/no-such-thing/here`, { method: "POST" });
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers.get("content-type")).toBe("application/problem+json");
    expect(nowhere.headers.get("x-content-type-options")).toBe("nosniff");
    expect(nowhere.headers.get("x-request-id")).toBeTruthy();

    // Pages still get the nonce-based policy from proxy.ts.
    const page = await fetch(`${app.url}/`);
    expect(page.headers.get("content-security-policy")).toMatch(/script-src[^;]*'nonce-/);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers a 10 MB body with 413 and stores nothing", async () => {
    const created = (await (await fetch(`${app.url}/api/v1/assessments`, { method: "POST", body: JSON.stringify({ title: "Big body" }) })).json()) as { id: string; editToken: string };
    const huge = JSON.stringify({ value: "scaling", note: "x".repeat(10 * 1024 * 1024) });
    const response = await fetch(`${app.url}/api/v1/assessments/${created.id}/answers/context.stage`, {
      method: "PUT",
      headers: { authorization: `Bearer ${created.editToken}` },
      body: huge,
    });
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe("payload-too-large");
    const answers = (await (await fetch(`${app.url}/api/v1/assessments/${created.id}`, { headers: { authorization: `Bearer ${created.editToken}` } })).json()) as { answers: Record<string, unknown> };
    expect(answers.answers["context.stage"]).toBeUndefined();
  });
});
