import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request facts gathered along the way: the request id and the time spent in the database. */
export type TRequestContext = { requestId: string; dbMs: number; dbQueries: number };

// One store per process, on globalThis: Next bundles each route separately, and the pg pool (created
// once, by whichever route came first) must record into the same store every route runs in.
const globalForContext = globalThis as unknown as { faultlineRequestContext?: AsyncLocalStorage<TRequestContext> };
const storage = (globalForContext.faultlineRequestContext ??= new AsyncLocalStorage<TRequestContext>());

export function runWithRequestContext<T>(context: TRequestContext, fn: () => Promise<T>): Promise<T> {
  return storage.run(context, fn);
}

export function currentRequestContext(): TRequestContext | undefined {
  return storage.getStore();
}

/** Adds a database round trip to the current request, if there is one. */
export function recordDbTime(ms: number): void {
  const context = storage.getStore();
  if (!context) return;
  context.dbMs += ms;
  context.dbQueries += 1;
}
