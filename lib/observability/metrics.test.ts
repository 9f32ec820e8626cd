import { describe, expect, it } from "vitest";
import { metrics, renderMetrics, routePattern } from "@/lib/observability/metrics";

describe("metrics", () => {
  it("folds ids, tokens and question ids into route patterns", () => {
    expect(routePattern("/api/v1/assessments/6f1c2a9e-1b2c-4d3e-8f90-123456789abc/answers/load.spike-sources")).toBe(
      "/api/v1/assessments/:id/answers/:questionId",
    );
    expect(routePattern("/api/v1/shared/fls_abc/report.pdf")).toBe("/api/v1/shared/:token/report.pdf");
    expect(routePattern("/api/v1/questionnaires/backend-scaling")).toBe("/api/v1/questionnaires/:key");
    expect(routePattern("/api/v1/workspaces/a%00b/banks/9/export")).toBe("/api/v1/workspaces/:workspaceId/banks/:bankId/export");
    expect(routePattern("/api/v1/assessments/x/milestones/3/report.pdf")).toBe("/api/v1/assessments/:id/milestones/:number/report.pdf");
    expect(routePattern("/api/auth/sign-in/email")).toBe("/api/auth/sign-in/email");
  });

  it("folds any segment no route has, so clients cannot grow the label set", () => {
    expect(routePattern("/api/v1/no-such-thing/xyz")).toBe("/api/v1/:other/:other");
    expect(routePattern("/api/auth/aaaa-1234")).toBe("/api/auth/:other");
    expect(routePattern("/api/v1/questionnaires/x/toString/constructor/__proto__")).toBe("/api/v1/questionnaires/:key/:other/:other/:other");
  });

  it("renders counters, histograms and gauges in Prometheus text format", () => {
    metrics.requests.inc({ method: "GET", route: "/api/v1/test", status: "200" });
    metrics.duration.observe({ method: "GET", route: "/api/v1/test" }, 0.02);
    const text = renderMetrics([{ name: "faultline_db_pool_connections", help: "Pool.", values: [{ labels: { state: "idle" }, value: 3 }] }]);
    expect(text).toContain('faultline_http_requests_total{method="GET",route="/api/v1/test",status="200"}');
    expect(text).toContain('faultline_http_request_duration_seconds_bucket{method="GET",route="/api/v1/test",le="0.025"} 1');
    expect(text).toContain('faultline_http_request_duration_seconds_bucket{method="GET",route="/api/v1/test",le="0.01"} 0');
    expect(text).toContain("# TYPE faultline_db_pool_connections gauge");
    expect(text).toContain('faultline_db_pool_connections{state="idle"} 3');
  });
});
