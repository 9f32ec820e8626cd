import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../../lib/embedded-db/start-embedded-postgres";
import { startApp, type TAppServer } from "../support/app-server";
import { migrate } from "../support/database";

// The machine's shared PostgreSQL must not be stopped by a test, so this one runs the app on a
// PostgreSQL of its own (the embedded one) that it can stop and start again under the running app.
const PG_PORT = 54341;
const APP_PORT = 3221;

async function waitForStatus(url: string, status: number, timeoutMs = 20_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last: Response | undefined;
  while (Date.now() < deadline) {
    last = await fetch(url);
    if (last.status === status) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`expected ${status} from ${url}, last saw ${last?.status}`);
}

describe("GET /api/v1/health while the database goes away and comes back", () => {
  let dataDir: string;
  let database: TEmbeddedPostgres;
  let app: TAppServer;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "faultline-health-"));
    database = await startEmbeddedPostgres({ dataDir, port: PG_PORT, database: "faultline" });
    await migrate(database.url);
    app = await startApp({ databaseUrl: database.url, port: APP_PORT });
  });

  afterAll(async () => {
    await app?.stop();
    await database?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers 200, then 503 while PostgreSQL is stopped, then 200 again without a restart of the app", async () => {
    const health = `${app.url}/api/v1/health`;
    const up = await waitForStatus(health, 200);
    expect(await up.json()).toEqual({ status: "ok", database: "ok" });
    expect(up.headers.get("x-request-id")).toBeTruthy();

    await database.stop();
    const down = await waitForStatus(health, 503);
    expect(down.headers.get("content-type")).toContain("application/json");
    expect(await down.json()).toMatchObject({ database: "unreachable" });

    database = await startEmbeddedPostgres({ dataDir, port: PG_PORT, database: "faultline" });
    const back = await waitForStatus(health, 200);
    expect(await back.json()).toEqual({ status: "ok", database: "ok" });
    expect(app.process.exitCode).toBeNull();
  });
});
