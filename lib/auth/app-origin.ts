import { env } from "@/lib/env";
import { AuthConfigError } from "@/lib/auth/auth-settings";

const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/**
 * The origin for links we mail ourselves (invitations): APP_URL when set, else the request's own host,
 * but only a loopback one (a laptop, the tests), for the same reason as better-auth's allowed hosts in
 * auth-settings.ts: a forged Host header must not choose where a mailed link points.
 */
export function appOrigin(headers: Headers): string {
  const { APP_URL } = env();
  if (APP_URL) return new URL(APP_URL).origin;
  const host = headers.get("host");
  if (host && LOOPBACK.test(host)) return `http://${host}`;
  throw new AuthConfigError("APP_URL is not set, so links can only be made for localhost. Set APP_URL to the public address, e.g. https://faultline.example.com.");
}
