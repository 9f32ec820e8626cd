import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../../lib/embedded-db/start-embedded-postgres";
import { startApp, type TAppServer } from "../support/app-server";
import { migrate } from "../support/database";
import { createReview, freePort, launchBrowser, storedAnswers, waitFor } from "./support";

// The machine's shared PostgreSQL must not be stopped by a test: the app runs here on an embedded
// PostgreSQL of its own, which the test stops and starts again under the running app and browser.

describe("PostgreSQL stops and restarts in the middle of a review", () => {
  let dataDir: string;
  let database: TEmbeddedPostgres | undefined;
  let app: TAppServer;
  let browser: Browser;
  let databasePort: number;
  const startDatabase = () => startEmbeddedPostgres({ dataDir, port: databasePort, database: "faultline" });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "faultline-outage-"));
    databasePort = await freePort();
    database = await startDatabase();
    await migrate(database.url);
    app = await startApp({ databaseUrl: database.url, port: await freePort() });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await database?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps the answers given during the outage in the browser and stores them all once the database is back, without restarting the app", async () => {
    const health = async () => (await fetch(`${app.url}/api/v1/health`)).status;
    const review = await createReview(app.url, "Outage review");
    const page = await (await browser.newContext()).newPage();
    const answerResponses: { status: number; type: string | null }[] = [];
    page.on("response", (response) => {
      if (response.request().method() === "PUT" && response.url().includes("/answers/")) {
        answerResponses.push({ status: response.status(), type: response.headers()["content-type"] ?? null });
      }
    });
    const status = page.getByTestId("save-status");
    const statusIs = (value: string) => waitFor(`save status "${value}"`, async () => (await status.getAttribute("data-status")) === value, 60_000);

    await page.goto(`${app.url}${review.links.edit}`);
    await page.getByRole("heading", { level: 2, name: "Your product and team" }).waitFor();
    await page.getByLabel(/Still searching for product-market fit/).check();
    await statusIs("saved");
    expect((await storedAnswers(app.url, review))["context.stage"]).toMatchObject({ value: "pre-pmf", version: 1 });

    // The outage: the app stays up and says so on its health check.
    await database!.stop();
    database = undefined;
    await waitFor("health 503", async () => (await health()) === 503);
    const outageStarted = answerResponses.length;

    await page.getByLabel(/Sudden bursts/).check();
    await page.getByLabel(/Small: under about 20,000 lines/).check();
    await page.getByLabel(/Nothing major: we will keep improving/).check();
    await statusIs("offline");
    await waitFor("the three answers kept in the browser", async () => /3 answers kept on this device/.test((await status.textContent()) ?? ""));
    // What the browser heard meanwhile: a typed problem it may retry, never a bare crash page.
    const duringOutage = answerResponses.slice(outageStarted);
    expect(duringOutage.length).toBeGreaterThan(0);
    for (const response of duringOutage) expect(response).toEqual({ status: 503, type: "application/problem+json" });
    expect(await health()).toBe(503);

    // Back: the same app process reconnects by itself and the browser's outbox drains.
    database = await startDatabase();
    await waitFor("health 200 again", async () => (await health()) === 200);
    expect(app.process.exitCode).toBeNull();
    const stored = await waitFor(
      "every answer given during the outage to be stored",
      async () => {
        const answers = await storedAnswers(app.url, review);
        return ["context.traffic-shape", "context.codebase-size", "context.planned-change"].every((id) => answers[id]) && answers;
      },
      60_000,
      500,
    );
    expect(stored["context.stage"]).toMatchObject({ value: "pre-pmf", version: 1 });
    expect(stored["context.traffic-shape"]).toMatchObject({ value: "bursty", version: 1 });
    expect(stored["context.codebase-size"]).toMatchObject({ value: "small", version: 1 });
    expect(stored["context.planned-change"]).toMatchObject({ value: "none", version: 1 });
    await statusIs("saved");
    expect(await page.evaluate((id) => localStorage.getItem(`faultline:outbox:${id}`), review.id)).toBeNull();
  });
});
