import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { callRoute } from "../support/call-route";
import { PASSWORD, type TSignedIn } from "./auth-fixtures";
import type { workspaceTeam } from "./workspace-fixtures";
import { reviewOutcome, type TActor, type TCapability, type TOutcome, type TTargetKind, type TWorkspaceGate } from "./authorization-matrix-spec";

/**
 * The rows of the authorisation matrix (authorization-matrix.test.ts): one line per route file and
 * method with what it needs, its success status and a valid request, and the helpers those requests use.
 */

// Every route module, loaded by Vite from the same glob the coverage test reads from disk.
const ROUTE_MODULES = import.meta.glob<Record<string, unknown>>("/app/**/route.ts");

export type TTarget = { kind: TTargetKind; id: string; respondentId: string; findingId: string; milestones: string[] };
export type TFixture = {
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
export type TCall = { params: Record<string, string>; path?: string; body?: unknown; token?: string };

export type TGate =
  | { review: TCapability }
  | { workspace: TWorkspaceGate }
  | { session: true }
  /** Everybody alike: the outcome does not depend on who asks. */
  | { everyone: TOutcome };

export type TRow = {
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

export const A = "api/v1/assessments/[id]";
export const RX_TITLE = "Another client's review";

// One line per route file and method: what it needs, its success status, and a valid request.
export const MATRIX: Record<string, TRow> = {
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

export const loaded = new Map<string, Record<string, unknown>>();

export async function loadRoute(routePath: string): Promise<Record<string, unknown>> {
  if (!loaded.has(routePath)) {
    const loader = ROUTE_MODULES[`/app/${routePath}/route.ts`];
    if (!loader) throw new Error(`no route module app/${routePath}/route.ts`);
    loaded.set(routePath, await loader());
  }
  return loaded.get(routePath)!;
}

export type THandler = Parameters<typeof callRoute>[0];
export function routeHandler(routePath: string, method: string): THandler {
  const handler = loaded.get(routePath)?.[method];
  if (typeof handler !== "function") throw new Error(`app/${routePath}/route.ts does not export ${method} (load it first)`);
  return handler as THandler;
}

/** The running actor's credentials for each target: the owner's session on A, the edit link on S. */
export function runnerOf(f: TFixture, t: TTarget): { token?: string; headers?: Record<string, string> } {
  return t.kind === "workspace" ? { headers: { cookie: f.team.owner.cookie } } : { token: f.editToken };
}

export async function freshShare(f: TFixture, t: TTarget): Promise<{ id: string; token: string }> {
  await loadRoute(`${A}/shares`);
  const created = await callRoute(routeHandler(`${A}/shares`, "POST"), { id: t.id }, { method: "POST", body: {}, ...runnerOf(f, t) });
  expect(created.status).toBe(201);
  return created.body;
}

export async function freshRespondent(f: TFixture, t: TTarget): Promise<{ id: string; token: string }> {
  await loadRoute(`${A}/respondents`);
  const created = await callRoute(routeHandler(`${A}/respondents`, "POST"), { id: t.id }, { method: "POST", body: { name: "Rory Revocable" }, ...runnerOf(f, t) });
  expect(created.status).toBe(201);
  return created.body;
}

let builtinBank: { questionnaire: Record<string, unknown> } & Record<string, unknown>;
/** The built-in bank's export, read once by the test's set-up: imported banks are copies of it. */
export function useBuiltinBank(bank: typeof builtinBank): void {
  builtinBank = bank;
}
export function bankFile(key: string): { format: "json"; source: string } {
  return { format: "json", source: JSON.stringify({ ...builtinBank, questionnaire: { ...builtinBank.questionnaire, key, title: `Bank ${key}` } }) };
}

export function linkOf(f: TFixture, actor: TActor): string | undefined {
  return { editor: f.editToken, workspaceEditor: f.workspaceEditToken, respondent: f.respondentToken, otherRespondent: f.otherRespondentToken }[actor as string];
}
