import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { startApp } from "../tests/support/app-server";
import { createDatabase, dropDatabase, migrate } from "../tests/support/database";
import { createCompleteReview } from "./report-render";
import { ms, profileAnswers, stats, timed, type TStats } from "./support";

/**
 * Does a report or a page of the review listing get slower as the database fills up? Both are measured
 * at 100 reviews and again at 10,000 reviews with 500,000 answers, bulk-inserted in SQL, with the query
 * plans that show which index each one uses.
 */
const ANSWERS_PER_REVIEW = 50;
const RUNS = 40;
const QUERY_RUNS = 300; // a listing takes ~1 ms: many more runs to see through the noise

/** Inserts `count` reviews, each with an owner, an audit record and 50 answers, in one statement. */
async function seed(db: pg.Client, count: number, offset: number, questionnaireVersionId: string): Promise<void> {
  const answers = Object.entries(profileAnswers())
    .slice(0, ANSWERS_PER_REVIEW)
    .map(([q, a]) => ({ q, s: a.state === "not-applicable" ? "not_applicable" : (a.state ?? "answered"), v: a.value === undefined ? null : JSON.stringify(a.value), n: a.note ?? null }));
  await db.query(
    `with new as (
       insert into "Assessment" (id, title, organization, "questionnaireVersionId", "editTokenHash", "createdAt", "updatedAt")
       -- The edit token of seeded review g is "seed-g": its sha256 is the stored hash.
       select gen_random_uuid(), 'Seeded review ' || g, 'Org ' || (g % 500), $3::uuid, encode(sha256(convert_to('seed-' || g, 'UTF8')), 'hex'),
              now() - make_interval(mins => g), now() - make_interval(mins => g)
       from generate_series($1::int + 1, $1::int + $2::int) g
       returning id, "createdAt"),
     audit as (
       insert into "AuditEvent" (id, "assessmentId", actor, action, "createdAt")
       select gen_random_uuid(), id, 'owner', 'assessment.created', "createdAt" from new),
     owner as (
       insert into "Respondent" (id, "assessmentId", kind, "createdAt")
       select gen_random_uuid(), id, 'owner', "createdAt" from new
       returning id, "assessmentId")
     insert into "Answer" (id, "assessmentId", "respondentId", "questionId", state, value, note, version, "createdAt", "updatedAt")
     select gen_random_uuid(), owner."assessmentId", owner.id, a.q, a.s::"AnswerState", a.v::jsonb, a.n, 1, now(), now()
     from owner cross join jsonb_to_recordset($4::jsonb) as a(q text, s text, v text, n text)`,
    [offset, count, questionnaireVersionId, JSON.stringify(answers)],
  );
  await db.query(`analyze`);
}

async function sample(runs: number, fn: () => Promise<unknown>): Promise<TStats> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timed(fn))[1]);
  return stats(samples);
}

