import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { root } from "./database";
import { testEnv } from "./test-env";

export type TAppServer = { url: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * Serves the production build on a port against the given database, with the production server
 * (scripts/serve.ts, as `npm start` does). It runs in its own process group and is stopped through the group.
 */
export async function startApp({ databaseUrl, port, env = {} }: { databaseUrl: string; port: number; env?: Record<string, string> }): Promise<TAppServer> {
  if (!existsSync(path.join(root, testEnv.NEXT_DIST_DIR, "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      // Accounts refuse to run in production without a secret; this one is for test servers only.
      BETTER_AUTH_SECRET: "e2e-only-secret-not-for-production-000000",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.status === 200 || response.status === 503) return { url, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the app did not answer on ${url} within 60 s`);
}
