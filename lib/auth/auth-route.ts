import "server-only";
import { problemFromError } from "@/lib/http/problem";
import { readBody, route } from "@/lib/http/route";
import { getAuth } from "@/lib/auth/auth";
import { authLimitsFor, emailKey } from "@/lib/rate-limit/auth-limits";
import { clientKey, enforceLimits, RateLimitedError } from "@/lib/rate-limit/rate-limit";

// better-auth's bodies are small JSON objects; the same limit as every other JSON body of ours.
const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * better-auth's HTTP API under /api/auth (sign-up, sign-in, sign-out, session, password reset, email
 * verification), inside our route wrapper for request ids, logs and problem+json on unexpected errors.
 * better-auth's own error bodies ({code, message}) are passed through: its clients rely on them.
 *
 * Signing in, signing up and asking for a password reset are rate-limited here with our limiter
 * (lib/rate-limit), per client and per email, before better-auth sees them: it shares the counts
 * between instances through Redis when REDIS_URL is set, as the other public endpoints do.
 */
const handle = route<{ all: string[] }>(async ({ request, params, requestId }) => {
  let forwarded = request;
  try {
    forwarded = await withinLimits(request, params.all.join("/"));
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const refused = problemFromError(error, requestId, new URL(request.url).pathname);
    // The account forms (components/auth) read better-auth's own x-retry-after; give them both.
    refused.headers.set("x-retry-after", String(error.retryAfterSeconds));
    return refused;
  }
  const response = await getAuth().handler(forwarded);
  // A fresh Response: some of better-auth's (redirects) have immutable headers, and the wrapper adds one.
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
});

/** Counts the request against its limits (429 past one), and returns what to hand better-auth. */
async function withinLimits(request: Request, path: string): Promise<Request> {
  const limits = authLimitsFor(request.method, path);
  if (!limits) return request;
  await enforceLimits(request, [{ limit: limits.client, key: clientKey(request) }]);
  if (!limits.email) return request;
  // The body is read once here, so better-auth gets a copy of the same bytes.
  const body = await readBody(request, BODY_LIMIT_BYTES);
  const email = emailKey(body);
  if (email) await enforceLimits(request, [{ limit: limits.email, key: email }]);
  return new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body) });
}

export const authRoute = { GET: handle, POST: handle };
