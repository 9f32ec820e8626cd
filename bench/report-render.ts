import { ms, profileAnswers, stats, timed, type TStats } from "./support";

type TCreated = { id: string; editToken: string };

export async function createCompleteReview(base: string): Promise<TCreated> {
  const created = (await (await fetch(`${base}/api/v1/assessments`, { method: "POST", body: JSON.stringify({ title: "Benchmark review", organization: "Bench Ltd" }) })).json()) as TCreated;
  for (const [questionId, answer] of Object.entries(profileAnswers())) {
    const response = await fetch(`${base}/api/v1/assessments/${created.id}/answers/${questionId}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${created.editToken}` },
      body: JSON.stringify(answer),
    });
    if (!response.ok) throw new Error(`seeding ${questionId}: ${response.status} ${await response.text()}`);
  }
  return created;
}

type TMeasured = { label: string; stats: TStats; bytes: number } | { label: string; unavailable: string };

async function measure(label: string, runs: number, fn: () => Promise<Response>): Promise<TMeasured> {
  const warmUp = await fn(); // warm-up: compile, caches, first connection
  await warmUp.arrayBuffer();
  // A route another change has not landed yet (the PDF) is reported as such rather than failing the run.
  if (warmUp.status === 404) return { label, unavailable: `not available (HTTP 404: no such route in this build)` };
  const samples: number[] = [];
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const [response, elapsed] = await timed(async () => {
      const r = await fn();
      bytes = (await r.arrayBuffer()).byteLength;
      return r;
    });
    if (!response.ok) throw new Error(`${label}: HTTP ${response.status}`);
    samples.push(elapsed);
  }
  return { label, stats: stats(samples, performance.now() - started), bytes };
}

/** The report of a complete review as JSON, as the HTML page and as a PDF, over HTTP, in one run. */
export async function benchReportRendering(base: string, runs = 30): Promise<string> {
  const review = await createCompleteReview(base);
  const auth = { headers: { authorization: `Bearer ${review.editToken}` } };
  const cookie = { headers: { cookie: `fl_edit_${review.id}=${review.editToken}` } };
  const results = [
    await measure("Report JSON (`GET …/report`)", runs, () => fetch(`${base}/api/v1/assessments/${review.id}/report`, auth)),
    await measure("Report HTML page (`/reviews/{id}/report`)", runs, () => fetch(`${base}/reviews/${review.id}/report`, cookie)),
    await measure("Report PDF, A4 (`GET …/report.pdf`)", runs, () => fetch(`${base}/api/v1/assessments/${review.id}/report.pdf`, auth)),
    await measure("Report PDF, US Letter", runs, () => fetch(`${base}/api/v1/assessments/${review.id}/report.pdf?paper=letter`, auth)),
  ];
  const htmlResult = results[1];
  const html = "stats" in htmlResult ? htmlResult.stats.p50 : NaN;
  const lines = [
    `Sequential requests to a production build, ${runs} each after one warm-up, for a review with ${Object.keys(profileAnswers()).length} answers.`,
    "",
    "| what | p50 | p95 | renders/s | size | p50 vs HTML page |",
    "| --- | --- | --- | --- | --- | --- |",
    ...results.map((r) =>
      "stats" in r
        ? `| ${r.label} | ${ms(r.stats.p50)} | ${ms(r.stats.p95)} | ${r.stats.perSecond.toFixed(1)} | ${(r.bytes / 1024).toFixed(0)} KiB | ${(r.stats.p50 / html).toFixed(2)}× |`
        : `| ${r.label} | ${r.unavailable} | | | | |`,
    ),
  ];
  return lines.join("\n");
}
