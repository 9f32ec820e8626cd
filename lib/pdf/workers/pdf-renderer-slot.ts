import type { TPdfJob } from "./render-job";

/**
 * Where the production server (scripts/serve.ts) installs its pool of PDF worker threads. On
 * globalThis: the server installs it from its own module graph, the routes read it from Next.js's
 * bundles. This module imports nothing that renders, so the server can load it without the renderer.
 */
export type TPdfRenderer = (job: TPdfJob) => Promise<Buffer>;

const slot = globalThis as unknown as { faultlinePdfRenderer?: TPdfRenderer };

export function installPdfRenderer(renderer: TPdfRenderer | undefined): void {
  slot.faultlinePdfRenderer = renderer;
}

export function installedPdfRenderer(): TPdfRenderer | undefined {
  return slot.faultlinePdfRenderer;
}
