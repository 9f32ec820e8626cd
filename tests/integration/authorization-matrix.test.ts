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
import { ORIGIN, signUp } from "./auth-fixtures";
import { workspaceTeam } from "./workspace-fixtures";
import {
  ACTIONS,
  ACTORS,
  PAGES,
  reviewOutcome,
  sessionOutcome,
  workspaceOutcome,
  type TActor,
  type TOutcome,
  type TTargetKind,
} from "./authorization-matrix-spec";
import { A, MATRIX, RX_TITLE, bankFile, freshShare, linkOf, loadRoute, loaded, routeHandler, useBuiltinBank, type TCall, type TFixture, type TRow } from "./authorization-matrix-routes";

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



function credentials(f: TFixture, actor: TActor): { token?: string; cookie?: string } {
  const cookie = { viewer: f.team.viewer.cookie, consultant: f.team.consultant.cookie, owner: f.team.owner.cookie, outsiderOwner: f.outsider.cookie }[actor as string];
  return { token: linkOf(f, actor), cookie };
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
  useBuiltinBank(exported.body);

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
