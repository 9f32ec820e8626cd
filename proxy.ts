import { NextResponse, type NextRequest } from "next/server";
import { cameOverHttps, REQUEST_ID, setSecurityHeaders } from "@/lib/http/security-headers";

/**
 * Runs before every page request (API routes are left out by the matcher below: route() in
 * lib/http/route.ts gives them their request id and security headers, at a fraction of the cost):
 * - gives it an id (kept if a trusted upstream already set one of a sane shape), passed to pages in
 *   x-request-id and returned on the response;
 * - sets the security headers, with a Content-Security-Policy whose scripts need this request's nonce
 *   (Next puts the nonce on its own scripts when it finds it in the request's CSP header).
 */
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
  setSecurityHeaders(response.headers, { path, https: cameOverHttps(request.nextUrl.href, request.headers) });
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "page request", requestId, method: request.method, path }));
  return response;
}

export const config = {
  // Not /api/ (see above), nor static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)"],
};
