import { describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/create-auth";
import { prisma } from "@/lib/db";
import { getSessionUser } from "@/lib/workspaces/session-user";
import { PASSWORD, authCall, cookieFrom, lastMailTo, linkIn, signUp, uniqueEmail } from "./auth-fixtures";

describe("accounts: sign-up and sign-in", () => {
  it("signs up with email and password, stores the session in PostgreSQL and the password only as a hash", async () => {
    const { user, email, headers } = await signUp("signup", "Grace Hopper");
    expect(user).toMatchObject({ email, name: "Grace Hopper", emailVerified: false });
    const account = await prisma.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain(PASSWORD);
    const sessions = await prisma.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(headers.get("cookie")).toContain(sessions[0].token);
  });

  it("refuses a second account with the same email, and a short password, with 4xx and a code", async () => {
    const { email } = await signUp("dupe");
    const again = await authCall("sign-up/email", { body: { name: "X", email: email.toUpperCase(), password: PASSWORD } });
    expect(again.status).toBe(422);
    expect(again.body.code).toMatch(/USER_ALREADY_EXISTS/);
    const short = await authCall("sign-up/email", { body: { name: "X", email: uniqueEmail("short"), password: "short" } });
    expect(short.status).toBe(400);
    expect(short.body.code).toBe("PASSWORD_TOO_SHORT");
  });

  it("signs in with the right password, and answers 401 to a wrong one or an unknown email", async () => {
    const { email, user } = await signUp("signin");
    const ok = await authCall("sign-in/email", { body: { email, password: PASSWORD } });
    expect(ok.status).toBe(200);
    const cookie = cookieFrom(ok.headers);
    expect((await getSessionUser(new Headers({ cookie })))?.id).toBe(user.id);

    const wrong = await authCall("sign-in/email", { body: { email, password: "not the password at all" } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect(cookieFrom(wrong.headers)).not.toMatch(/session_token=/);
    const unknown = await authCall("sign-in/email", { body: { email: uniqueEmail("nobody"), password: PASSWORD } });
    expect(unknown.status).toBe(401);
  });

  it("signs out: the session is gone from the database, so no instance accepts it", async () => {
    const { cookie, user } = await signUp("signout");
    const out = await authCall("sign-out", { body: {}, cookie });
    expect(out.status).toBe(200);
    expect(await getSessionUser(new Headers({ cookie }))).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a cookie-carrying POST from a foreign origin (403)", async () => {
    const { cookie } = await signUp("origin");
    const forged = await authCall("sign-out", { body: {}, cookie, headers: { origin: "https://evil.example" } });
    expect(forged.status).toBe(403);
  });
});

describe("accounts: email verification", () => {
  it("mails a verification link on sign-up (stored without SMTP) that verifies the address", async () => {
    const { email, user } = await signUp("verify");
    const mail = await lastMailTo(email);
    expect(mail.subject).toMatch(/Confirm your email/);
    expect(mail.html).toContain("Confirm my email");
    const link = linkIn(mail.text);
    expect(link.pathname).toBe("/api/auth/verify-email");

    const verified = await authCall(`verify-email${link.search}`, { method: "GET" });
    expect(verified.status).toBe(302);
    expect(verified.headers.get("location")).toMatch(/^\/verify-email/);
    expect(verified.headers.get("location")).not.toContain("error");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBe(true);
    // Verifying signs the browser in.
    expect((await getSessionUser(new Headers({ cookie: cookieFrom(verified.headers) })))?.id).toBe(user.id);

    const again = await authCall(`verify-email?token=not-a-token&callbackURL=%2Fverify-email`, { method: "GET" });
    expect(again.headers.get("location")).toMatch(/error=/);
  });

  it("sends a new verification link on request", async () => {
    const { email, cookie } = await signUp("reverify");
    const before = await prisma.mailMessage.count({ where: { to: email } });
    const resend = await authCall("send-verification-email", { body: { email, callbackURL: "/verify-email" }, cookie });
    expect(resend.status).toBe(200);
    expect(await prisma.mailMessage.count({ where: { to: email } })).toBe(before + 1);
  });
});

describe("accounts: password reset", () => {
  it("stores the reset mail, whose link leads to the reset page and sets a new password once", async () => {
    const { email, cookie: oldSession } = await signUp("reset");
    const requested = await authCall("request-password-reset", { body: { email, redirectTo: "/reset-password" } });
    expect(requested.status).toBe(200);
    const mail = await lastMailTo(email);
    expect(mail.subject).toMatch(/Reset your Faultline password/);
    const link = linkIn(mail.text);
    expect(link.pathname).toMatch(/^\/api\/auth\/reset-password\/[^/]+$/);

    // The mailed link checks the token and sends the browser to our page with it.
    const opened = await authCall(link.pathname.replace("/api/auth/", "") + link.search, { method: "GET" });
    expect(opened.status).toBe(302);
    const landing = new URL(opened.headers.get("location")!, "http://localhost");
    expect(landing.pathname).toBe("/reset-password");
    const token = landing.searchParams.get("token");
    expect(token).toBeTruthy();

    const reset = await authCall("reset-password", { body: { token, newPassword: "a brand new passphrase" } });
    expect(reset.status).toBe(200);
    expect((await authCall("sign-in/email", { body: { email, password: "a brand new passphrase" } })).status).toBe(200);
    expect((await authCall("sign-in/email", { body: { email, password: PASSWORD } })).status).toBe(401);
    // Other sessions end with the reset, and the link works only once.
    expect(await getSessionUser(new Headers({ cookie: oldSession }))).toBeNull();
    expect((await authCall("reset-password", { body: { token, newPassword: "yet another passphrase" } })).status).toBe(400);
  });

  it("answers an unknown email exactly as a known one, and mails nothing", async () => {
    const email = uniqueEmail("ghost");
    const response = await authCall("request-password-reset", { body: { email, redirectTo: "/reset-password" } });
    expect(response.status).toBe(200);
    expect(await prisma.mailMessage.count({ where: { to: email } })).toBe(0);
  });
});

describe("accounts: rate limits", () => {
  it("counts attempts in PostgreSQL, so every instance shares them, and answers 429 past the limit", async () => {
    // Rate limits are on in production only; this instance turns them on to prove the shared store.
    const limited = createAuth({ rateLimitEnabled: true });
    const email = uniqueEmail("limited");
    const attempt = () =>
      limited.handler(
        new Request("http://localhost/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.77" },
          body: JSON.stringify({ email, password: "wrong password here" }),
        }),
      );
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const row = await prisma.rateLimit.findFirst({ where: { key: { contains: "203.0.113.77" } } });
    expect(row?.count).toBeGreaterThanOrEqual(3);
    // A second instance (another process would build its own) sees the same counter.
    const other = createAuth({ rateLimitEnabled: true });
    const fromOther = await other.handler(
      new Request("http://localhost/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.77" },
        body: JSON.stringify({ email, password: "wrong password here" }),
      }),
    );
    expect(fromOther.status).toBe(429);
  });
});
