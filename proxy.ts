import { NextResponse, type NextRequest } from "next/server";

/**
 * Gives every request an id (kept if a trusted upstream already set one of a sane shape), passes it to
 * route handlers and pages in the x-request-id header and returns it on the response.
 */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  // API routes log their own line with status and duration (lib/http/route.ts); pages are logged here.
  if (!request.nextUrl.pathname.startsWith("/api/")) {
    console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "page request", requestId, method: request.method, path: request.nextUrl.pathname }));
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)"],
};
