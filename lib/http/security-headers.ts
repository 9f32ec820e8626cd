/**
 * The security headers every response carries, in one place for the two ways a response leaves the
 * app: pages get them from proxy.ts (with a per-request CSP nonce), API responses from route() in
 * lib/http/route.ts. API responses skip the proxy because running it costs every request a share of
 * its CPU (bench/results.md) for a nonce that only HTML needs.
 */

// Addresses that carry a secret (private edit links, share links, invitations, resets): no Referer, no indexing.
const PRIVATE_PATHS = /^\/(reviews|shared|invitations|reset-password|api\/v1\/shared)\//;

// JSON and PDFs run no scripts and are never framed: nothing may load from them.
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export function isPrivatePath(path: string): boolean {
  return PRIVATE_PATHS.test(path);
}

/** HSTS only where the request really came over HTTPS (directly, or through a proxy that says so). */
export function cameOverHttps(url: string, headers: Headers): boolean {
  return url.startsWith("https:") || headers.get("x-forwarded-proto") === "https";
}

/**
 * Headers common to pages and API responses; the caller adds its Content-Security-Policy. A header the
 * handler already set wins (a route may ask for a stricter referrer policy than its path gets).
 */
export function setSecurityHeaders(target: Headers, { path, https }: { path: string; https: boolean }): void {
  const secret = isPrivatePath(path);
  const set = (name: string, value: string) => {
    if (!target.has(name)) target.set(name, value);
  };
  set("x-content-type-options", "nosniff");
  set("x-frame-options", "DENY");
  set("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  set("referrer-policy", secret ? "no-referrer" : "strict-origin-when-cross-origin");
  if (secret) set("x-robots-tag", "noindex, nofollow");
  if (https) set("strict-transport-security", "max-age=31536000; includeSubDomains");
}

export function setApiSecurityHeaders(target: Headers, options: { path: string; https: boolean }): void {
  setSecurityHeaders(target, options);
  if (!target.has("content-security-policy")) target.set("content-security-policy", API_CSP);
}
