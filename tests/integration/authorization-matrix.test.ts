import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, dbPool } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { profileAnswers } from "@/lib/pdf/test-fixtures";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { callRoute } from "../support/call-route";
import { callAnyRoute } from "../support/call-any-route";
import { ORIGIN, PASSWORD, signUp, type TSignedIn } from "./auth-fixtures";
import { workspaceTeam } from "./workspace-fixtures";
import {
  ACTIONS,
  ACTORS,
  PAGES,
  reviewOutcome,
  sessionOutcome,
  workspaceOutcome,
  type TActor,
  type TCapability,
  type TOutcome,
  type TTargetKind,
  type TWorkspaceGate,
} from "./authorization-matrix-spec";

/**
 * The authorisation matrix (issue 6): every API route file and method, called in-process as Next would,
 * by every actor of authorization-matrix-spec.ts, on a consultant's review (A, in workspace W) and on a
 * self-serve review (S). A granted call must get the route's own success status with a valid request;
 * a denied one the exact 401/403/404, must change nothing in the database, and a 404 must read exactly
 * like the 404 for a review or workspace that does not exist. A route file or method that is not in
 * the table below fails the first test, so a new route cannot be left out.
 */

const APP = path.join(process.cwd(), "app");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type TMethod = (typeof HTTP_METHODS)[number];

// Every route module, loaded by Vite from the same glob the coverage test reads from disk.
const ROUTE_MODULES = import.meta.glob<Record<string, unknown>>("/app/**/route.ts");

type TTarget = { kind: TTargetKind; id: string; respondentId: string; findingId: string; milestones: string[] };
type TFixture = {
  team: Awaited<ReturnType<typeof workspaceTeam>>;
  outsider: TSignedIn;
  workspaceId: string;
  bankId: string;
  editToken: string;
  workspaceEditToken: string;
  respondentToken: string;
  otherRespondentToken: string;
  targets: Record<TTargetKind, TTarget>;
  shareToken: string;
  revokedShareToken: string;
  authEmail: string;
};

/** What a call sends beyond the actor's credentials. `token` replaces the actor's link (claim carries the review's own). */
type TCall = { params: Record<string, string>; path?: string; body?: unknown; token?: string };

type TGate =
  | { review: TCapability }
  | { workspace: TWorkspaceGate }
  | { session: true }
  /** Everybody alike: the outcome does not depend on who asks. */
  | { everyone: TOutcome };

type TRow = {
  gate: TGate;
  /** The status a granted call gets (the route's success); a list where it depends on the stored state. */
  ok: number | number[];
  /** Review routes are tried on A and S; other routes once. */
  call: (f: TFixture, target: TTarget, actor: TActor) => TCall | Promise<TCall>;
  /** Per-actor exceptions to the gate, each with its reason. */
  except?: Partial<Record<TActor, TOutcome>>;
  /** The same request on something that does not exist, for comparing 404s (default: a random review or workspace id). */
  unknown?: (call: TCall) => TCall;
  /** Tried on A and S although not gated by a review capability. */
  bothTargets?: true;
  /** Checked after a granted call. */
  after?: (response: { status: number; body: any; headers: Headers }, actor: TActor, target: TTarget) => void | Promise<void>;
};

const A = "api/v1/assessments/[id]";
const RX_TITLE = "Another client's review";

