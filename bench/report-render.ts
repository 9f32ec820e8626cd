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

async function measure(label: string, runs: number, fn: () => Promise<Response>, before?: (i: number) => Promise<void>): Promise<TMeasured> {
  const warmUp = await fn(); // warm-up: compile, caches, first connection
  await warmUp.arrayBuffer();
  // A route another change has not landed yet (the PDF) is reported as such rather than failing the run.
  if (warmUp.status === 404) return { label, unavailable: `not available (HTTP 404: no such route in this build)` };
  const samples: number[] = [];
  let bytes = 0;
  const started = performance.now();
  let untimed = 0;
  for (let i = 0; i < runs; i++) {
    if (before) {
      const [, spent] = await timed(() => before(i));
      untimed += spent;
    }
    const [response, elapsed] = await timed(async () => {
      const r = await fn();
      bytes = (await r.arrayBuffer()).byteLength;
      return r;
    });
    if (!response.ok) throw new Error(`${label}: HTTP ${response.status}`);
    samples.push(elapsed);
  }
  return { label, stats: stats(samples, performance.now() - started - untimed), bytes };
}

/**
 * The report of a complete review as JSON, as the HTML page and as a PDF, over HTTP, in one run; and
 * what PDF renders cost other requests, here and on `inlineBase`, an instance rendering on its request threads.
 */
export async function benchReportRendering(base: string, inlineBase?: string, runs = 30): Promise<string> {
  const review = await createCompleteReview(base);
  const auth = { headers: { authorization: `Bearer ${review.editToken}` } };
  const cookie = { headers: { cookie: `fl_edit_${review.id}=${review.editToken}` } };
  // Rendered PDFs are cached by their report's content (lib/reports/pdf-cache.ts): changing a note
  // before each request makes every one a fresh render; asking again for the same report is a hit.
  const changeNote = async (i: number) => {
    const response = await fetch(`${base}/api/v1/assessments/${review.id}/answers/context.stage`, {
      method: "PUT",
      headers: { authorization: `Bearer ${review.editToken}` },
      body: JSON.stringify({ value: "scaling", note: `Benchmark round ${i}` }),
    });
    if (!response.ok) throw new Error(`changing a note: ${response.status}`);
  };
  const pdf = (query = "") => () => fetch(`${base}/api/v1/assessments/${review.id}/report.pdf${query}`, auth);
  const results = [
    await measure("Report JSON (`GET …/report`)", runs, () => fetch(`${base}/api/v1/assessments/${review.id}/report`, auth)),
    await measure("Report HTML page (`/reviews/{id}/report`)", runs, () => fetch(`${base}/reviews/${review.id}/report`, cookie)),
    await measure("Report PDF, A4 (`GET …/report.pdf`), rendered", runs, pdf(), changeNote),
    await measure("Report PDF, US Letter, rendered", runs, pdf("?paper=letter"), changeNote),
    await measure("Report PDF, A4, the same report again (cached)", runs, pdf()),
  ];
  const idle = await liveWhileRendering(base, null, changeNote);
  const aside = await liveWhileRendering(base, pdf(), changeNote);
  const inline = inlineBase ? await liveWhileRendering(inlineBase, () => fetch(`${inlineBase}/api/v1/assessments/${review.id}/report.pdf`, auth), changeNote) : undefined;
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
    "",
    "What a render costs the instance's other requests: \`GET /api/v1/live\`, asked every 20 ms while fresh PDFs (the report changed before each) render back to back, on the production server (PDFs on a worker thread) and on a second instance of the same build with \`PDF_WORKERS=0\` (PDFs on the request's thread, as before the workers).",
    "",
    "| while | live p50 | live worst | p50 vs idle |",
    "| --- | --- | --- | --- |",
    `| nothing renders | ${ms(idle.p50)} | ${ms(idle.max)} | 1.00× |`,
    `| PDFs render on a worker thread | ${ms(aside.p50)} | ${ms(aside.max)} | ${(aside.p50 / idle.p50).toFixed(2)}× |`,
    ...(inline ? [`| PDFs render on the request's thread (\`PDF_WORKERS=0\`) | ${ms(inline.p50)} | ${ms(inline.max)} | ${(inline.p50 / idle.p50).toFixed(2)}× |`] : []),
  ];
  return lines.join("\n");
}

/** Latency of the liveness endpoint, asked every 20 ms while fresh PDFs render one after another. */
async function liveWhileRendering(base: string, render: (() => Promise<Response>) | null, change: (i: number) => Promise<void>): Promise<{ p50: number; max: number }> {
  let rendering = true;
  const samples: number[] = [];
  const poll = (async () => {
    while (rendering) {
      const [response, elapsed] = await timed(() => fetch(`${base}/api/v1/live`));
      await response.arrayBuffer();
      samples.push(elapsed);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  for (let i = 0; i < 5; i++) {
    await change(1_000 + i);
    if (render) await (await render()).arrayBuffer();
    else await new Promise((resolve) => setTimeout(resolve, 300));
  }
  rendering = false;
  await poll;
  const sorted = samples.sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
}
