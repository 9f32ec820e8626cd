import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before every request:
 * - gives it an id (kept if a trusted upstream already set one of a sane shape), passed to route
 *   handlers and pages in x-request-id and returned on the response;
 * - sets the security headers, with a Content-Security-Policy whose scripts need this request's nonce
 *   (Next puts the nonce on its own scripts when it finds it in the request's CSP header).
 */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;
// Pages whose address carries a secret (private edit links, share links): no Referer, no indexing.
const PRIVATE_PATHS = /^\/(reviews|shared|invitations|reset-password|api\/v1\/shared)\//;

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced Next runtime load its chunks; dev mode's React needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (progress bars) are harmless; scripts are what the nonce guards.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const nonce = btoa(crypto.randomUUID());
  // NODE_ENV is fixed at build time by Next (not read from the environment at run time).
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const path = request.nextUrl.pathname;

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });

  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("x-frame-options", "DENY");
  response.headers.set("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  response.headers.set("referrer-policy", PRIVATE_PATHS.test(path) ? "no-referrer" : "strict-origin-when-cross-origin");
  if (PRIVATE_PATHS.test(path)) response.headers.set("x-robots-tag", "noindex, nofollow");
  // HSTS only where the request really came over HTTPS (directly, or through a proxy that says so).
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");

  // API routes log their own line with status and duration (lib/http/route.ts); pages are logged here.
  if (!path.startsWith("/api/")) {
    console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "page request", requestId, method: request.method, path }));
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)"],
};