// One line per route file and method: what it needs, its success status, and a valid request.
const MATRIX: Record<string, TRow> = {
  "api/[...path] GET": { gate: { everyone: 404 }, ok: 404, call: () => ({ params: { path: ["v1", "nothing-here"] } as never, path: "/api/v1/nothing-here" }) },
  "api/[...path] POST": { gate: { everyone: 404 }, ok: 404, call: () => ({ params: { path: ["v1", "nothing-here"] } as never, path: "/api/v1/nothing-here", body: {} }) },
  "api/[...path] PUT": { gate: { everyone: 404 }, ok: 404, call: () => ({ params: { path: ["v1", "nothing-here"] } as never, path: "/api/v1/nothing-here", body: {} }) },
  "api/[...path] PATCH": { gate: { everyone: 404 }, ok: 404, call: () => ({ params: { path: ["v1", "nothing-here"] } as never, path: "/api/v1/nothing-here", body: {} }) },
  "api/[...path] DELETE": { gate: { everyone: 404 }, ok: 404, call: () => ({ params: { path: ["v1", "nothing-here"] } as never, path: "/api/v1/nothing-here" }) },
  // better-auth's own endpoints: open to everyone by design (they are how one gets a session).
  "api/auth/[...all] GET": { gate: { everyone: "granted" }, ok: 200, call: () => ({ params: { all: ["ok"] } as never, path: "/api/auth/ok" }) },
  "api/auth/[...all] POST": {
    gate: { everyone: "granted" },
    ok: 200,
    call: (f) => ({ params: { all: ["sign-in", "email"] } as never, path: "/api/auth/sign-in/email", body: { email: f.authEmail, password: PASSWORD } }),
  },
  "api/v1/health GET": { gate: { everyone: "granted" }, ok: 200, call: () => ({ params: {} }) },
  "api/v1/live GET": { gate: { everyone: "granted" }, ok: 200, call: () => ({ params: {} }) },
  "api/v1/ready GET": { gate: { everyone: "granted" }, ok: 200, call: () => ({ params: {} }) },
  "api/v1/metrics GET": { gate: { everyone: "granted" }, ok: 200, call: () => ({ params: {} }) },
  "api/v1/questionnaires/[key] GET": { gate: { everyone: "granted" }, ok: 200, call: () => ({ params: { key: "backend-scaling" } }) },
  "api/v1/questionnaires/[key]/export GET": { gate: { everyone: "granted" }, ok: 200, call: () => ({ params: { key: "backend-scaling" } }) },
  // Anyone may start a self-serve review (rate limited per client and globally).
  "api/v1/assessments POST": { gate: { everyone: "granted" }, ok: 201, call: () => ({ params: {}, body: { title: "Started by anyone" } }) },
  // The share link itself is the credential: whoever holds a live one reads; other credentials change nothing.
  "api/v1/shared/[token]/report GET": { gate: { everyone: "granted" }, ok: 200, call: (f) => ({ params: { token: f.shareToken } }) },
  "api/v1/shared/[token]/report.pdf GET": { gate: { everyone: "granted" }, ok: 200, call: (f) => ({ params: { token: f.shareToken } }) },
  // The private link's landing: always a redirect; only a link that opens the review sets its cookie.
  "reviews/[id]/open GET": {
    gate: { everyone: "granted" },
    ok: 303,
    call: (f, t, actor) => ({ params: { id: t.id }, path: `/reviews/${t.id}/open?token=${encodeURIComponent(linkOf(f, actor) ?? "")}` }),
    bothTargets: true,
    after: (response, actor, target) => {
      const opens = reviewOutcome(actor, target.kind, "answer") === "granted";
      expect(response.headers.get("location")).toBe(`/reviews/${target.id}`);
      expect(response.headers.getSetCookie().length, `cookie set for ${actor} on ${target.kind}`).toBe(opens ? 1 : 0);
    },
  },

  // Answering: the editor and invited respondents, each their own answers.
  [`${A} GET`]: { gate: { review: "answer" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  // 201 when it creates the actor's answer (R has none yet), 200 when it changes one (the owners' are pre-filled).
  [`${A}/answers/[questionId] PUT`]: { gate: { review: "answer" }, ok: [201, 200], call: (_f, t) => ({ params: { id: t.id, questionId: "context.stage" }, body: { value: "mature" } }) },
  [`${A}/answers/[questionId] DELETE`]: { gate: { review: "answer" }, ok: 204, call: (_f, t) => ({ params: { id: t.id, questionId: "context.team-size" } }) },
  // Claim takes the review's edit link AND a signed-in owner or consultant of the target workspace.
  [`${A}/claim POST`]: {
    gate: { workspace: "run" },
    ok: 200,
    call: async (f) => {
      const fresh = await callRoute(routeHandler("api/v1/assessments", "POST"), {}, { method: "POST", body: { title: "Claim me" } });
      return { params: { id: fresh.body.id }, token: fresh.body.editToken, body: { workspaceId: f.workspaceId } };
    },
    unknown: (call) => ({ ...call, body: { workspaceId: randomUUID() } }),
  },

  // Reading: the editor and every member.
  [`${A}/report GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/report.pdf GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/export GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id }, path: `/api/v1/assessments/${t.id}/export?format=csv` }) },
  [`${A}/progress GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/audit GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/respondents GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/consolidation GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/milestones GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/milestones/[number] GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id, number: "1" } }) },
  [`${A}/milestones/[number]/report.pdf GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id, number: "1" } }) },
  [`${A}/compare GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/compare.pdf GET`]: { gate: { review: "read" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },

  // Sharing: the editor, owners and consultants.
  [`${A}/shares GET`]: { gate: { review: "share" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/shares POST`]: { gate: { review: "share" }, ok: 201, call: (_f, t) => ({ params: { id: t.id }, body: { expiresInDays: 7 } }) },
  [`${A}/shares/[shareId] DELETE`]: {
    gate: { review: "share" },
    ok: 204,
    call: async (f, t) => ({ params: { id: t.id, shareId: (await freshShare(f, t)).id } }),
  },

  // Running the review: owners and consultants; the editor on a self-serve review.
  [`${A}/respondents POST`]: { gate: { review: "run" }, ok: 201, call: (_f, t) => ({ params: { id: t.id }, body: { name: "Nina New", role: "Engineer" } }) },
  [`${A}/respondents/[respondentId] PATCH`]: { gate: { review: "run" }, ok: 200, call: (_f, t) => ({ params: { id: t.id, respondentId: t.respondentId }, body: { role: "Staff engineer" } }) },
  [`${A}/respondents/[respondentId] DELETE`]: {
    gate: { review: "run" },
    ok: 204,
    call: async (f, t) => ({ params: { id: t.id, respondentId: (await freshRespondent(f, t)).id } }),
  },
  [`${A}/findings/[findingId]/review PUT`]: { gate: { review: "run" }, ok: 200, call: (_f, t) => ({ params: { id: t.id, findingId: t.findingId }, body: { note: "Seen in the load test." } }) },
  [`${A}/findings/[findingId]/review DELETE`]: { gate: { review: "run" }, ok: 200, call: (_f, t) => ({ params: { id: t.id, findingId: t.findingId } }) },
  // 201 when it records the first agreed answer, 200 when a later call changes it.
  [`${A}/agreed-answers/[questionId] PUT`]: { gate: { review: "run" }, ok: [201, 200], call: (_f, t) => ({ params: { id: t.id, questionId: "context.stage" }, body: { value: "scaling", note: "Agreed in the session." } }) },
  [`${A}/agreed-answers/[questionId] DELETE`]: { gate: { review: "run" }, ok: 204, call: (_f, t) => ({ params: { id: t.id, questionId: "context.services" } }) },
  [`${A}/presenter GET`]: { gate: { review: "run" }, ok: 200, call: (_f, t) => ({ params: { id: t.id } }) },
  [`${A}/milestones POST`]: { gate: { review: "run" }, ok: 201, call: (_f, t) => ({ params: { id: t.id }, body: { label: "Matrix milestone" } }) },
  [`${A}/re-review POST`]: { gate: { review: "run" }, ok: 201, call: (_f, t) => ({ params: { id: t.id }, body: { title: "Matrix re-review" } }) },

  // Workspace routes (W): any member reads; owners and consultants start reviews and import banks.
  "api/v1/workspaces/[workspaceId]/assessments GET": { gate: { workspace: "member" }, ok: 200, call: (f) => ({ params: { workspaceId: f.workspaceId } }) },
  "api/v1/workspaces/[workspaceId]/assessments POST": { gate: { workspace: "run" }, ok: 201, call: (f) => ({ params: { workspaceId: f.workspaceId }, body: { title: "Started in the matrix" } }) },
  "api/v1/workspaces/[workspaceId]/banks GET": { gate: { workspace: "member" }, ok: 200, call: (f) => ({ params: { workspaceId: f.workspaceId } }) },
  "api/v1/workspaces/[workspaceId]/banks POST": { gate: { workspace: "run" }, ok: 201, call: (f) => ({ params: { workspaceId: f.workspaceId }, body: bankFile(`matrix-${randomUUID().slice(0, 8)}`) }) },
  "api/v1/workspaces/[workspaceId]/banks/[bankId]/export GET": { gate: { workspace: "member" }, ok: 200, call: (f) => ({ params: { workspaceId: f.workspaceId, bankId: f.bankId } }) },
};

