import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { PayloadTooLargeError, ValidationError, type TFieldError } from "@/lib/errors";
import { log } from "@/lib/log";
import { metrics, routePattern } from "@/lib/observability/metrics";
import { runWithRequestContext, type TRequestContext } from "@/lib/observability/request-context";
import { problemFromError } from "@/lib/http/problem";
import { cameOverHttps, REQUEST_ID, setApiSecurityHeaders } from "@/lib/http/security-headers";

export const REQUEST_ID_HEADER = "x-request-id";

export type TRouteContext<P> = { request: Request; params: P; requestId: string };
type THandler<P> = (ctx: TRouteContext<P>) => Promise<Response>;

/**
 * Wraps a route handler: the request id (a sane one from upstream, or made here), one structured log
 * line per request with status, duration and database time, metrics, a Server-Timing header, the
 * security headers (API requests do not pass through proxy.ts), and every error answered as
 * problem+json. This runs on every API request, so it does only what each of those needs.
 */
export function route<P = Record<string, never>>(handler: THandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    const incoming = request.headers.get(REQUEST_ID_HEADER);
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const facts: TRequestContext = { requestId, dbMs: 0, dbQueries: 0 };
    const response = await runWithRequestContext(facts, async () => {
      try {
        return await handler({ request, params: await context.params, requestId });
      } catch (error) {
        const path = new URL(request.url).pathname;
        const problem = problemFromError(error, requestId, path);
        if (problem.status >= 500) log.error("request failed", { requestId, method: request.method, path, error });
        return problem;
      }
    });
    const durationMs = performance.now() - started;
    const path = new URL(request.url).pathname;
    const pattern = routePattern(path);
    const headers = response.headers;
    headers.set(REQUEST_ID_HEADER, requestId);
    headers.set("server-timing", `db;dur=${facts.dbMs.toFixed(1)};desc="${facts.dbQueries} queries", total;dur=${durationMs.toFixed(1)}`);
    setApiSecurityHeaders(headers, { path, https: cameOverHttps(request.url, request.headers) });
    metrics.requests.inc({ method: request.method, route: pattern, status: String(response.status) });
    metrics.duration.observe({ method: request.method, route: pattern }, durationMs / 1000);
    metrics.dbDuration.observe({ method: request.method, route: pattern }, facts.dbMs / 1000);
    log.info("request", {
      requestId,
      method: request.method,
      path,
      status: response.status,
      durationMs: Math.round(durationMs * 10) / 10,
      dbMs: Math.round(facts.dbMs * 10) / 10,
      dbQueries: facts.dbQueries,
    });
    return response;
  };
}

export function zodIssuesToFields(issues: z.core.$ZodIssue[], prefix: string[] = []): TFieldError[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join(".") || "(body)",
    message: issue.message,
  }));
}

/**
 * Reads and validates a JSON body; malformed JSON and schema errors are 422 with every bad field.
 * A body over the limit is 413 without being held in memory: a Content-Length over it is refused before
 * reading, and a body without one (chunked) is read only up to the limit.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, limitBytes = 64 * 1024): Promise<z.infer<S>> {
  const text = (await readBody(request, limitBytes)).toString("utf8");
  let body: unknown;
  try {
    body = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: "(body)", message: "The body is not valid JSON." }], "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ValidationError(zodIssuesToFields(parsed.error.issues));
  return parsed.data;
}

/** The raw body, refused with 413 past `limitBytes` without reading more than that. */
export async function readBody(request: Request, limitBytes: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) {
    await request.body?.cancel().catch(() => {});
    throw new PayloadTooLargeError(limitBytes);
  }
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
  return new Response(JSON.stringify(body), { ...init, headers });
}
