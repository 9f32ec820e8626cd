// Turns the datasource URLs the CLI hands us into pg connection configs.
//
// We build pg *object* configs (never `{ connectionString }`) because pg lets the fields parsed from a
// connectionString win over any field beside it: `{ connectionString, database: "shadow" }` silently
// connects to the main database. Every place that needs "the same server, another database" (the
// shadow database, the maintenance database for CREATE DATABASE) relies on this.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// pg-connection-string is the parser pg itself uses; resolve it from pg's own folder because it is
// pg's dependency, not ours, and npm does not promise to hoist it.
const parseConnectionString = createRequire(require.resolve("pg"))("pg-connection-string");

// Query parameters that Prisma's native engine understands and pg does not. pg ignores unknown keys,
// but dropping them keeps the configs we log and compare honest.
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connection_limit",
  "connect_timeout",
  "pool_timeout",
  "socket_timeout",
  "pgbouncer",
  "statement_cache_size",
  "sslaccept",
  "sslidentity",
  "sslpassword",
];

/**
 * @param {string} url a postgres:// or postgresql:// URL as written in prisma.config.ts
 * @returns {{ config: import("pg").ClientConfig, schema: string | undefined }}
 */
export function parseDatasourceUrl(url) {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error("The offline schema engine only speaks PostgreSQL: the datasource URL must start with postgresql://");
  }
  const raw = parseConnectionString.parseIntoClientConfig(url);
  const schema = typeof raw.schema === "string" && raw.schema !== "" ? raw.schema : undefined;
  // Prisma's connect_timeout is in seconds, 5 unless given, 0 for none; pg's own default is to wait
  // forever, which would hang the CLI on an unreachable host.
  const connectTimeout = raw.connect_timeout === undefined ? 5 : Number(raw.connect_timeout);
  for (const key of PRISMA_ONLY_PARAMS) delete raw[key];
  /** @type {import("pg").ClientConfig} */
  const config = { ...raw };
  if (Number.isFinite(connectTimeout) && connectTimeout >= 0) config.connectionTimeoutMillis = connectTimeout * 1000;
  // The native engine runs with search_path set to the URL's schema, and the SQL it generates
  // (CREATE TABLE "Answer" …) is unqualified, so the pg sessions need the same search_path.
  if (schema) config.options = [config.options, `-c search_path=${quoteIdent(schema)}`].filter(Boolean).join(" ");
  return { config, schema };
}

/** The same server and credentials, another database. */
export function withDatabase(config, database) {
  return { ...config, database };
}

/** `host:port` the way the native engine names a server in its error messages. */
export function describeServer(config) {
  return `${config.host || "localhost"}:${config.port || 5432}`;
}

export function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

/** True when two configs point at the same database on the same server. */
export function isSameDatabase(a, b) {
  return (
    (a.host || "localhost") === (b.host || "localhost") &&
    Number(a.port || 5432) === Number(b.port || 5432) &&
    (a.database || a.user) === (b.database || b.user)
  );
}
