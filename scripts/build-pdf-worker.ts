/**
 * Builds the PDF worker thread (lib/pdf/workers/pdf-worker.ts) into one ES module beside the Next.js
 * build, `<distDir>/pdf-worker.mjs`, which the production server starts its PDF workers from. Our code
 * is bundled; packages stay imports, resolved from node_modules as Node resolves them. `npm run build`
 * runs it after `next build` (which empties the build folder first).
 */
import path from "node:path";
import { build } from "esbuild";
import { pdfWorkerFile } from "../lib/pdf/workers/worker-file";

async function main() {
  const outfile = pdfWorkerFile(process.env.NEXT_DIST_DIR);
  await build({
    entryPoints: [path.join(__dirname, "../lib/pdf/workers/pdf-worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    tsconfig: path.join(__dirname, "../tsconfig.json"),
    logLevel: "warning",
  });
  console.log(`built ${path.relative(process.cwd(), outfile)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