// ---------------------------------------------------------------------------------------------------

function routeFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" || entry.name === "page.tsx" ? [path.relative(APP, full).split(path.sep).join("/")] : [];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const loaded = new Map<string, Record<string, unknown>>();

async function loadRoute(routePath: string): Promise<Record<string, unknown>> {
  if (!loaded.has(routePath)) {
    const loader = ROUTE_MODULES[`/app/${routePath}/route.ts`];
    if (!loader) throw new Error(`no route module app/${routePath}/route.ts`);
    loaded.set(routePath, await loader());
  }
  return loaded.get(routePath)!;
}

type THandler = Parameters<typeof callRoute>[0];
function routeHandler(routePath: string, method: string): THandler {
  const handler = loaded.get(routePath)?.[method];
  if (typeof handler !== "function") throw new Error(`app/${routePath}/route.ts does not export ${method} (load it first)`);
  return handler as THandler;
}

function linkOf(f: TFixture, actor: TActor): string | undefined {
  return { editor: f.editToken, workspaceEditor: f.workspaceEditToken, respondent: f.respondentToken, otherRespondent: f.otherRespondentToken }[actor as string];
}

function credentials(f: TFixture, actor: TActor): { token?: string; cookie?: string } {
  const cookie = { viewer: f.team.viewer.cookie, consultant: f.team.consultant.cookie, owner: f.team.owner.cookie, outsiderOwner: f.outsider.cookie }[actor as string];
  return { token: linkOf(f, actor), cookie };
}

