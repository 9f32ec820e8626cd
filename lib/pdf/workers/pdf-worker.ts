/**
 * A PDF worker thread (started by PdfWorkerPool): renders each job it is sent and sends the bytes back,
 * moved rather than copied. A failed render is reported, not thrown, so the worker lives on.
 */
import { parentPort } from "node:worker_threads";
import { renderJob, type TPdfJob } from "./render-job";

export type TWorkerRequest = { id: number; job: TPdfJob };
export type TWorkerReply = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string };

if (!parentPort) throw new Error("pdf-worker.ts runs as a worker thread (see pdf-worker-pool.ts)");
const port = parentPort;

port.on("message", async ({ id, job }: TWorkerRequest) => {
  try {
    const rendered = await renderJob(job);
    const pdf = new Uint8Array(rendered); // its own memory, so that it can be transferred
    port.postMessage({ id, ok: true, pdf } satisfies TWorkerReply, [pdf.buffer]);
  } catch (error) {
    port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies TWorkerReply);
  }
});
