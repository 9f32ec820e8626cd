import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listQuestions } from "../../lib/questionnaire/find-question";
import { loadQuestionnaire } from "../../lib/questionnaire/load";
import { startApp, type TAppServer } from "../support/app-server";
import { createReview, freePort, storedAnswers, throwawayDatabase, type TCreated } from "./support";

// The app is killed with SIGKILL (no shutdown hook runs) while 64 clients have answers, new reviews and
// share links in flight. PostgreSQL keeps only committed transactions, so whatever the app writes as one
// transaction is all there or not at all; this proves the app never splits one logical write in two.
const CLIENTS = 64;
const REVIEWS = 12;

type TBody = { value?: unknown; state?: string; note?: string };
const canonical = (state: string, value: unknown, note: string | null) => `${state}|${JSON.stringify(value ?? null)}|${note ?? ""}`;

/** Answers to send, a few per question, covering the three states. */
function candidateBodies(): Map<string, TBody[]> {
  const bodies = new Map<string, TBody[]>();
  for (const { question } of listQuestions(loadQuestionnaire("backend-scaling"))) {
    if (question.type !== "single" && question.type !== "multi") continue;
    const choices = question.choices.filter((c) => !c.exclusive).map((c) => c.id);
    const list: TBody[] = choices.slice(0, 3).map((id) => ({ value: question.type === "multi" ? [id] : id }));
    if (question.allowUnknown) list.push({ state: "unknown" });
    if (question.allowNotApplicable) list.push({ state: "not-applicable" });
    bodies.set(question.id, list);
  }
  return bodies;
}

