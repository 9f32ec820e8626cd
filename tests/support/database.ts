import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../../lib/embedded-db/start-embedded-postgres";
import { testEnv } from "./test-env";

export const root = path.resolve(__dirname, "../..");
const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A server the tests may create databases on: TEST_DATABASE_ADMIN_URL, else the local PostgreSQL, else
 * an embedded one (so a laptop without a server still runs every test instead of skipping them).
 */
export async function acquireServer(log: (line: string) => void = () => {}): Promise<{ adminUrl: string; embedded?: TEmbeddedPostgres }> {
  const configured = testEnv.TEST_DATABASE_ADMIN_URL ?? LOCAL_SERVER;
  if (await reachable(configured)) return { adminUrl: configured };
  log(`no PostgreSQL reachable at ${new URL(configured).host}: starting an embedded one for the tests`);
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), "faultline-test-postgres"),
    port: 54339,
    database: "postgres",
  });
  return { adminUrl: embedded.adminUrl, embedded };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to create or drop test databases on a non-local server (${host}).`);
  }
}

export async function createDatabase(adminUrl: string, prefix = "faultline_test"): Promise<string> {
  assertLocal(adminUrl);
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(url: string): Promise<void> {
  assertLocal(url);
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: databaseUrl(url, "postgres") });
  await client.connect();
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}

export function runPrisma(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export async function migrate(url: string): Promise<void> {
  const result = await runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
  if (result.code !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}
