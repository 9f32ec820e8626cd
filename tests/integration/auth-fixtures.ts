import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { authRoute } from "@/lib/auth/auth-route";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/workspaces/session-user";
import { getSessionUser } from "@/lib/workspaces/session-user";
import { callRoute } from "../support/call-route";

/** Accounts for integration tests, made through better-auth's HTTP API like a browser would. */
export const ORIGIN = "http://localhost";
export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(label = "user"): string {
  return `${label}.${randomBytes(4).toString("hex")}@example.test`;
}

export function authCall(path: string, init: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { origin: ORIGIN, ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  return callRoute(authRoute[(init.method ?? "POST") as "GET" | "POST"], { all: path.split("?")[0].split("/").filter(Boolean) }, {
    method: init.method ?? "POST",
    path: `/api/auth/${path}`,
    body: init.body,
    headers,
  });
}

/** The Cookie header a browser would send back after this response. */
export function cookieFrom(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

export type TSignedIn = { user: TSessionUser; cookie: string; headers: Headers; email: string };

export async function signUp(label = "user", name = "Ada Lovelace", email = uniqueEmail(label)): Promise<TSignedIn> {
  const response = await authCall("sign-up/email", { body: { name, email, password: PASSWORD, callbackURL: "/verify-email" } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const cookie = cookieFrom(response.headers);
  expect(cookie).toMatch(/session_token=/);
  const headers = new Headers({ cookie, origin: ORIGIN });
  const user = await getSessionUser(headers);
  expect(user).not.toBeNull();
  return { user: user!, cookie, headers, email };
}

/** The newest stored mail to an address (no SMTP in tests: everything is stored). */
export async function lastMailTo(email: string) {
  const mail = await prisma.mailMessage.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
  expect(mail, `no mail stored for ${email}`).not.toBeNull();
  return mail!;
}

/** The first http(s) link on its own line in a mail's text part. */
export function linkIn(text: string): URL {
  const line = text.split("\n").find((l) => /^https?:\/\//.test(l.trim()));
  expect(line, text).toBeTruthy();
  return new URL(line!.trim());
}