/** The running actor's credentials for each target: the owner's session on A, the edit link on S. */
function runnerOf(f: TFixture, t: TTarget): { token?: string; headers?: Record<string, string> } {
  return t.kind === "workspace" ? { headers: { cookie: f.team.owner.cookie } } : { token: f.editToken };
}

async function freshShare(f: TFixture, t: TTarget): Promise<{ id: string; token: string }> {
  await loadRoute(`${A}/shares`);
  const created = await callRoute(routeHandler(`${A}/shares`, "POST"), { id: t.id }, { method: "POST", body: {}, ...runnerOf(f, t) });
  expect(created.status).toBe(201);
  return created.body;
}

async function freshRespondent(f: TFixture, t: TTarget): Promise<{ id: string; token: string }> {
  await loadRoute(`${A}/respondents`);
  const created = await callRoute(routeHandler(`${A}/respondents`, "POST"), { id: t.id }, { method: "POST", body: { name: "Rory Revocable" }, ...runnerOf(f, t) });
  expect(created.status).toBe(201);
  return created.body;
}

let builtinBank: { questionnaire: Record<string, unknown> } & Record<string, unknown>;
function bankFile(key: string): { format: "json"; source: string } {
  return { format: "json", source: JSON.stringify({ ...builtinBank, questionnaire: { ...builtinBank.questionnaire, key, title: `Bank ${key}` } }) };
}

/**
 * Every row of the tables a request could change, hashed: a denied request must leave it identical.
 * (Sessions and rate-limit counters are left out: reading a session may refresh it.)
 */
const WATCHED = ["Assessment", "Respondent", "Answer", "AgreedAnswer", "FindingReview", "Milestone", "Share", "AuditEvent", "QuestionnaireVersion", "Workspace", "WorkspaceMember", "WorkspaceInvitation"];
async function databaseState(): Promise<Record<string, string>> {
  const sql = WATCHED.map((table) => `select '${table}' as "table", count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as "hash" from "${table}" t`).join(" union all ");
  const { rows } = await dbPool().query<{ table: string; hash: string }>(sql);
  return Object.fromEntries(rows.map((row) => [row.table, row.hash]));
}

/** A 404's body without what differs per request, to compare "exists but not yours" with "does not exist". */
function problemShape(body: any) {
  const { requestId: _requestId, instance: _instance, ...rest } = body ?? {};
  return rest;
}

