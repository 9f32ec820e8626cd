/**
 * `npm run bench`: starts the production build on a throwaway database and measures, in one run,
 * what the issues ask for. Results go to bench/results.md with the machine they ran on. Numbers on a
 * shared machine are noisy: compare rows of the same run (the ratios), not runs with each other.
 *
 * `npm run bench -- answers report js scale` runs only the named parts (all by default); results.md
 * is written only by a full run. `--port 3306` moves the servers to 3306-3309.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startApp, type TAppServer } from "../tests/support/app-server";
import { acquireServer, createDatabase, dropDatabase, migrate, root } from "../tests/support/database";
import { FIRST_LOAD_JS_BUDGET_GZIP, firstLoadJsSection, measureFirstLoadJs } from "./first-load-js";
import { loadPutAnswers, loadTable, type TLoadResult, type TReview } from "./put-answers";
import { benchReportRendering } from "./report-render";
import { benchScale } from "./scale";
import { machine } from "./support";

// Four ports from --port (3250 by default), so that runs beside other servers can choose theirs.
const portFlag = process.argv.indexOf("--port");
const FIRST_PORT = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 3250;
const APP_PORT = FIRST_PORT;
const BASELINE_PORT = FIRST_PORT + 1;
const SCALE_APP_PORT = FIRST_PORT + 2;
const VIA_NEXT_PORT = FIRST_PORT + 3;
const POOL_SIZE = 10; // the app's default DATABASE_POOL_MAX
const PARTS = ["answers", "report", "js", "scale"] as const;

async function createReviews(base: string, count: number): Promise<TReview[]> {
  const reviews: TReview[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${base}/api/v1/assessments`, { method: "POST", body: JSON.stringify({ title: `Load review ${i}`, organization: "Bench Ltd" }) });
    if (response.status !== 201) throw new Error(`creating review ${i}: ${response.status}`);
    reviews.push((await response.json()) as TReview);
  }
  return reviews;
}

/** The baseline server in a process group of its own (tsx runs it in a child process), for its CPU time. */
async function startBaseline(databaseUrl: string): Promise<{ pgid: number; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "bench/baseline-server.ts", String(BASELINE_PORT), databaseUrl, String(POOL_SIZE)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk) => String(chunk).includes("listening") && resolve());
    child.once("exit", (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  return { pgid: child.pid!, stop: () => process.kill(-child.pid!, "SIGTERM") };
}

const DIRECT = "Faultline (production server)";
const VIA_NEXT = "Faultline, every request through Next.js (`FAULTLINE_DIRECT_ROUTES=off`)";
const BASELINE = "Baseline (node:http + pg)";

async function benchSavingAnswers(app: TAppServer, viaNext: TAppServer, databaseUrl: string): Promise<string> {
  const reviews = await createReviews(app.url, 200);
  const baseline = await startBaseline(databaseUrl);
  const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}`;
  const results: TLoadResult[] = [];
  try {
    // First an unmeasured run on each server: each app instance meets its 200 reviews for the first
    // time (the first save of a review takes the full path, later ones one round trip) and the JIT warms.
    console.error("bench: saving answers, warming up");
    for (const [url, pgid] of [[app.url, app.process.pid], [baselineUrl, baseline.pgid], [viaNext.url, viaNext.process.pid]] as const) {
      await loadPutAnswers("warm-up", url, reviews, { processGroup: pgid, warmupMs: 6_000, durationMs: 1_000 });
    }
    // Alternate the servers so that the machine's background load falls on all of them alike.
    for (let round = 0; round < 2; round++) {
      console.error(`bench: saving answers, round ${round + 1}`);
      results.push(await loadPutAnswers(DIRECT, app.url, reviews, { processGroup: app.process.pid }));
      results.push(await loadPutAnswers(BASELINE, baselineUrl, reviews, { processGroup: baseline.pgid }));
      results.push(await loadPutAnswers(VIA_NEXT, viaNext.url, reviews, { processGroup: viaNext.process.pid }));
    }
    results.push(await loadPutAnswers("Faultline, `GET /api/v1/live`, answered directly", app.url, reviews, { processGroup: app.process.pid, noWork: true }));
    results.push(await loadPutAnswers("Faultline, `GET /api/v1/live` through Next.js (the framework's floor)", viaNext.url, reviews, { processGroup: viaNext.process.pid, noWork: true }));
  } finally {
    baseline.stop();
  }
  const roundTrips = await statementsPerPut(app.url, reviews[0], databaseUrl);
  const rate = (label: string) => results.filter((r) => r.label === label).reduce((sum, r) => sum + r.stats.perSecond, 0);
  const cpu = (label: string) => {
    const runs = results.filter((r) => r.label === label && r.cpuMsPerRequest !== undefined);
    return runs.reduce((sum, r) => sum + (r.cpuMsPerRequest ?? 0), 0) / Math.max(1, runs.length);
  };
  const ratio = rate(DIRECT) / rate(BASELINE);
  const [liveDirect, liveNext] = results.slice(-2);
  return [
    `64 clients in a closed loop over keep-alive connections, each PUT a valid answer (mostly a value, 20 % with a note, some "don't know") to a random question of one of ${reviews.length} reviews; after an unmeasured 7 s on each server, 3 s warm-up, then 10 s measured, twice per server, alternating. Every server uses a pool of ${POOL_SIZE} connections to the same database. The production server (\`scripts/serve.ts\`, what \`npm start\` runs) answers saving answers itself, with the same route handler; the second Faultline instance is the same build with \`FAULTLINE_DIRECT_ROUTES=off\`, so that every request goes through Next.js's router, as \`next start\` would serve it.`,
    "",
    loadTable(results, BASELINE),
    "",
    `**Faultline saves answers at ${(ratio * 100).toFixed(0)} % of the baseline's throughput** (target: at least 50 %); through Next.js's router it would be ${((rate(VIA_NEXT) / rate(BASELINE)) * 100).toFixed(0)} %. One PUT makes ${roundTrips.toFixed(1)} database round trips (statements counted by PostgreSQL over 100 PUTs of a review saved to before; the baseline makes 2: the access check, then the upsert).`,
    `Server CPU per PUT: ${cpu(DIRECT).toFixed(2)} ms answered directly, ${cpu(VIA_NEXT).toFixed(2)} ms through Next.js, ${cpu(BASELINE).toFixed(2)} ms for the baseline. A route handler that does nothing (\`/api/v1/live\`) costs ${liveNext.cpuMsPerRequest?.toFixed(2)} ms through Next.js and ${liveDirect.cpuMsPerRequest?.toFixed(2)} ms directly: Next.js's own pipeline costs more than a whole save, which is why the production server answers the hot routes itself.`,
    "",
    ANSWER_PATH_CHANGES,
  ].join("\n");
}

