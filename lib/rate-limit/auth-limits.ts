import { z } from "zod";
import type { TLimit } from "@/lib/rate-limit/rate-limit";

/**
 * Limits on the account endpoints that guess or send something: signing in (password guessing),
 * signing up (account spam) and asking for a password reset (mail bombing). Per client address, and
 * per email address where one account can be targeted from many addresses. No global backstop here:
 * one attacker filling it would lock every user out of signing in.
 */
export const AUTH_LIMITS = {
  signIn: { name: "sign-in", limit: 20, windowMs: 5 * 60_000 },
  signInEmail: { name: "sign-in-email", limit: 10, windowMs: 15 * 60_000 },
  signUp: { name: "sign-up", limit: 10, windowMs: 60 * 60_000 },
  passwordReset: { name: "password-reset", limit: 10, windowMs: 15 * 60_000 },
  passwordResetEmail: { name: "password-reset-email", limit: 3, windowMs: 15 * 60_000 },
} satisfies Record<string, TLimit>;

/** better-auth 1.7's paths (under /api/auth) that are limited, POST only, and their limits. */
const LIMITED_PATHS: Record<string, { client: TLimit; email?: TLimit }> = {
  "sign-in/email": { client: AUTH_LIMITS.signIn, email: AUTH_LIMITS.signInEmail },
  "sign-up/email": { client: AUTH_LIMITS.signUp },
  "request-password-reset": { client: AUTH_LIMITS.passwordReset, email: AUTH_LIMITS.passwordResetEmail },
};

export function authLimitsFor(method: string, path: string): { client: TLimit; email?: TLimit } | undefined {
  return method === "POST" ? LIMITED_PATHS[path] : undefined;
}

// Only the email is read here; better-auth validates the whole body itself.
const ZEmailOnly = z.object({ email: z.string().max(320) });

/** The email address a body names, as one account: trimmed, lower case. Undefined when it names none. */
export function emailKey(body: Buffer): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  const result = ZEmailOnly.safeParse(parsed);
  return result.success ? result.data.email.trim().toLowerCase() || undefined : undefined;
}
