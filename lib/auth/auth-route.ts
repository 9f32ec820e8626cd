import "server-only";
import { route } from "@/lib/http/route";
import { getAuth } from "@/lib/auth/auth";

/**
 * better-auth's HTTP API under /api/auth (sign-up, sign-in, sign-out, session, password reset, email
 * verification), inside our route wrapper for request ids, logs and problem+json on unexpected errors.
 * better-auth's own error bodies ({code, message}) are passed through: its clients rely on them.
 */
const handle = route<{ all: string[] }>(async ({ request }) => {
  const response = await getAuth().handler(request);
  // A fresh Response: some of better-auth's (redirects) have immutable headers, and the wrapper adds one.
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
});

export const authRoute = { GET: handle, POST: handle };