async function explain(db: pg.Client, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await db.query(`explain (analyze, buffers, costs off, timing on) ${sql}`, params);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

export async function benchScale(adminUrl: string, port: number): Promise<string> {
  const url = await createDatabase(adminUrl, "faultline_bench_scale");
  const db = new pg.Client({ connectionString: url });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    await migrate(url);
    app = await startApp({ databaseUrl: url, port, env: { RATE_LIMIT_MULTIPLIER: "1000" } });
    await db.connect();
    const base = app.url;
    // One review made and answered through the API (it also stores the bank snapshot the seeds pin).
    const probe = await createCompleteReview(base);
    const { rows } = await db.query<{ questionnaireVersionId: string; respondentId: string }>(
      `select a."questionnaireVersionId", r.id as "respondentId" from "Assessment" a join "Respondent" r on r."assessmentId" = a.id where a.id = $1`,
      [probe.id],
    );
    const { questionnaireVersionId, respondentId } = rows[0];

    const measurements: { scale: string; reviews: number; answers: number; report: TStats; seededReport: TStats; listing: TStats; nextPage: TStats; seedMs: number }[] = [];
    const plans: Record<string, string> = {};
    let seeded = 0;
    for (const [scale, total] of [
      ["100 reviews", 100],
      ["10,000 reviews", 10_000],
    ] as const) {
      const [, seedMs] = await timed(() => seed(db, total - 1 - seeded, seeded, questionnaireVersionId));
      seeded = total - 1;
      const counts = (await db.query(`select (select count(*) from "Assessment")::int as reviews, (select count(*) from "Answer")::int as answers`)).rows[0];
      const auth = { headers: { authorization: `Bearer ${probe.editToken}` } };
      const seededToken = `seed-${Math.ceil(seeded / 2)}`;
      const seededId = (await db.query(`select id from "Assessment" where title = $1`, [`Seeded review ${Math.ceil(seeded / 2)}`])).rows[0].id;
      const getOk = async (path: string, init: RequestInit) => {
        const response = await fetch(`${base}${path}`, init);
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        await response.arrayBuffer();
      };
      const listing = { orderBy: { createdAt: "desc" as const }, take: 20, select: { id: true, title: true, organization: true, status: true, createdAt: true, updatedAt: true } };
      const firstPage = await prisma.assessment.findMany(listing);
      const cursor = firstPage[firstPage.length - 1].createdAt;
      measurements.push({
        scale,
        reviews: counts.reviews,
        answers: counts.answers,
        seedMs,
        report: await sample(RUNS, () => getOk(`/api/v1/assessments/${probe.id}/report`, auth)),
        seededReport: await sample(RUNS, () => getOk(`/api/v1/assessments/${seededId}/report`, { headers: { authorization: `Bearer ${seededToken}` } })),
        listing: await sample(QUERY_RUNS, () => prisma.assessment.findMany(listing)),
        nextPage: await sample(QUERY_RUNS, () => prisma.assessment.findMany({ ...listing, where: { createdAt: { lt: cursor } } })),
      });
      if (total === 10_000) {
        plans["Listing, first page: `findMany({ orderBy: { createdAt: \"desc\" }, take: 20 })`"] = await explain(
          db,
          `select id, title, organization, status, "createdAt", "updatedAt" from "Assessment" order by "createdAt" desc limit 20`,
          [],
        );
        plans["Listing, next page (keyset): `where: { createdAt: { lt: cursor } }`"] = await explain(
          db,
          `select id, title, organization, status, "createdAt", "updatedAt" from "Assessment" where "createdAt" < $1 order by "createdAt" desc limit 20`,
          [cursor],
        );
        plans["Report and access check: the review and its owner (lib/reports/get-report.ts, lib/assessments/access.ts)"] = await explain(
          db,
          `select a.id, a."editTokenHash", a."questionnaireVersionId", r.id from "Assessment" a left join "Respondent" r on r."assessmentId" = a.id and r.kind = 'owner' where a.id = $1`,
          [probe.id],
        );
        plans["Report: the owner's answers"] = await explain(db, `select "questionId", state, value, note, "updatedAt" from "Answer" where "respondentId" = $1`, [respondentId]);
      }
    }

    const [small, large] = measurements;
    const ratio = (a: TStats, b: TStats) => `${(b.p50 / a.p50).toFixed(2)}×`;
    const row = (label: string, key: "report" | "seededReport" | "listing" | "nextPage") =>
      `| ${label} | ${ms(small[key].p50)} / ${ms(small[key].p95)} | ${ms(large[key].p50)} / ${ms(large[key].p95)} | ${ratio(small[key], large[key])} |`;
    return [
      `Sequential runs after a warm-up: ${RUNS} of each report, over HTTP from the production build (access check, answers, scoring, JSON), and ${QUERY_RUNS} of each listing query,`,
      "through Prisma in the benchmark process, as a workspace page will query it. The plans below are what holds at any size: each query reads 3-6 buffers through an index, whatever the table holds; the p50s above carry the noise of a shared machine.",
      `Seeding took ${(small.seedMs / 1000).toFixed(1)} s for ${small.reviews} reviews and ${(large.seedMs / 1000).toFixed(1)} s for the next ${large.reviews - small.reviews} (${large.answers.toLocaleString("en")} answers in all), in one SQL statement each (\`generate_series\`).`,
      "",
      `| p50 / p95 | ${small.reviews} reviews, ${small.answers.toLocaleString("en")} answers | ${large.reviews.toLocaleString("en")} reviews, ${large.answers.toLocaleString("en")} answers | p50 ratio (target ≤ 1.5×) |`,
      "| --- | --- | --- | --- |",
      row("Report JSON of a review answered through the API", "report"),
      row("Report JSON of a seeded review", "seededReport"),
      row("Listing: newest 20 reviews", "listing"),
      row("Listing: the next 20 (keyset on createdAt)", "nextPage"),
      "",
      "Query plans at 10,000 reviews (`EXPLAIN (ANALYZE, BUFFERS)`):",
      "",
      ...Object.entries(plans).flatMap(([label, plan]) => [`${label}:`, "", "```", plan, "```", ""]),
    ].join("\n");
  } finally {
    await prisma.$disconnect().catch(() => {});
    await pool.end().catch(() => {});
    await db.end().catch(() => {});
    await app?.stop();
    await dropDatabase(url);
  }
}
