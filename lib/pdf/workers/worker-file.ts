import path from "node:path";

/** The bundled PDF worker, beside the Next.js build (`.next` unless NEXT_DIST_DIR says otherwise). */
export function pdfWorkerFile(distDir: string | undefined): string {
  return path.resolve(process.cwd(), distDir || ".next", "pdf-worker.mjs");
}
