import pg from "pg";
import { startApp, type TAppServer } from "../tests/support/app-server";
import { createDatabase, dropDatabase, migrate } from "../tests/support/database";
import { LIST_REVIEWS_SQL } from "../lib/workspaces/list-reviews-sql";
import { createCompleteReview } from "./report-render";
import { ms, profileAnswers, stats, timed, type TStats } from "./support";

/**
 * Does a report or a page of a workspace's review listing get slower as the database fills up? Both
 * are measured over HTTP at 100 reviews and at 10,000 reviews with 500,000 answers, bulk-inserted in
 * SQL into one workspace, with the query plans that show which index each one uses.
 */
const ANSWERS_PER_REVIEW = 50;
const RUNS = 40;
const QUERY_RUNS = 100; // a listing page is cheap: more runs to see through the noise
const ROUNDS = 4;

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

type TScaleSite = {
  label: string;
  url: string;
  db: pg.Client;
  app: TAppServer;
  probe: { id: string; editToken: string };
  respondentId: string;
  cookie: string;
  workspaceId: string;
  seededId: string;
  seededToken: string;
  nextCursor: string;
  counts: { reviews: number; answers: number };
  seedMs: number;
};

/** A database of its own with `total` reviews (one made through the API, the rest seeded), and an app instance serving it. */
async function prepareSite(adminUrl: string, port: number, label: string, total: number, sites: TScaleSite[]): Promise<TScaleSite> {
  const url = await createDatabase(adminUrl, `faultline_bench_scale_${total}`);
  const db = new pg.Client({ connectionString: url });
  await migrate(url);
  const app = await startApp({ databaseUrl: url, port, env: { RATE_LIMIT_MULTIPLIER: "1000" } });
  const site = { label, url, db, app } as TScaleSite;
  sites.push(site); // from here on, cleaned up by the caller
  await db.connect();
  // One review made and answered through the API (it also stores the bank snapshot the seeds pin).
  site.probe = await createCompleteReview(app.url);
  const { rows } = await db.query<{ questionnaireVersionId: string; respondentId: string }>(
    `select a."questionnaireVersionId", r.id as "respondentId" from "Assessment" a join "Respondent" r on r."assessmentId" = a.id where a.id = $1`,
    [site.probe.id],
  );
  site.respondentId = rows[0].respondentId;
  // A consultant signed in over HTTP, owner of the workspace the seeded reviews belong to.
  Object.assign(site, await workspaceOwner(app.url, db));
  const [, seedMs] = await timed(() => seed(db, total - 1, 0, rows[0].questionnaireVersionId, site.workspaceId));
  site.seedMs = seedMs;
  site.counts = (await db.query(`select (select count(*) from "Assessment")::int as reviews, (select count(*) from "Answer")::int as answers`)).rows[0];
  const middle = Math.ceil((total - 1) / 2);
  site.seededToken = `seed-${middle}`;
  site.seededId = (await db.query(`select id from "Assessment" where title = $1`, [`Seeded review ${middle}`])).rows[0].id;
  const firstPage = (await (await fetch(`${app.url}${listPath(site)}`, { headers: { cookie: site.cookie } })).json()) as { reviews: unknown[]; nextCursor: string };
  if (firstPage.reviews.length !== 20) throw new Error(`the workspace listing gave ${firstPage.reviews.length} reviews`);
  site.nextCursor = firstPage.nextCursor;
  return site;
}

const listPath = (site: TScaleSite) => `/api/v1/workspaces/${site.workspaceId}/assessments?limit=20`;

async function getOk(url: string, init: RequestInit): Promise<void> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await response.arrayBuffer();
}

const MEASURES = {
  report: (site: TScaleSite) => getOk(`${site.app.url}/api/v1/assessments/${site.probe.id}/report`, { headers: { authorization: `Bearer ${site.probe.editToken}` } }),
  seededReport: (site: TScaleSite) => getOk(`${site.app.url}/api/v1/assessments/${site.seededId}/report`, { headers: { authorization: `Bearer ${site.seededToken}` } }),
  listing: (site: TScaleSite) => getOk(`${site.app.url}${listPath(site)}`, { headers: { cookie: site.cookie } }),
  nextPage: (site: TScaleSite) => getOk(`${site.app.url}${listPath(site)}&cursor=${site.nextCursor}`, { headers: { cookie: site.cookie } }),
};

