import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { currentRequestContext, type TRequestContext } from "@/lib/observability/request-context";

/**
 * One Prisma client (and its pg pool) per process. It is kept on globalThis so that Next's dev-mode
 * module reloading does not open a new pool on every edit.
 */
type TDb = { prisma: PrismaClient; pool: Pool };
const globalForDb = globalThis as unknown as { faultlineDb?: TDb };

function createDb(): TDb {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const pool = new Pool({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    // Fail fast while the database is down instead of queueing requests until they time out upstream.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection (e.g. PostgreSQL restarting) must not crash the process;
  // pg drops the broken client and the next query opens a fresh one.
  pool.on("error", (error) => log.warn("database pool error", { error: error.message }));
  timeQueries(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { prisma, pool };
}

function db(): TDb {
  globalForDb.faultlineDb ??= createDb();
  return globalForDb.faultlineDb;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  // Created on first use, so that importing this module (e.g. during `next build`) needs no database.
  get: (_target, property) => {
    const client = db().prisma;
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export function dbPool(): Pool {
  return db().pool;
}

type TQueryFn = (...args: unknown[]) => unknown;

/**
 * Times every round trip into the request that asked for it, so a response can say how long it spent
 * in the database (Server-Timing) and the metrics can show it per route.
 *
 * Two doors lead to PostgreSQL: `pool.query` (our hot paths, and Prisma outside transactions, since
 * the adapter is given the pool) and `client.query` on a client checked out with `pool.connect()`
 * (Prisma's transactions). The request is looked up when the query is asked for, not when it
 * finishes: pg calls back from socket events, and a query waiting for a free connection is started
 * from whichever request released one, so a context read later would charge the wrong request.
 * `pool.query` itself runs `client.query` with a callback; only promise-style client calls are timed
 * at the client, so that no round trip is counted twice.
 */
function timeQueries(pool: Pool): void {
  const poolQuery = pool.query.bind(pool) as TQueryFn;
  pool.query = ((...args: unknown[]) => timed(poolQuery, args, true)) as typeof pool.query;
  pool.on("connect", (client) => {
    const clientQuery = client.query.bind(client) as TQueryFn;
    client.query = ((...args: unknown[]) => timed(clientQuery, args, false)) as typeof client.query;
  });
}

function timed(query: TQueryFn, args: unknown[], timeCallbacks: boolean): unknown {
  const context = currentRequestContext();
  if (!context) return query(...args);
  const started = performance.now();
  const last = args.length - 1;
  if (typeof args[last] === "function") {
    if (!timeCallbacks) return query(...args);
    const callback = args[last] as (...results: unknown[]) => unknown;
    return query(...args.slice(0, last), (...results: unknown[]) => {
      record(context, started);
      return callback(...results);
    });
  }
  const result = query(...args);
  if (result instanceof Promise) {
    const done = () => record(context, started);
    result.then(done, done);
  }
  return result;
}

function record(context: TRequestContext, started: number): void {
  context.dbMs += performance.now() - started;
  context.dbQueries += 1;
}
