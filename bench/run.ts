/**
 * `npm run bench`: starts the production build on a throwaway database and measures, in one run,
 * what the issues ask for. Results go to bench/results.md with the machine they ran on. Numbers on a
 * shared machine are noisy: compare rows of the same run (the ratios), not runs with each other.
 *
 * `npm run bench -- answers report js scale` runs only the named parts (all by default); results.md
 * is written only by a full run.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp } from "../tests/support/app-server";
import { acquireServer, createDatabase, dropDatabase, migrate, root } from "../tests/support/database";
import { FIRST_LOAD_JS_BUDGET_GZIP, firstLoadJsSection, measureFirstLoadJs } from "./first-load-js";
import { loadPutAnswers, loadTable, type TLoadResult, type TReview } from "./put-answers";
import { benchReportRendering } from "./report-render";
import { benchScale } from "./scale";
import { machine } from "./support";

const APP_PORT = 3250;
const BASELINE_PORT = 3251;
const SCALE_APP_PORT = 3252;
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

async function benchSavingAnswers(appUrl: string, appGroup: number, databaseUrl: string): Promise<string> {
  const reviews = await createReviews(appUrl, 200);
  const baseline = await startBaseline(databaseUrl);
  const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}`;
  const results: TLoadResult[] = [];
  try {
    // Alternate the two servers so that the machine's background load falls on both alike.
    for (let round = 0; round < 2; round++) {
      console.error(`bench: saving answers, round ${round + 1}`);
      results.push(await loadPutAnswers("Faultline (production build)", appUrl, reviews, { processGroup: appGroup }));
      results.push(await loadPutAnswers("Baseline (node:http + pg)", baselineUrl, reviews, { processGroup: baseline.pgid }));
    }
  } finally {
    baseline.stop();
  }
  const timing = (await fetch(`${appUrl}/api/v1/assessments/${reviews[0].id}/answers/context.stage`, {
    method: "PUT",
    headers: { authorization: `Bearer ${reviews[0].editToken}` },
    body: JSON.stringify({ value: "scaling" }),
  })).headers.get("server-timing");
  const rate = (label: string) => results.filter((r) => r.label === label).reduce((sum, r) => sum + r.stats.perSecond, 0);
  const ratio = rate("Faultline (production build)") / rate("Baseline (node:http + pg)");
  return [
    `64 clients in a closed loop over keep-alive connections, each PUT a valid answer (mostly a value, 20 % with a note, some "don't know") to a random question of one of ${reviews.length} reviews; 3 s warm-up, then 10 s measured, twice per server, alternating. Both servers use a pool of ${POOL_SIZE} connections to the same database.`,
    "",
    loadTable(results, "Baseline (node:http + pg)"),
    "",
    `**Faultline saves answers at ${(ratio * 100).toFixed(0)} % of the baseline's throughput** (target: at least 50 %). Database round trips of one Faultline PUT, from its Server-Timing header: \`${timing}\`.`,
  ].join("\n");
}

async function main() {
  const asked = process.argv.slice(2);
  const parts = asked.length ? PARTS.filter((p) => asked.includes(p)) : [...PARTS];
  const server = await acquireServer((line) => console.error(line));
  const databaseUrl = await createDatabase(server.adminUrl, "faultline_bench");
  const sections: string[] = [];
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    await migrate(databaseUrl);
    app = await startApp({ databaseUrl, port: APP_PORT, env: { RATE_LIMIT_MULTIPLIER: "1000" } });
    if (parts.includes("answers")) {
      console.error("bench: saving answers");
      sections.push("## Saving answers: 64 concurrent clients\n\n" + (await benchSavingAnswers(app.url, app.process.pid!, databaseUrl)));
    }
    if (parts.includes("report")) {
      console.error("bench: report rendering");
      sections.push("## Report: JSON, HTML page and PDF\n\n" + (await benchReportRendering(app.url)));
    }
    if (parts.includes("js")) {
      console.error("bench: first-load JavaScript");
      const review = (await createReviews(app.url, 1))[0];
      sections.push("## First-load JavaScript of the questionnaire page\n\n" + firstLoadJsSection(await measureFirstLoadJs(app.url, review)) + "\n\n" + BUDGET_REASONING);
    }
  } finally {
    await app?.stop();
    await dropDatabase(databaseUrl);
  }
  try {
    if (parts.includes("scale")) {
      console.error("bench: scale");
      sections.push("## Scale: 100 reviews against 10,000 reviews and 500,000 answers\n\n" + (await benchScale(server.adminUrl, SCALE_APP_PORT)));
    }
  } finally {
    await server.embedded?.stop();
  }
  const doc = [
    "# Benchmarks",
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}: ${machine()}; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(", ")}.`,
    "The app is the production build (`next start`), PostgreSQL the machine's own (15, same host), and the load generator runs on the same two cores, so absolute numbers are modest; the ratios within one run are what to compare.",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
  if (parts.length === PARTS.length) writeFileSync(path.join(root, "bench/results.md"), doc);
  console.log(doc);
}

const BUDGET_REASONING = `Budget: ${FIRST_LOAD_JS_BUDGET_GZIP / 1024} KiB of JavaScript, gzip, for the first load. Why: the page is the product's main work surface and is opened from a link, often on a phone; a widely used rule of thumb for a page to be interactive in about 5 s on a mid-range phone over a slow 4G link is roughly 170 KiB (gzip) of critical-path JavaScript, and a React 19 + Next.js App Router page spends about 100-120 KiB of that on the framework alone. 250 KiB leaves the form, the offline outbox and the conflict dialog room while keeping the page clearly in "loads fast on a phone" territory; going past it should be a decision (e.g. lazy-load a heavy widget), not an accident.`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
