import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { recordDbTime } from "@/lib/observability/request-context";

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
  // Time every round trip, so a request can say how long it spent in the database (Server-Timing).
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const started = performance.now();
      const result = query(...args);
      if (result instanceof Promise) {
        const done = () => recordDbTime(performance.now() - started);
        result.then(done, done);
      }
      return result;
    }) as typeof client.query;
  });
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
