/**
 * `npm start`: one command from a fresh clone to a running app.
 * 1. DATABASE_URL set → use that server. Unset → start the embedded PostgreSQL under .data/ (kept).
 * 2. Apply pending migrations (`prisma migrate deploy`).
 * 3. Build the app if there is no build, or the sources are newer than it.
 * 4. Serve it with the production server, scripts/serve.ts (or `next dev` with --dev), and stop the
 *    database when it exits.
 * The database runs here, as a child of this launcher, not inside Next.js, which may load a module twice.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { launcherEnv } from "../lib/env";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../lib/embedded-db/start-embedded-postgres";
import { ensureLocalAuthSecret } from "../lib/auth/local-auth-secret";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
const say = (message: string) => console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: message, component: "launcher" }));

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

function newestSourceTime(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  dirs.forEach((dir) => walk(path.join(root, dir)));
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(root, ".next", "pdf-worker.mjs"))) return false;
  const sources = ["app", "components", "lib", "content", "public"];
  const configFiles = ["next.config.ts", "package.json", "proxy.ts", "postcss.config.mjs"].map((f) => path.join(root, f));
  const newest = Math.max(newestSourceTime(sources), ...configFiles.filter(existsSync).map((f) => statSync(f).mtimeMs));
  return statSync(buildId).mtimeMs >= newest;
}

async function main() {
  const settings = launcherEnv();
  const nodeEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  let embedded: TEmbeddedPostgres | undefined;

  if (settings.DATABASE_URL) {
    say("using the PostgreSQL server given by DATABASE_URL");
  } else {
    const dataDir = path.resolve(root, settings.FAULTLINE_DATA_DIR);
    say(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${path.relative(root, dataDir) || "."}/postgres)`);
    embedded = await startEmbeddedPostgres({ dataDir, port: settings.FAULTLINE_EMBEDDED_PG_PORT, database: "faultline" });
    nodeEnv.DATABASE_URL = embedded.url;
    // A laptop run needs no configuration: a local secret for sign-in sessions, made once and kept.
    nodeEnv.BETTER_AUTH_SECRET ??= ensureLocalAuthSecret(dataDir);
  }

  const stopDatabase = async () => {
    if (embedded) await embedded.stop().catch(() => {});
    embedded = undefined;
  };

  try {
    say("applying pending migrations");
    await run(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], nodeEnv);
    if (!dev && !buildIsCurrent()) {
      say("building the app (first start, or the sources changed since the last build)");
      await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { ...nodeEnv, NODE_ENV: "production" });
      await run(process.execPath, ["--import", "tsx", path.join(root, "scripts/build-pdf-worker.ts")], nodeEnv);
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const serveArgs = dev
    ? [path.join(root, "node_modules/next/dist/bin/next"), "dev", "-p", String(settings.PORT)]
    : ["--import", "tsx", path.join(root, "scripts/serve.ts")];
  say(`serving on http://localhost:${settings.PORT}`);
  const app: ChildProcess = spawn(process.execPath, serveArgs, {
    cwd: root,
    env: { ...nodeEnv, PORT: String(settings.PORT), NODE_ENV: dev ? "development" : "production" },
    stdio: "inherit",
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  app.on("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

main().catch((error: Error) => {
  console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", msg: error.message, component: "launcher" }));
  process.exit(1);
});
