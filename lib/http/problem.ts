import { AppError, UnavailableError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";

/** RFC 9457 problem details. `type` is a stable URI per error code; clients branch on `code`. */
export type TProblem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  [extension: string]: unknown;
};

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problemType(code: string): string {
  return `/docs/problems#${code}`;
}

type TProblemInput = { status: number; code: string; detail: string; title?: string; instance?: string; requestId?: string } & Record<
  string,
  unknown
>;

export function problemResponse(problem: TProblemInput, headers: HeadersInit = {}): Response {
  const body: TProblem = { type: problemType(problem.code), title: problem.title ?? titles[problem.status] ?? "Error", ...problem };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}

/** Turns any thrown value into a problem response; unexpected errors never leak their message. */
export function problemFromError(error: unknown, requestId: string, instance?: string): Response {
  if (error instanceof AppError) {
    // A ValidationError carries its field errors in `extra` too.
    const extra = error.extra;
    const headers: Record<string, string> = typeof extra.retryAfter === "number" ? { "retry-after": String(extra.retryAfter) } : {};
    return problemResponse({ status: error.status, code: error.code, detail: error.message, requestId, instance, ...extra }, headers);
  }
  if (isDatabaseUnavailable(error)) {
    const unavailable = new UnavailableError();
    return problemResponse({ status: unavailable.status, code: unavailable.code, detail: unavailable.message, requestId, instance }, { "retry-after": "5" });
  }
  return problemResponse({
    status: 500,
    code: "internal",
    detail: `Something went wrong on our side. Quote request id ${requestId} if you report it.`,
    requestId,
    instance,
  });
}