/**
 * Both sizes side by side, each in its own database behind its own instance, measured in alternating
 * rounds, so that the shared machine's drift falls on both alike (measured one after the other, a
 * noisy minute once looked like a slowdown of the larger one).
 */
export async function benchScale(adminUrl: string, ports: [number, number]): Promise<string> {
  const sites: TScaleSite[] = [];
  try {
    const small = await prepareSite(adminUrl, ports[0], "100 reviews", 100, sites);
    const large = await prepareSite(adminUrl, ports[1], "10,000 reviews", 10_000, sites);
    const results: Record<keyof typeof MEASURES, [TStats, TStats]> = {} as never;
    for (const [key, measure] of Object.entries(MEASURES) as [keyof typeof MEASURES, (site: TScaleSite) => Promise<void>][]) {
      const runs = key === "listing" || key === "nextPage" ? QUERY_RUNS : RUNS;
      const samples: [number[], number[]] = [[], []];
      for (const site of [small, large]) for (let i = 0; i < 3; i++) await measure(site); // warm-up
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, site] of [small, large].entries()) {
          for (let run = 0; run < runs / ROUNDS; run++) samples[i].push((await timed(() => measure(site)))[1]);
        }
      }
      results[key] = [stats(samples[0]), stats(samples[1])];
    }

    const [millis, cursorId] = large.nextCursor.split("_");
    const after = new Date(Number(millis)).toISOString().replace("Z", "");
    const plans: Record<string, string> = {
      "Workspace listing, first page (`lib/workspaces/list-reviews-sql.ts`, 20 reviews with their counts)": await explain(large.db, LIST_REVIEWS_SQL, [large.workspaceId, null, null, 21]),
      "Workspace listing, next page (keyset on createdAt, id)": await explain(large.db, LIST_REVIEWS_SQL, [large.workspaceId, after, cursorId, 21]),
      "Report and access check: the review and its owner (lib/reports/get-report.ts, lib/assessments/access.ts)": await explain(
        large.db,
        `select a.id, a."editTokenHash", a."questionnaireVersionId", r.id from "Assessment" a left join "Respondent" r on r."assessmentId" = a.id and r.kind = 'owner' where a.id = $1`,
        [large.probe.id],
      ),
      "Report: the owner's answers": await explain(large.db, `select "questionId", state, value, note, "updatedAt" from "Answer" where "respondentId" = $1`, [large.respondentId]),
    };

    const ratio = (a: TStats, b: TStats) => `${(b.p50 / a.p50).toFixed(2)}×`;
    const row = (label: string, key: keyof typeof MEASURES) => {
      const [a, b] = results[key];
      return `| ${label} | ${ms(a.p50)} / ${ms(a.p95)} | ${ms(b.p50)} / ${ms(b.p95)} | ${ratio(a, b)} |`;
    };
    return [
      `Two databases, one with 100 reviews and one with 10,000 reviews and 500,000 answers, each behind its own instance of the production build, measured over HTTP in ${ROUNDS} alternating rounds after a warm-up: ${RUNS} of each report (access check, answers, scoring, JSON) and ${QUERY_RUNS} of each page of`,
      "a workspace's review listing (`GET /api/v1/workspaces/{id}/assessments?limit=20`, session check, membership, one statement with each review's counts). All seeded reviews are in that one workspace. The plans below are what holds at any size: index scans whose buffers do not grow with the tables; the p50s carry the noise of a shared machine.",
      `Seeding took ${(small.seedMs / 1000).toFixed(1)} s for ${small.counts.reviews - 1} reviews and ${(large.seedMs / 1000).toFixed(1)} s for ${large.counts.reviews - 1} (${large.counts.answers.toLocaleString("en")} answers in all), in one SQL statement each (\`generate_series\`).`,
      "",
      `| p50 / p95 | ${small.counts.reviews} reviews, ${small.counts.answers.toLocaleString("en")} answers | ${large.counts.reviews.toLocaleString("en")} reviews, ${large.counts.answers.toLocaleString("en")} answers | p50 ratio (target ≤ 1.5×) |`,
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
    for (const site of sites) {
      await site.db.end().catch(() => {});
      await site.app.stop();
      await dropDatabase(site.url);
    }
  }
}
