import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profileView } from "@/lib/pdf/test-fixtures";
import { PdfWorkerPool } from "@/lib/pdf/workers/pdf-worker-pool";
import { renderJob, type TPdfJob } from "@/lib/pdf/workers/render-job";
import { pdfWorkerFile } from "@/lib/pdf/workers/worker-file";
import { startApp, type TAppServer } from "../support/app-server";
import { testEnv } from "../support/test-env";
import { freePort } from "../resilience/support";

/**
 * The PDF worker threads of the production server, started from the bundle `npm run build` makes.
 * A worker's PDF must be the very PDF the request's own thread would render, and a failure must cost
 * only its own job.
 */
const workerFile = pdfWorkerFile(testEnv.NEXT_DIST_DIR);

describe("PDF worker pool", () => {
  let pool: PdfWorkerPool;

  beforeAll(() => {
    if (!existsSync(workerFile)) throw new Error(`No PDF worker bundle at ${workerFile}: run \`npm run build\` first.`);
    pool = new PdfWorkerPool(workerFile, 2);
  });
  afterAll(async () => {
    await pool?.close();
  });

  it("renders, on worker threads, the same PDF as the calling thread, several at once", async () => {
    const view = profileView("cpu-bound-monolith");
    const jobs: TPdfJob[] = [
      { kind: "report", view, options: { paper: "A4" } },
      { kind: "report", view, options: { paper: "LETTER", milestone: { number: 2, label: "After the queue", publishedAt: "2026-10-01T09:00:00.000Z" } } },
    ];
    const fromWorkers = await Promise.all(jobs.map(pool.render));
    for (const [i, job] of jobs.entries()) {
      const inline = await renderJob(job);
      expect(fromWorkers[i].subarray(0, 5).toString()).toBe("%PDF-");
      expect(Buffer.compare(fromWorkers[i], inline), `job ${i}`).toBe(0);
    }
  }, 120_000);

  it("fails only the job that cannot be rendered, and renders the next one", async () => {
    const broken = { kind: "report", view: { report: null }, options: { paper: "A4" } } as unknown as TPdfJob;
    await expect(pool.render(broken)).rejects.toThrow(/The PDF could not be rendered/);
    const notPlainData = { kind: "report", view: { report: () => "a function cannot be sent" }, options: { paper: "A4" } } as unknown as TPdfJob;
    await expect(pool.render(notPlainData)).rejects.toThrow(/could not be cloned/);
    const pdf = await pool.render({ kind: "report", view: profileView("cpu-bound-monolith"), options: { paper: "A4" } });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);

  it("replaces a worker that overruns its time, failing only its job", async () => {
    const impatient = new PdfWorkerPool(workerFile, 1, 1);
    try {
      await expect(impatient.render({ kind: "report", view: profileView("cpu-bound-monolith"), options: { paper: "A4" } })).rejects.toThrow(/took longer than/);
      expect(impatient.threads).toBe(1);
    } finally {
      await impatient.close();
    }
  });

  it("refuses new work once closed, and fails the jobs still waiting", async () => {
    const closing = new PdfWorkerPool(workerFile, 1);
    const view = profileView("cpu-bound-monolith");
    const failure = (promise: Promise<Buffer>) => promise.then(() => "rendered", (error: Error) => error.message);
    const first = failure(closing.render({ kind: "report", view, options: { paper: "A4" } }));
    const waiting = failure(closing.render({ kind: "report", view, options: { paper: "A4" } }));
    expect(closing.waiting).toBe(1);
    await closing.close();
    expect(await first).toMatch(/stopped/);
    expect(await waiting).toMatch(/stopped/);
    await expect(closing.render({ kind: "report", view, options: { paper: "A4" } })).rejects.toThrow(/stopped/);
  });
});

describe("PDFs from the production server", () => {
  let app: TAppServer;

  beforeAll(async () => {
    app = await startApp({ databaseUrl: process.env.DATABASE_URL!, port: await freePort(), env: { RATE_LIMIT_MULTIPLIER: "100", PDF_WORKERS: "1" } });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it("are rendered on its worker threads, not on the thread that answers requests", async () => {
    const created = (await (await fetch(`${app.url}/api/v1/assessments`, { method: "POST", body: JSON.stringify({ title: "Rendered aside" }) })).json()) as { id: string; editToken: string };
    const auth = { authorization: `Bearer ${created.editToken}` };
    const put = await fetch(`${app.url}/api/v1/assessments/${created.id}/answers/context.stage`, { method: "PUT", headers: auth, body: JSON.stringify({ value: "scaling" }) });
    expect(put.status).toBe(201);

    const [a4, letter] = await Promise.all(["a4", "letter"].map((paper) => fetch(`${app.url}/api/v1/assessments/${created.id}/report.pdf?paper=${paper}`, { headers: auth })));
    for (const response of [a4, letter]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    }
    const metrics = await (await fetch(`${app.url}/api/v1/metrics`)).text();
    expect(metrics).toMatch(/faultline_pdf_render_seconds_count\{paper="a4",thread="worker"\} 1/);
    expect(metrics).toMatch(/faultline_pdf_render_seconds_count\{paper="letter",thread="worker"\} 1/);
    expect(metrics).not.toMatch(/thread="request"/);
  }, 120_000);
});
