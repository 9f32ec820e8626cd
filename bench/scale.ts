import pg from "pg";
import { startApp } from "../tests/support/app-server";
import { createDatabase, dropDatabase, migrate } from "../tests/support/database";
import { LIST_REVIEWS_SQL } from "../lib/workspaces/list-reviews-sql";
import { createCompleteReview } from "./report-render";
import { ms, profileAnswers, stats, timed, type TStats } from "./support";

/**
 * Does a report or a page of a workspace's review listing get slower as the database fills up? Both
 * are measured over HTTP at 100 reviews and again at 10,000 reviews with 500,000 answers, bulk-inserted
 * in SQL into one workspace, with the query plans that show which index each one uses.
 */
const ANSWERS_PER_REVIEW = 50;
const RUNS = 40;
const QUERY_RUNS = 100; // a listing page is cheap: more runs to see through the noise

/** Inserts `count` reviews, each with an owner, an audit record and 50 answers, in one statement. */
async function seed(db: pg.Client, count: number, offset: number, questionnaireVersionId: string, workspaceId: string): Promise<void> {
  const answers = Object.entries(profileAnswers())
    .slice(0, ANSWERS_PER_REVIEW)
    .map(([q, a]) => ({ q, s: a.state === "not-applicable" ? "not_applicable" : (a.state ?? "answered"), v: a.value === undefined ? null : JSON.stringify(a.value), n: a.note ?? null }));
  await db.query(
    `with new as (
       insert into "Assessment" (id, title, organization, "questionnaireVersionId", "editTokenHash", "workspaceId", "createdAt", "updatedAt")
       -- The edit token of seeded review g is "seed-g": its sha256 is the stored hash.
       select gen_random_uuid(), 'Seeded review ' || g, 'Org ' || (g % 500), $3::uuid, encode(sha256(convert_to('seed-' || g, 'UTF8')), 'hex'), $5::uuid,
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
    [offset, count, questionnaireVersionId, JSON.stringify(answers), workspaceId],
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

/** Signs a consultant up over HTTP and makes them the owner of a new workspace (in SQL: the bench needs no form). */
async function workspaceOwner(base: string, db: pg.Client): Promise<{ cookie: string; workspaceId: string }> {
  const email = `bench-${Date.now()}@faultline.test`;
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ name: "Bench Consultant", email, password: "bench password long enough" }),
  });
  if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { rows } = await db.query<{ id: string }>(
    `with u as (select id from "User" where email = $1),
          w as (insert into "Workspace" (id, name, slug, "updatedAt") values (gen_random_uuid(), 'Bench Consulting', 'bench-consulting', now()) returning id)
     insert into "WorkspaceMember" (id, "workspaceId", "userId", role, "updatedAt") select gen_random_uuid(), w.id, u.id, 'owner', now() from w, u returning "workspaceId" as id`,
    [email],
  );
  return { cookie, workspaceId: rows[0].id };
}

export async function benchScale(adminUrl: string, port: number): Promise<string> {
  const url = await createDatabase(adminUrl, "faultline_bench_scale");
  const db = new pg.Client({ connectionString: url });
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
    // A consultant signed in over HTTP, owner of the workspace the seeded reviews belong to.
    const { cookie, workspaceId } = await workspaceOwner(base, db);

    const measurements: { scale: string; reviews: number; answers: number; report: TStats; seededReport: TStats; listing: TStats; nextPage: TStats; seedMs: number }[] = [];
    const plans: Record<string, string> = {};
    let seeded = 0;
    for (const [scale, total] of [
      ["100 reviews", 100],
      ["10,000 reviews", 10_000],
    ] as const) {
      const [, seedMs] = await timed(() => seed(db, total - 1 - seeded, seeded, questionnaireVersionId, workspaceId));
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
      const listPath = `/api/v1/workspaces/${workspaceId}/assessments?limit=20`;
      const firstPage = (await (await fetch(`${base}${listPath}`, { headers: { cookie } })).json()) as { reviews: unknown[]; nextCursor: string };
      if (firstPage.reviews.length !== 20) throw new Error(`the workspace listing gave ${firstPage.reviews.length} reviews`);
      measurements.push({
        scale,
        reviews: counts.reviews,
        answers: counts.answers,
        seedMs,
        report: await sample(RUNS, () => getOk(`/api/v1/assessments/${probe.id}/report`, auth)),
        seededReport: await sample(RUNS, () => getOk(`/api/v1/assessments/${seededId}/report`, { headers: { authorization: `Bearer ${seededToken}` } })),
        listing: await sample(QUERY_RUNS, () => getOk(listPath, { headers: { cookie } })),
        nextPage: await sample(QUERY_RUNS, () => getOk(`${listPath}&cursor=${firstPage.nextCursor}`, { headers: { cookie } })),
      });
      if (total === 10_000) {
        const [millis, cursorId] = firstPage.nextCursor.split("_");
        const after = new Date(Number(millis)).toISOString().replace("Z", "");
        plans["Workspace listing, first page (`lib/workspaces/list-reviews-sql.ts`, 20 reviews with their counts)"] = await explain(db, LIST_REVIEWS_SQL, [workspaceId, null, null, 21]);
        plans["Workspace listing, next page (keyset on createdAt, id)"] = await explain(db, LIST_REVIEWS_SQL, [workspaceId, after, cursorId, 21]);
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
      `Sequential runs after a warm-up, over HTTP from the production build: ${RUNS} of each report (access check, answers, scoring, JSON) and ${QUERY_RUNS} of each page of`,
      "a workspace's review listing (`GET /api/v1/workspaces/{id}/assessments?limit=20`, session check, membership, one statement with each review's counts). All seeded reviews are in that one workspace. The plans below are what holds at any size: index scans whose buffers do not grow with the tables; the p50s carry the noise of a shared machine.",
      `Seeding took ${(small.seedMs / 1000).toFixed(1)} s for ${small.reviews} reviews and ${(large.seedMs / 1000).toFixed(1)} s for the next ${large.reviews - small.reviews} (${large.answers.toLocaleString("en")} answers in all), in one SQL statement each (\`generate_series\`).`,
      "",
      `| p50 / p95 | ${small.reviews} reviews, ${small.answers.toLocaleString("en")} answers | ${large.reviews.toLocaleString("en")} reviews, ${large.answers.toLocaleString("en")} answers | p50 ratio (target ≤ 1.5×) |`,
      "| --- | --- | --- | --- |",
      row("Report JSON of a review answered through the API", "report"),
      row("Report JSON of a seeded review", "seededReport"),
      row("Workspace listing: newest 20 reviews with counts", "listing"),
      row("Workspace listing: the next 20 (keyset cursor)", "nextPage"),
      "",
      "Query plans at 10,000 reviews (`EXPLAIN (ANALYZE, BUFFERS)`):",
      "",
      ...Object.entries(plans).flatMap(([label, plan]) => [`${label}:`, "", "```", plan, "```", ""]),
    ].join("\n");
  } finally {
    await db.end().catch(() => {});
    await app?.stop();
    await dropDatabase(url);
  }
}
