import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as liveRoute } from "@/app/api/v1/live/route";
import { GET as metricsRoute } from "@/app/api/v1/metrics/route";
import { GET as readyRoute } from "@/app/api/v1/ready/route";
import { callRoute } from "../support/call-route";

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
