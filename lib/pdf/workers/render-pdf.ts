import { metrics } from "../../observability/metrics";
import { installedPdfRenderer } from "./pdf-renderer-slot";
import { renderJob, type TPdfJob } from "./render-job";

/**
 * Renders one of the app's PDFs, and times it. Rendering takes about half a second of CPU in one piece;
 * on the request's thread that holds every other request of the instance for as long. So the
 * production server's worker threads render it when the server installed them (pdf-renderer-slot.ts);
 * elsewhere (`next dev`, tests that call route handlers in process) it renders on the calling thread.
 */
export async function renderPdf(job: TPdfJob, paper: "a4" | "letter"): Promise<Buffer> {
  const workers = installedPdfRenderer();
  const started = performance.now();
  const pdf = await (workers ?? renderJob)(job);
  metrics.pdf.observe({ paper, thread: workers ? "worker" : "request" }, (performance.now() - started) / 1000);
  return pdf;
}
