import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { LIMITS } from "@/lib/rate-limit/rate-limit";
import { RedisStore } from "@/lib/rate-limit/stores";
import { callRoute } from "../support/call-route";

describe("rate limits on public endpoints", () => {
  it("answers 429 with Retry-After once one client creates too many reviews, and counts others apart", async () => {
    const client = { "x-forwarded-for": "203.0.113.77" };
    for (let i = 0; i < LIMITS.createReview.limit; i++) {
      const response = await callRoute(createRoute, {}, { method: "POST", body: { title: `Review ${i}` }, headers: client });
      expect(response.status).toBe(201);
    }
    const refused = await callRoute(createRoute, {}, { method: "POST", body: { title: "One too many" }, headers: client });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.body).toMatchObject({ code: "rate-limited", retryAfter: expect.any(Number) });
    const other = await callRoute(createRoute, {}, { method: "POST", body: { title: "Someone else" }, headers: { "x-forwarded-for": "203.0.113.78" } });
    expect(other.status).toBe(201);
  });

  it("shares one count between instances through Redis", async () => {
    const url = "redis://127.0.0.1:6379";
    const first = new RedisStore(url);
    const second = new RedisStore(url);
    const key = `test:${Date.now()}:${Math.random()}`;
    try {
      expect((await first.hit(key, 60_000)).count).toBe(1);
      expect((await second.hit(key, 60_000)).count).toBe(2);
      const third = await first.hit(key, 60_000);
      expect(third.count).toBe(3);
      expect(third.resetAt - Date.now()).toBeGreaterThan(50_000);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
