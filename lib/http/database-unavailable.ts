/**
 * Whether an error means the database cannot be reached right now (stopped, restarting, out of
 * connections) rather than a bug. Such a request is answered 503 with Retry-After, which the browser's
 * outbox and any other client retries; a 500 would say "our bug" and page someone for an outage that
 * /api/v1/health already reports.
 */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// SQLSTATE class 08 (connection exception), 57P01-57P03 (shutting down, crashed, starting up), 53300 (too many connections).
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
// node-postgres reports a connection lost mid-query, or a pool that cannot connect in time, as plain Errors.
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/;

type TErrorLike = { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } } };

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const e = error as TErrorLike;
  const adapterCause = e.meta?.driverAdapterError?.cause;
  if (typeof e.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) return true;
  if (adapterCause && UNAVAILABLE_ADAPTER_KINDS.has(String(adapterCause.kind))) return true;
  if (adapterCause && [adapterCause.code, adapterCause.originalCode].some((code) => typeof code === "string" && UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
