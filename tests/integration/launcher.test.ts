import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../support/database";

// `npm start` with no DATABASE_URL: the embedded PostgreSQL, migrations, then the app; data kept
// across a restart. Runs the launcher itself (scripts/start.ts) on ports and a data folder of its own.
const APP_PORT = 3231;
const PG_PORT = 54343;

function startLauncher(dataDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(APP_PORT), FAULTLINE_DATA_DIR: dataDir, FAULTLINE_EMBEDDED_PG_PORT: String(PG_PORT), LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  return spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

async function stopLauncher(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // the group is gone
  }
}

async function waitForHealth(child: ChildProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the launcher exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://localhost:${APP_PORT}/api/v1/health`)).status === 200) return Date.now() - started;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no healthy app within ${timeoutMs} ms`);
}

describe("npm start without DATABASE_URL", () => {
  let dataDir: string;
  let launcher: ChildProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "faultline-launcher-"));
  });
  afterAll(async () => {
    if (launcher) await stopLauncher(launcher);
    await rm(dataDir, { recursive: true, force: true });
  });

  it("serves the landing page and a healthy API on the embedded database, and keeps data across a restart", async () => {
    launcher = startLauncher(dataDir);
    await waitForHealth(launcher, 90_000);
    const landing = await fetch(`http://localhost:${APP_PORT}/`);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain("Faultline");

    const created = await (
      await fetch(`http://localhost:${APP_PORT}/api/v1/assessments`, { method: "POST", body: JSON.stringify({ title: "Survives restarts" }) })
    ).json();
    const answer = await fetch(`http://localhost:${APP_PORT}/api/v1/assessments/${created.id}/answers/context.stage`, {
      method: "PUT",
      headers: { authorization: `Bearer ${created.editToken}` },
      body: JSON.stringify({ value: "scaling", note: "kept" }),
    });
    expect(answer.status).toBe(201);

    await stopLauncher(launcher);
    launcher = startLauncher(dataDir);
    await waitForHealth(launcher, 60_000);
    const view = await (
      await fetch(`http://localhost:${APP_PORT}/api/v1/assessments/${created.id}`, { headers: { authorization: `Bearer ${created.editToken}` } })
    ).json();
    expect(view.title).toBe("Survives restarts");
    expect(view.answers["context.stage"]).toMatchObject({ value: "scaling", note: "kept", version: 1 });
  }, 240_000);
});