function expectedFor(row: TRow, actor: TActor, target: TTargetKind): TOutcome {
  if (row.except?.[actor] !== undefined) return row.except[actor]!;
  const gate = row.gate;
  if ("review" in gate) return reviewOutcome(actor, target, gate.review);
  if ("workspace" in gate) return workspaceOutcome(actor, gate.workspace);
  if ("session" in gate) return sessionOutcome(actor);
  return gate.everyone;
}

// ---------------------------------------------------------------------------------------------------

let f: TFixture;

async function seedAnswers(assessmentId: string) {
  const owner = await prisma.respondent.findFirstOrThrow({ where: { assessmentId, kind: "owner" } });
  await prisma.answer.createMany({
    data: Object.entries(profileAnswers("cpu-bound-monolith")).flatMap(([questionId, answer]) =>
      answer ? [{ assessmentId, respondentId: owner.id, questionId, state: answer.state, value: (answer.value ?? undefined) as Prisma.InputJsonValue | undefined, note: answer.note ?? null }] : [],
    ),
  });
}

beforeAll(async () => {
  const team = await workspaceTeam("Matrix Consulting");
  const outsider = await signUp("outsider", "Otto Outsider");
  const elsewhere = await createWorkspace(outsider.user, { name: "Elsewhere Partners" });
  const authUser = await signUp("signs-in", "Sam Signin");

  for (const file of ["api/v1/workspaces/[workspaceId]/assessments", "api/v1/assessments", `${A}/respondents`, `${A}/milestones`, "api/v1/questionnaires/[key]/export", "api/v1/workspaces/[workspaceId]/banks", `${A}/report`]) {
    await loadRoute(file);
  }
  const exported = await callRoute(routeHandler("api/v1/questionnaires/[key]/export", "GET"), { key: "backend-scaling" });
  expect(exported.status).toBe(200);
  builtinBank = exported.body;

  // A: the consultant's review in W, a re-review of an earlier one (so it has an edit link, for the
  // workspace editor), with respondent R and a second respondent to edit.
  const earlier = await callRoute(routeHandler("api/v1/workspaces/[workspaceId]/assessments", "POST"), { workspaceId: team.workspace.id }, { method: "POST", body: { title: "Northwind backend review, 2026" }, headers: { cookie: team.consultant.cookie } });
  expect(earlier.status, JSON.stringify(earlier.body)).toBe(201);
  await seedAnswers(earlier.body.id);
  expect((await callRoute(routeHandler(`${A}/milestones`, "POST"), { id: earlier.body.id }, { method: "POST", body: {}, headers: { cookie: team.consultant.cookie } })).status).toBe(201);
  await loadRoute(`${A}/re-review`);
  const a = await callRoute(routeHandler(`${A}/re-review`, "POST"), { id: earlier.body.id }, { method: "POST", body: { title: "Northwind backend review" }, headers: { cookie: team.consultant.cookie } });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  expect(a.body.workspaceId).toBe(team.workspace.id);
  const invite = (id: string, auth: { token?: string; headers?: Record<string, string> }, name: string) =>
    callRoute(routeHandler(`${A}/respondents`, "POST"), { id }, { method: "POST", body: { name }, ...auth });
  const r = await invite(a.body.id, { headers: { cookie: team.consultant.cookie } }, "Rita Respondent");
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const aSecond = await invite(a.body.id, { headers: { cookie: team.consultant.cookie } }, "Sid Second");

  // X: another workspace's review, with its respondent RX.
  const x = await callRoute(routeHandler("api/v1/workspaces/[workspaceId]/assessments", "POST"), { workspaceId: elsewhere.id }, { method: "POST", body: { title: RX_TITLE }, headers: { cookie: outsider.cookie } });
  expect(x.status).toBe(201);
  const rx = await invite(x.body.id, { headers: { cookie: outsider.cookie } }, "Rex Elsewhere");
  expect(rx.status).toBe(201);

  // S: a self-serve review and its edit link; the editor runs it, so it may invite too.
  const s = await callRoute(routeHandler("api/v1/assessments", "POST"), {}, { method: "POST", body: { title: "Self-serve review" } });
  expect(s.status).toBe(201);
  const sSecond = await invite(s.body.id, { token: s.body.editToken }, "Sue Second");
  expect(sSecond.status).toBe(201);

  await seedAnswers(s.body.id);
  const publish = (id: string, auth: { token?: string; headers?: Record<string, string> }, label: string) =>
    callRoute(routeHandler(`${A}/milestones`, "POST"), { id }, { method: "POST", body: { label }, ...auth });
  for (const label of ["First", "Second"]) {
    expect((await publish(a.body.id, { headers: { cookie: team.consultant.cookie } }, label)).status).toBe(201);
    expect((await publish(s.body.id, { token: s.body.editToken }, label)).status).toBe(201);
  }
  const report = await callRoute(routeHandler(`${A}/report`, "GET"), { id: a.body.id }, { headers: { cookie: team.owner.cookie } });
  const findingId: string = report.body.findings[0].id;

  const bank = await callRoute(routeHandler("api/v1/workspaces/[workspaceId]/banks", "POST"), { workspaceId: team.workspace.id }, { method: "POST", body: bankFile("matrix-fixture"), headers: { cookie: team.owner.cookie } });
  expect(bank.status, JSON.stringify(bank.body)).toBe(201);

  const milestonesOf = async (id: string) => (await prisma.milestone.findMany({ where: { assessmentId: id }, select: { id: true }, orderBy: { number: "asc" } })).map((m) => m.id);
  f = {
    team,
    outsider,
    workspaceId: team.workspace.id,
    bankId: bank.body.id,
    editToken: s.body.editToken,
    workspaceEditToken: a.body.editToken,
    respondentToken: r.body.token,
    otherRespondentToken: rx.body.token,
    targets: {
      workspace: { kind: "workspace", id: a.body.id, respondentId: aSecond.body.id, findingId, milestones: await milestonesOf(a.body.id) },
      "self-serve": { kind: "self-serve", id: s.body.id, respondentId: sSecond.body.id, findingId, milestones: await milestonesOf(s.body.id) },
    },
    shareToken: "",
    revokedShareToken: "",
    authEmail: authUser.email,
  };
  await loadRoute(`${A}/shares`);
  f.shareToken = (await freshShare(f, f.targets.workspace)).token;
});

