/**
 * The production server (`npm start` runs it through scripts/start.ts): one node:http server, in one
 * process, in front of Next.js.
 *
 * Saving an answer is the request a review makes most (every change autosaves), and Next.js's request
 * pipeline costs more CPU than the whole save (bench/results.md). So the routes in `loadDirectRoutes`
 * are answered here, by the very handlers Next.js would run (imported from their route modules: one
 * implementation, with its validation, access checks, logs, metrics and headers), and every other
 * request goes to Next.js's own request handler. FAULTLINE_DIRECT_ROUTES=off sends everything to Next.js.
 *
 * It also starts the worker threads that render PDFs (lib/pdf/workers), so that a render does not hold
 * every other request of the instance for its half second.
 */
import "./server-only-allowed";
import { existsSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import next from "next";
import { directRoute, matchDirectRoute, type TDirectRoute, type TRouteHandler } from "../lib/http/direct-routes";
import { sendWebResponse, toWebRequest } from "../lib/http/node-bridge";
import { env, serverEnv } from "../lib/env";
import { log } from "../lib/log";
import { PdfWorkerPool } from "../lib/pdf/workers/pdf-worker-pool";
import { installPdfRenderer } from "../lib/pdf/workers/pdf-renderer-slot";
import { pdfWorkerFile } from "../lib/pdf/workers/worker-file";

/**
 * Loaded after Next.js has prepared: the route modules reach Next.js's request storage (through
 * better-auth's cookie plugin), which Next.js sets up as it starts.
 */
async function loadDirectRoutes(): Promise<TDirectRoute[]> {
  const answer = await import("../app/api/v1/assessments/[id]/answers/[questionId]/route");
  const live = await import("../app/api/v1/live/route");
  const health = await import("../app/api/v1/health/route");
  const handler = (fn: unknown) => fn as TRouteHandler;
  return [
    directRoute("PUT", "/api/v1/assessments/:id/answers/:questionId", handler(answer.PUT)),
    directRoute("DELETE", "/api/v1/assessments/:id/answers/:questionId", handler(answer.DELETE)),
    // The probes a load balancer or orchestrator asks every few seconds, per instance.
    directRoute("GET", "/api/v1/live", handler(live.GET)),
    directRoute("GET", "/api/v1/health", handler(health.GET)),
  ];
}

async function main() {
  const settings = serverEnv();
  env(); // a bad setting stops the start with a message naming it, not the first request
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), hostname: "localhost", port: settings.PORT });
  const nextHandler = app.getRequestHandler();
  await app.prepare();
  const routes = settings.FAULTLINE_DIRECT_ROUTES === "on" ? await loadDirectRoutes() : [];
  const pdfWorkers = startPdfWorkers(settings.NEXT_DIST_DIR, settings.PDF_WORKERS);

  const server = http.createServer((request, response) => {
    const direct = matchDirectRoute(routes, request.method ?? "GET", request.url ?? "/");
    if (!direct) {
      void nextHandler(request, response);
      return;
    }
    direct.route
      .handler(toWebRequest(request), { params: Promise.resolve(direct.params) })
      // A body the handler did not read to the end leaves the connection in an unknown place: close it.
      .then((answer) => sendWebResponse(answer, response, { close: !request.complete }))
      .catch((error: unknown) => {
        // The handlers answer every error themselves (route() in lib/http/route.ts); this is a failure to send.
        log.error("could not send a response", { method: request.method, path: request.url, error });
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
        else response.destroy();
      });
  });
  // Longer than the usual load balancer's idle timeout (60 s), so that it, not we, closes idle connections.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000; // above keepAliveTimeout, as Node.js asks
  server.listen(settings.PORT, () =>
    log.info("serving", { port: settings.PORT, directRoutes: routes.map((route) => `${route.method} ${route.template}`), pdfWorkers: pdfWorkers?.size ?? 0 }),
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Finish the requests in flight, then leave; connections that stay idle are closed at once.
    server.close(() => void (pdfWorkers?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** The PDF worker pool, installed for the app's PDF routes; none (renders on the request's thread) with PDF_WORKERS=0 or without the bundled worker. */
function startPdfWorkers(distDir: string, size: number | undefined): PdfWorkerPool | undefined {
  if (size === 0) return undefined;
  const file = pdfWorkerFile(distDir);
  if (!existsSync(file)) {
    log.warn("no PDF worker bundle: PDFs render on the request's thread (run `npm run build`)", { file: path.relative(process.cwd(), file) });
    return undefined;
  }
  const pool = new PdfWorkerPool(file, size ?? Math.min(4, Math.max(1, os.availableParallelism() - 1)));
  installPdfRenderer(pool.render);
  return pool;
}

main().catch((error: Error) => {
  log.error("the server could not start", { error });
  process.exit(1);
});
