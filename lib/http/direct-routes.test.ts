import { describe, expect, it } from "vitest";
import { directRoute, matchDirectRoute } from "@/lib/http/direct-routes";

const handler = async () => new Response(null, { status: 204 });
const routes = [
  directRoute("PUT", "/api/v1/assessments/:id/answers/:questionId", handler),
  directRoute("GET", "/api/v1/live", handler),
];

describe("matchDirectRoute", () => {
  it("matches a route's method and path and decodes its parameters", () => {
    const hit = matchDirectRoute(routes, "PUT", "/api/v1/assessments/7f0c/answers/load.peak%20ratio?x=1");
    expect(hit?.route.template).toBe("/api/v1/assessments/:id/answers/:questionId");
    expect(hit?.params).toEqual({ id: "7f0c", questionId: "load.peak ratio" });
    expect(matchDirectRoute(routes, "GET", "/api/v1/live")?.params).toEqual({});
  });

  it("leaves every other request to Next.js", () => {
    for (const [method, target] of [
      ["GET", "/api/v1/assessments/7f0c/answers/q"], // another method
      ["HEAD", "/api/v1/live"],
      ["PUT", "/api/v1/assessments/7f0c/answers/q/"], // trailing slash: Next.js redirects it
      ["PUT", "/api/v1/assessments/7f0c/answers/q/extra"],
      ["PUT", "/api/v1/assessments//answers/q"], // an empty parameter
      ["PUT", "/api/v1/assessments/7f0c/answers/%E0%A4%A"], // a malformed escape
      ["GET", "/api/v1/livex"],
      ["GET", "/API/v1/live"],
    ]) {
      expect(matchDirectRoute(routes, method, target), `${method} ${target}`).toBeUndefined();
    }
  });

  it("treats dots and other pattern characters in a template literally", () => {
    const pdf = [directRoute("GET", "/api/v1/assessments/:id/report.pdf", handler)];
    expect(matchDirectRoute(pdf, "GET", "/api/v1/assessments/a/report.pdf")?.params).toEqual({ id: "a" });
    expect(matchDirectRoute(pdf, "GET", "/api/v1/assessments/a/reportxpdf")).toBeUndefined();
  });
});