/** Statements PostgreSQL ran per PUT: transactions committed in the database (each statement is its own), counted over 100 PUTs. */
async function statementsPerPut(appUrl: string, review: TReview, databaseUrl: string): Promise<number> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const committed = async () => {
    // Backends report their counts when idle, at most every 10 s (PostgreSQL 15): wait for them to settle.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    return Number((await db.query(`select xact_commit from pg_stat_database where datname = current_database()`)).rows[0].xact_commit);
  };
  try {
    const before = await committed();
    for (let i = 0; i < 100; i++) {
      const response = await fetch(`${appUrl}/api/v1/assessments/${review.id}/answers/context.stage`, {
        method: "PUT",
        headers: { authorization: `Bearer ${review.editToken}` },
        body: JSON.stringify({ value: i % 2 ? "scaling" : "mature", note: `round trip ${i}` }),
      });
      if (!response.ok) throw new Error(`PUT: ${response.status}`);
    }
    const after = await committed();
    return (after - before - 2) / 100; // less this client's own two reads
  } finally {
    await db.end();
  }
}

/** Refuses to start when a port is taken: the app's start-up check would otherwise find someone else's server. */
async function assertFree(ports: number[]): Promise<void> {
  const net = await import("node:net");
  for (const port of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once("error", () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (!free) throw new Error(`port ${port} is taken: choose others with --port`);
  }
}

async function main() {
  await assertFree([APP_PORT, BASELINE_PORT, SCALE_APP_PORT, VIA_NEXT_PORT]);
  const asked = process.argv.slice(2).filter((arg, i, all) => arg !== "--port" && all[i - 1] !== "--port");
  const parts = asked.length ? PARTS.filter((p) => asked.includes(p)) : [...PARTS];
  const server = await acquireServer((line) => console.error(line));
  const databaseUrl = await createDatabase(server.adminUrl, "faultline_bench");
  const sections: string[] = [];
  let app: TAppServer | undefined;
  let viaNext: TAppServer | undefined;
  try {
    await migrate(databaseUrl);
    app = await startApp({ databaseUrl, port: APP_PORT, env: { RATE_LIMIT_MULTIPLIER: "1000" } });
    if (parts.includes("answers")) {
      console.error("bench: saving answers");
      viaNext = await startApp({ databaseUrl, port: VIA_NEXT_PORT, env: { RATE_LIMIT_MULTIPLIER: "1000", FAULTLINE_DIRECT_ROUTES: "off" } });
      sections.push("## Saving answers: 64 concurrent clients\n\n" + (await benchSavingAnswers(app, viaNext, databaseUrl)));
      await viaNext.stop();
    }
    if (parts.includes("report")) {
      console.error("bench: report rendering");
      const inlinePdfs = await startApp({ databaseUrl, port: VIA_NEXT_PORT, env: { RATE_LIMIT_MULTIPLIER: "1000", PDF_WORKERS: "0" } });
      try {
        sections.push("## Report: JSON, HTML page and PDF\n\n" + (await benchReportRendering(app.url, inlinePdfs.url)));
      } finally {
        await inlinePdfs.stop();
      }
    }
    if (parts.includes("js")) {
      console.error("bench: first-load JavaScript");
      const review = (await createReviews(app.url, 1))[0];
      sections.push("## First-load JavaScript of the questionnaire page\n\n" + firstLoadJsSection(await measureFirstLoadJs(app.url, review)) + "\n\n" + BUDGET_REASONING);
    }
  } finally {
    await viaNext?.stop();
    await app?.stop();
    await dropDatabase(databaseUrl);
  }
  try {
    if (parts.includes("scale")) {
      console.error("bench: scale");
      sections.push("## Scale: 100 reviews against 10,000 reviews and 500,000 answers\n\n" + (await benchScale(server.adminUrl, [SCALE_APP_PORT, VIA_NEXT_PORT])));
    }
  } finally {
    await server.embedded?.stop();
  }
  const doc = [
    "# Benchmarks",
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}: ${machine()}; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(", ")}.`,
    "The app is the production build served by the production server (`scripts/serve.ts`, as `npm start` runs it), PostgreSQL the machine's own (15, same host), and the load generator runs on the same two cores, so absolute numbers are modest; the ratios within one run are what to compare.",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
  if (parts.length === PARTS.length) writeFileSync(path.join(root, "bench/results.md"), doc);
  console.log(doc);
}

// Measured while making the answer path faster; kept here because the old code is gone from the tree.
// Rerun the method to recheck.
const ANSWER_PATH_CHANGES = `What was changed on the answer path, and what it gained.

First (2026-11-27; the old and new code built side by side, served at once on one database, server CPU per PUT read from /proc, six alternating rounds of 300 PUTs at 8 clients, medians; \`GET /api/v1/live\` cost 3.6-4.3 ms in the same rounds on that loaded machine):

| answer path | round trips | CPU per PUT |
| --- | --- | --- |
| before: access check through Prisma with the owner as a nested relation (2 queries), \`questionOf\` reading the assessment again for its bank version (1), upsert through \`$queryRaw\` (1) | 4 | 9.27 ms |
| access check as one query that also returns the pinned bank version, so \`questionOf\` reads none (Prisma \`$queryRaw\`) | 2 | 8.13 ms (−12 %) |
| the same two statements on the pg pool directly, skipping Prisma's query pipeline on this path only | 2 | 7.07 ms (−24 %) |

Then API routes were left out of the \`proxy.ts\` matcher (\`route()\` gives them their request id and security headers, \`lib/http/security-headers.ts\`) and bodies read with a byte limit instead of \`request.text()\`: 16 % of the baseline's throughput before, 25 % after. A CPU profile then showed no single cost of ours left to cut: Next.js's request pipeline (routing, its tracer, web-stream bodies, its AsyncLocalStorage contexts) cost more than the save itself, and an empty route handler (\`/api/v1/live\`) 0.53 ms of CPU against 0.12 ms for the baseline's whole PUT.

Then (2026-11-28; \`npm run bench -- answers\` run after each step on the same machine, server CPU per PUT; the machine was about half as fast as the day before, so compare within a row's run):

| step | CPU per PUT | vs baseline |
| --- | --- | --- |
| through Next.js's router, as \`next start\` serves it | see the table above | |
| the production server (\`scripts/serve.ts\`) answers \`PUT\`/\`DELETE …/answers/:questionId\` and the probes itself with the same route handlers, every other request through Next.js's request handler | 1.24-1.29 ms | 0.44-0.48× |
| the response sent in one write with its Content-Length (not chunked, which took a second write to end it); the request body streamed without \`Readable.toWeb\`; each question's answer schema and the bank's question index built once, not per save | 1.01-1.02 ms | 0.52-0.54× |
| a save that changes nothing (the same answer again) answered from the same statement, instead of a second read through Prisma | not measured alone | |
| the access check and the save in one statement (\`saveInOneTrip\`, once the instance knows the review's pinned bank version): one round trip instead of two | 0.85-1.12 ms | 0.45-0.59× (the lower one the first round, before this warm-up existed) |

A profile of the production server under this load: over a third of its CPU is socket writes (the kernel's loopback path to PostgreSQL and back to the client; half of the baseline's), then the web Request and Response objects the route handlers take and return (streams, abort signals), zod, and the metrics. No single cost of ours is left above a few per cent.`;

const BUDGET_REASONING = `Budget: ${FIRST_LOAD_JS_BUDGET_GZIP / 1024} KiB of JavaScript, gzip, for the first load. Why: this page is the product's main work surface and is opened from a link, often on a phone; the widely used performance budget for a page to be interactive within about 5 s on a mid-range phone over a slow mobile link is about 170 KB of compressed critical-path JavaScript. The page stays inside it with the framework, the form, the offline outbox and the conflict dialog; growing past it should be a decision (for example lazy-loading a heavy widget), not an accident.`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