describe("the app killed with SIGKILL in the middle of writes", () => {
  let database: Awaited<ReturnType<typeof throwawayDatabase>>;
  let app: TAppServer | undefined;
  let port: number;

  beforeAll(async () => {
    database = await throwawayDatabase("faultline_kill");
    port = await freePort();
    app = await startApp({ databaseUrl: database.url, port, env: { RATE_LIMIT_MULTIPLIER: "1000" } });
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("leaves nothing half-written: every answer whole and one that was sent, every review with its owner and audit record", async () => {
    const base = app!.url;
    const reviews: TCreated[] = [];
    for (let i = 0; i < REVIEWS; i++) reviews.push(await createReview(base, `Kill review ${i}`));
    const bodies = candidateBodies();
    const questionIds = [...bodies.keys()];
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

    const sent = new Map<string, Set<string>>(); // review|question → every answer sent for it
    const acknowledged = new Set<string>(); // review|question pairs the app answered 2xx for
    const createdIds: string[] = [];
    const shareIds: string[] = [];
    let inFlight = 0;
    let completed = 0;
    let killed = false;
    let sequence = 0;

    async function client(): Promise<void> {
      while (!killed) {
        const roll = Math.random();
        inFlight += 1;
        try {
          if (roll < 0.06) {
            const created = await createReview(base, `Created under fire ${sequence++}`);
            createdIds.push(created.id);
          } else if (roll < 0.1) {
            const review = pick(reviews);
            const response = await fetch(`${base}/api/v1/assessments/${review.id}/shares`, { method: "POST", headers: { authorization: `Bearer ${review.editToken}` }, body: "{}" });
            if (response.status === 201) shareIds.push(((await response.json()) as { id: string }).id);
          } else {
            const review = pick(reviews);
            const questionId = pick(questionIds);
            const body = { ...pick(bodies.get(questionId)!), note: `writer ${sequence++}` };
            const key = `${review.id}|${questionId}`;
            if (!sent.has(key)) sent.set(key, new Set());
            sent.get(key)!.add(canonical(body.state === "not-applicable" ? "not_applicable" : (body.state ?? "answered"), body.value, body.note));
            const response = await fetch(`${base}/api/v1/assessments/${review.id}/answers/${questionId}`, {
              method: "PUT",
              headers: { authorization: `Bearer ${review.editToken}`, "content-type": "application/json" },
              body: JSON.stringify(body),
            });
            if (response.ok) acknowledged.add(key);
            else if (!killed) throw new Error(`PUT ${questionId}: ${response.status} ${await response.text()}`);
            await response.arrayBuffer().catch(() => {});
          }
          completed += 1;
        } catch (error) {
          if (!killed) throw error;
        } finally {
          inFlight -= 1;
        }
      }
    }

    const clients = Array.from({ length: CLIENTS }, () => client());
    const deadline = Date.now() + 60_000;
    while (completed < 600 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const inFlightAtKill = inFlight;
    process.kill(-app!.process.pid!, "SIGKILL");
    killed = true;
    await Promise.all(clients);
    await new Promise((resolve) => app!.process.exitCode !== null || app!.process.signalCode !== null ? resolve(null) : app!.process.once("exit", resolve));
    app = undefined;
    console.info(`killed with ${inFlightAtKill} requests in flight after ${completed} completed`);
    expect(inFlightAtKill).toBeGreaterThan(CLIENTS / 2);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const incoherent = await db.query(`
        select "assessmentId", "questionId", state, value, note, version from "Answer"
        where version < 1 or (state = 'answered') <> (value is not null) or (state = 'not_applicable' and coalesce(btrim(note), '') = '')`);
      expect(incoherent.rows).toEqual([]);

      const answers = await db.query<{ assessmentId: string; questionId: string; state: string; value: unknown; note: string | null }>(
        `select "assessmentId", "questionId", state::text, value, note from "Answer"`,
      );
      const unexpected = answers.rows.filter((row) => !sent.get(`${row.assessmentId}|${row.questionId}`)?.has(canonical(row.state, row.value, row.note)));
      expect(unexpected).toEqual([]);
      const stored = new Set(answers.rows.map((row) => `${row.assessmentId}|${row.questionId}`));
      expect([...acknowledged].filter((key) => !stored.has(key)), "acknowledged answers lost").toEqual([]);

      const partial = await db.query(`
        select a.id,
               (select count(*) from "Respondent" r where r."assessmentId" = a.id and r.kind = 'owner')::int as owners,
               (select count(*) from "AuditEvent" e where e."assessmentId" = a.id and e.action = 'assessment.created')::int as created
        from "Assessment" a`);
      expect(partial.rows.filter((row) => row.owners !== 1 || row.created !== 1)).toEqual([]);
      const allIds = new Set(partial.rows.map((row) => row.id));
      expect(createdIds.filter((id) => !allIds.has(id)), "acknowledged reviews lost").toEqual([]);

      const shares = await db.query(`
        select s.id from "Share" s
        where not exists (select 1 from "AuditEvent" e where e."assessmentId" = s."assessmentId" and e.action = 'share.created' and e.data->>'shareId' = s.id::text)
        union all
        select (e.data->>'shareId')::uuid from "AuditEvent" e
        where e.action = 'share.created' and not exists (select 1 from "Share" s where s.id::text = e.data->>'shareId')`);
      expect(shares.rows).toEqual([]);
      const shareRows = await db.query(`select id from "Share"`);
      const allShares = new Set(shareRows.rows.map((row) => row.id));
      expect(shareIds.filter((id) => !allShares.has(id)), "acknowledged share links lost").toEqual([]);
    } finally {
      await db.end();
    }

    // The restarted app serves every review as stored, and takes the next write on top of it.
    app = await startApp({ databaseUrl: database.url, port, env: { RATE_LIMIT_MULTIPLIER: "1000" } });
    for (const review of reviews) {
      const answers = await storedAnswers(app.url, review);
      const [questionId, current] = Object.entries(answers)[0] ?? [];
      if (!current) continue;
      const next = await fetch(`${app.url}/api/v1/assessments/${review.id}/answers/${questionId}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${review.editToken}`, "content-type": "application/json" },
        body: JSON.stringify({ ...bodies.get(questionId!)![0], note: "after the restart", baseVersion: current.version }),
      });
      expect(next.status).toBe(200);
      expect(((await next.json()) as { version: number }).version).toBe(current.version + 1);
    }
  });
});
