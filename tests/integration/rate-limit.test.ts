import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { prisma } from "@/lib/db";
import { AUTH_LIMITS } from "@/lib/rate-limit/auth-limits";
import { enforceLimits, LIMITS, RateLimitedError } from "@/lib/rate-limit/rate-limit";
import { RedisStore } from "@/lib/rate-limit/stores";
import { callRoute } from "../support/call-route";
import { authCall, PASSWORD, signUp, uniqueEmail } from "./auth-fixtures";

/** An address of the documentation range no other test uses, so counts start at zero. */
const address = () => `198.51.100.${Math.floor(Math.random() * 254) + 1}, 10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;
const from = (xff: string) => ({ "x-forwarded-for": xff });

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

describe("rate limits on sign-in, sign-up and password reset (ours, before better-auth)", () => {
  it("refuses the 11th sign-in to one account within 15 minutes, from whichever addresses, and not another account", async () => {
    const email = uniqueEmail("guessed");
    for (let i = 0; i < AUTH_LIMITS.signInEmail.limit; i++) {
      const attempt = await authCall("sign-in/email", { body: { email, password: `guess ${i} wrong` }, headers: from(`198.18.${i}.${Math.floor(Math.random() * 250)}`) });
      expect(attempt.status).toBe(401);
    }
    // The same account in other spelling is the same account.
    const refused = await authCall("sign-in/email", { body: { email: `  ${email.toUpperCase()} `, password: "one more guess" }, headers: from("198.18.200.1") });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: "rate-limited", status: 429 });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(refused.headers.get("x-retry-after")).toBe(refused.headers.get("retry-after"));
    expect(refused.headers.get("x-request-id")).toBeTruthy();
    const other = await authCall("sign-in/email", { body: { email: uniqueEmail("other"), password: "whatever it is" }, headers: from("198.18.200.1") });
    expect(other.status).toBe(401);
  });

  it("refuses the 21st sign-in from one client within 5 minutes, whatever the accounts", async () => {
    const client = address();
    for (let i = 0; i < AUTH_LIMITS.signIn.limit; i++) {
      expect((await authCall("sign-in/email", { body: { email: uniqueEmail("spray"), password: "spray and pray" }, headers: from(client) })).status).toBe(401);
    }
    const refused = await authCall("sign-in/email", { body: { email: uniqueEmail("spray"), password: "spray and pray" }, headers: from(client) });
    expect(refused.status).toBe(429);
    expect((await authCall("sign-in/email", { body: { email: uniqueEmail("spray"), password: "spray and pray" }, headers: from(address()) })).status).toBe(401);
  });

  it("still signs in a real account through the limiter (better-auth gets the body it was sent)", async () => {
    const user = await signUp("through");
    const response = await authCall("sign-in/email", { body: { email: user.email, password: PASSWORD }, headers: from(address()) });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join(";")).toMatch(/session_token=/);
  });

  it("refuses the 11th sign-up from one client within an hour", async () => {
    const client = address();
    // Refused sign-ups (a short password) count too: the limit is on attempts, and they cost no hashing.
    for (let i = 0; i < AUTH_LIMITS.signUp.limit; i++) {
      expect((await authCall("sign-up/email", { body: { name: "Spam", email: uniqueEmail("spam"), password: "short" }, headers: from(client) })).status).toBe(400);
    }
    const refused = await authCall("sign-up/email", { body: { name: "Spam", email: uniqueEmail("spam"), password: PASSWORD }, headers: from(client) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("sends at most 3 reset mails to one address in 15 minutes, however many clients ask", async () => {
    const user = await signUp("reset-flood");
    const mailsBefore = await prisma.mailMessage.count({ where: { to: user.email } });
    const statuses: number[] = [];
    for (let i = 0; i < AUTH_LIMITS.passwordResetEmail.limit + 2; i++) {
      statuses.push((await authCall("request-password-reset", { body: { email: user.email, redirectTo: "/reset-password" }, headers: from(address()) })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await prisma.mailMessage.count({ where: { to: user.email } })).toBe(mailsBefore + AUTH_LIMITS.passwordResetEmail.limit);
  });

  it("refuses an oversized sign-in body with 413 before better-auth reads it", async () => {
    const response = await authCall("sign-in/email", { body: { email: uniqueEmail("big"), password: "x".repeat(100 * 1024) }, headers: from(address()) });
    expect(response.status).toBe(413);
  });

  it("counts sign-ins to one account in Redis across instances", async () => {
    const url = "redis://127.0.0.1:6379";
    const instances = [new RedisStore(url), new RedisStore(url)];
    const email = `${uniqueEmail("redis")}`;
    const request = new Request("http://localhost/api/auth/sign-in/email", { method: "POST" });
    try {
      for (let i = 0; i < AUTH_LIMITS.signInEmail.limit; i++) {
        await enforceLimits(request, [{ limit: AUTH_LIMITS.signInEmail, key: email }], instances[i % 2], 1);
      }
      const refused = await enforceLimits(request, [{ limit: AUTH_LIMITS.signInEmail, key: email }], instances[0], 1).catch((error) => error);
      expect(refused).toBeInstanceOf(RateLimitedError);
      expect(refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});