// ---------------------------------------------------------------------------------------------------

describe("the authorisation matrix", () => {
  it("covers every route file and method, and every page, under app/", async () => {
    const files = routeFiles();
    const missing: string[] = [];
    for (const file of files.filter((name) => name.endsWith("route.ts"))) {
      const routePath = file.replace(/\/?route\.ts$/, "");
      const module = await loadRoute(routePath);
      for (const method of HTTP_METHODS) {
        if (typeof module[method] === "function" && !MATRIX[`${routePath} ${method}`]) missing.push(`app/${file} ${method}`);
      }
    }
    for (const file of files.filter((name) => name.endsWith("page.tsx"))) {
      if (!PAGES[file]) missing.push(`app/${file} (page: add it to PAGES in tests/integration/authorization-matrix-spec.ts)`);
    }
    expect(missing, `not in the authorisation matrix (tests/integration/authorization-matrix.test.ts MATRIX): ${missing.join(", ")}`).toEqual([]);

    // And nothing in the tables that no longer exists.
    const stale = [
      ...Object.keys(MATRIX).filter((key) => {
        const [routePath, method] = key.split(" ");
        return !files.includes(`${routePath}/route.ts`) || typeof loaded.get(routePath)?.[method] !== "function";
      }),
      ...Object.keys(PAGES).filter((page) => !files.includes(page)),
    ];
    expect(stale, "in the matrix but not in app/").toEqual([]);
  });

  it("covers every server action (every export of a \"use server\" file)", () => {
    const all = ["lib", "app", "components"].flatMap((dir) => sourceFiles(path.join(process.cwd(), dir)));
    const files = all.filter((file) => /^\s*["']use server["'];?\s*$/m.test(readFileSync(file, "utf8").split("\n").slice(0, 5).join("\n")));
    // An action declared inside a component or page ("use server" in a function body) would escape the table.
    const inline = all.filter((file) => !files.includes(file) && /["']use server["']/.test(readFileSync(file, "utf8")));
    expect(inline, "inline server actions: move them to an actions file listed in ACTIONS").toEqual([]);
    expect(files.length, "no server action files found: has the layout changed?").toBeGreaterThan(0);
    const actions = files.flatMap((file) => {
      const relative = path.relative(process.cwd(), file).split(path.sep).join("/");
      return [...readFileSync(file, "utf8").matchAll(/^export\s+(?:async\s+)?(?:function\s+|const\s+)(\w+)/gm)].map((match) => `${relative} ${match[1]}`);
    });
    const missing = actions.filter((action) => !ACTIONS[action]);
    expect(missing, `server actions not in ACTIONS (tests/integration/authorization-matrix-spec.ts): ${missing.join(", ")}`).toEqual([]);
    expect(Object.keys(ACTIONS).filter((action) => !actions.includes(action)), "in ACTIONS but not exported by any \"use server\" file").toEqual([]);
  });

  for (const [key, row] of Object.entries(MATRIX)) {
    const [routePath, method] = key.split(" ");
    const targets: TTargetKind[] = "review" in row.gate || row.bothTargets ? ["workspace", "self-serve"] : ["workspace"];
    it(`${method} /${routePath}`, async () => {
      const handler = (await loadRoute(routePath), routeHandler(routePath, method));
      const failures: string[] = [];
      for (const targetKind of targets) {
        for (const actor of ACTORS) {
          const target = f.targets[targetKind];
          const call = await row.call(f, target, actor);
          const creds = credentials(f, actor);
          const headers: Record<string, string> = { origin: ORIGIN, ...(creds.cookie ? { cookie: creds.cookie } : {}) };
          const token = call.token ?? creds.token;
          const init = { method, path: call.path ?? `/${routePath}`, body: call.body, token, headers };
          const expected = expectedFor(row, actor, targetKind);
          const before = expected === "granted" ? null : await databaseState();
          const response = await callAnyRoute(handler, call.params, init).catch((error: unknown) => ({ status: -1, body: String(error), headers: new Headers() }));
          const want = expected === "granted" ? row.ok : expected;
          const where = `${actor} on ${targetKind === "workspace" ? "A (workspace review)" : "S (self-serve review)"}`;
          if (Array.isArray(want) ? !want.includes(response.status) : response.status !== want) {
            failures.push(`${where}: expected ${want}, got ${response.status} ${JSON.stringify(response.body)?.slice(0, 200)}`);
            continue;
          }
          if (expected === "granted") {
            try {
              await row.after?.(response, actor, target);
            } catch (error) {
              failures.push(`${where}: ${String(error).split("\n")[0]}`);
            }
            continue;
          }
          if (typeof response.body === "object" && response.headers.get("content-type") !== "application/problem+json") {
            failures.push(`${where}: a ${want} without problem+json`);
          }
          const after = await databaseState();
          if (JSON.stringify(after) !== JSON.stringify(before)) {
            const changed = Object.keys(after).filter((table) => after[table] !== before![table]);
            failures.push(`${where}: denied with ${want} but changed ${changed.join(", ")}`);
          }
          if (want === 404 && !("everyone" in row.gate)) {
            // The same request, on an id that does not exist: the answer must not tell them apart.
            let other: TCall;
            if (row.unknown) other = row.unknown(call);
            else if ("workspace" in row.gate) other = { ...call, params: { ...call.params, workspaceId: randomUUID() } };
            else other = { ...call, params: { ...call.params, id: randomUUID() } };
            let path = init.path;
            for (const [name, value] of Object.entries(call.params)) if (typeof value === "string") path = path.replace(value, other.params[name]);
            const unknown = await callAnyRoute(handler, other.params, { ...init, path, body: other.body });
            if (unknown.status !== 404 || JSON.stringify(problemShape(unknown.body)) !== JSON.stringify(problemShape(response.body))) {
              failures.push(`${where}: 404 differs from a nonexistent one: ${JSON.stringify(problemShape(response.body))} vs ${unknown.status} ${JSON.stringify(problemShape(unknown.body))}`);
            }
          }
        }
      }
      expect(failures, failures.join("\n")).toEqual([]);
    });
  }
});
