import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as clearRoute, PUT as putRoute } from "@/app/api/v1/assessments/[id]/findings/[findingId]/review/route";
import { GET as auditRoute } from "@/app/api/v1/assessments/[id]/audit/route";
import { GET as reportRoute } from "@/app/api/v1/assessments/[id]/report/route";
import { GET as pdfRoute } from "@/app/api/v1/assessments/[id]/report.pdf/route";
import { GET as sharedReportRoute } from "@/app/api/v1/shared/[token]/report/route";
import { POST as createShareRoute } from "@/app/api/v1/assessments/[id]/shares/route";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { profileAnswers } from "@/lib/pdf/test-fixtures";
import { createToken } from "@/lib/security/tokens";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { callRoute } from "../support/call-route";
import { signUp, type TSignedIn } from "./auth-fixtures";

// Reviewer notes and severity adjustments through the API, on a consultant's review (a workspace
// review answered like the "cpu-bound-monolith" profile: a high and a low finding, overall low).

const HIGH = "load-hot-endpoint-spreads";
const LOW = "load-no-protected-paths";
const JUSTIFICATION = "We load-tested the admin export path last week; it is the real bottleneck.";

type TWorld = {
  id: string;
  editToken: string;
  owner: TSignedIn;
  consultant: TSignedIn;
  viewer: TSignedIn;
  outsider: TSignedIn;
  respondentToken: string;
};

let world: TWorld;
let dir: string;

async function member(workspaceId: string, role: "consultant" | "viewer", name: string): Promise<TSignedIn> {
  const signed = await signUp(role, name);
  await prisma.workspaceMember.create({ data: { workspaceId, userId: signed.user.id, role } });
  return signed;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "faultline-finding-reviews-"));
  const owner = await signUp("owner", "Olive Owner");
  const workspace = await createWorkspace(owner.user, { name: "Reviewers & Co" });
  const consultant = await member(workspace.id, "consultant", "Grace Hopper");
  const viewer = await member(workspace.id, "viewer", "Vic Viewer");
  const outsider = await signUp("outsider", "Otto Outsider");
  await createWorkspace(outsider.user, { name: "Elsewhere" });
  const created = await createAssessment({ title: "Northwind backend review" }, { workspaceId: workspace.id, createdById: owner.user.id });
  const ownerRespondent = await prisma.respondent.findFirstOrThrow({ where: { assessmentId: created.id, kind: "owner" } });
  await prisma.answer.createMany({
    data: Object.entries(profileAnswers("cpu-bound-monolith")).flatMap(([questionId, answer]) => (answer ? [[questionId, answer] as const] : [])).map(([questionId, answer]) => ({
      assessmentId: created.id,
      respondentId: ownerRespondent.id,
      questionId,
      state: answer.state,
      value: (answer.value ?? undefined) as Prisma.InputJsonValue | undefined,
      note: answer.note ?? null,
    })),
  });
  const { token: respondentToken, hash } = createToken("flr");
  await prisma.respondent.create({ data: { assessmentId: created.id, kind: "respondent", name: "Rita Respondent", tokenHash: hash } });
  world = { id: created.id, editToken: created.editToken, owner, consultant, viewer, outsider, respondentToken };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(findingId: string, body: unknown, auth: { cookie?: string; token?: string } = { cookie: world.consultant.cookie }) {
  return callRoute(putRoute, { id: world.id, findingId }, {
    method: "PUT",
    path: `/api/v1/assessments/${world.id}/findings/${findingId}/review`,
    body,
    token: auth.token,
    headers: auth.cookie ? { cookie: auth.cookie } : {},
  });
}

function report(cookie = world.consultant.cookie) {
  return callRoute(reportRoute, { id: world.id }, { headers: { cookie } });
}

describe("finding reviews: who may", () => {
  it("a consultant and the workspace owner may (200); a viewer and a respondent may not (403); no credentials 401; another workspace 404", async () => {
    expect((await put(LOW, { note: "Consultant's first look." })).status).toBe(200);
    expect((await put(LOW, { note: "The owner agrees." }, { cookie: world.owner.cookie })).status).toBe(200);

    const viewer = await put(LOW, { note: "Viewer tries." }, { cookie: world.viewer.cookie });
    expect(viewer.status).toBe(403);
    expect(viewer.body.detail).toMatch(/owner or consultant role/);
    const respondent = await put(LOW, { note: "Respondent tries." }, { token: world.respondentToken });
    expect(respondent.status).toBe(403);
    // The edit link does not run a review that belongs to a workspace.
    expect((await put(LOW, { note: "Editor tries." }, { token: world.editToken })).status).toBe(403);
    expect((await put(LOW, { note: "Nobody." }, {})).status).toBe(401);
    expect((await put(LOW, { note: "Outsider." }, { cookie: world.outsider.cookie })).status).toBe(404);

    const audit = (cookie: string | undefined, token?: string) =>
      callRoute(auditRoute, { id: world.id }, { token, headers: cookie ? { cookie } : {} });
    expect((await audit(world.viewer.cookie)).status).toBe(200);
    expect((await audit(undefined, world.respondentToken)).status).toBe(403);
    expect((await audit(undefined)).status).toBe(401);
    expect((await audit(world.outsider.cookie)).status).toBe(404);
    // Denied attempts stored nothing.
    const row = await prisma.findingReview.findUniqueOrThrow({ where: { assessmentId_findingId: { assessmentId: world.id, findingId: LOW } } });
    expect(row.note).toBe("The owner agrees.");
  });
});

describe("finding reviews: what is checked", () => {
  it("a severity without a justification is 422 naming the justification field; too short says how long", async () => {
    const missing = await put(HIGH, { severity: "medium" });
    expect(missing.status).toBe(422);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(missing.body.errors).toEqual([{ path: "justification", message: expect.stringMatching(/justification is required/) }]);
    const short = await put(HIGH, { severity: "medium", justification: "Because." });
    expect(short.body.errors).toEqual([{ path: "justification", message: expect.stringMatching(/at least 20 characters to justify the change \(8 so far\)/) }]);
  });

  it("the computed severity itself, a finding the report does not raise, a bad id and a bad level are 422", async () => {
    const same = await put(HIGH, { severity: "high", justification: JUSTIFICATION });
    expect(same.status).toBe(422);
    expect(same.body.errors[0]).toMatchObject({ path: "severity", message: expect.stringMatching(/already rates this finding High/) });
    const notRaised = await put("team-single-knowledge-holder", { note: "Not raised here." });
    expect(notRaised.status).toBe(422);
    expect(notRaised.body.errors[0]).toMatchObject({ path: "findingId", message: expect.stringMatching(/does not raise the finding "team-single-knowledge-holder"/) });
    expect((await put("Bad Id!", { note: "x" })).body.errors[0].path).toBe("findingId");
    expect((await put(HIGH, { severity: "severe", justification: JUSTIFICATION })).body.errors[0].path).toBe("severity");
    expect((await put(HIGH, {})).status).toBe(422);
    expect((await put(HIGH, { justification: JUSTIFICATION })).body.errors[0].path).toBe("justification");
    expect(await prisma.findingReview.count({ where: { assessmentId: world.id, findingId: { in: [HIGH, "team-single-knowledge-holder"] } } })).toBe(0);
  });
});

describe("finding reviews: stored, audited, shown", () => {
  it("adjusts a severity with its justification, audits it, guards versions, and the report, share and PDF show the reviewer's", async () => {
    const before = await report();
    expect(before.body.overall.level).toBe("low");

    const saved = await put(HIGH, { severity: "critical", justification: JUSTIFICATION, note: "Seen in the incident review.", baseVersion: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ findingId: HIGH, severity: "critical", computedSeverity: "high", justification: JUSTIFICATION, version: 1, by: { id: world.consultant.user.id, name: "Grace Hopper" } });

    // The same request again changes nothing; a stale version is a 409 with the current review.
    const again = await put(HIGH, { severity: "critical", justification: JUSTIFICATION, note: "Seen in the incident review." });
    expect(again.body.version).toBe(1);
    const stale = await put(HIGH, { note: "Based on an old copy.", baseVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 1, severity: "critical", note: "Seen in the incident review." });

    const events = await prisma.auditEvent.findMany({ where: { assessmentId: world.id, action: { startsWith: "finding-review." } }, orderBy: { createdAt: "asc" } });
    const adjusted = events.filter((e) => (e.data as { findingId: string }).findingId === HIGH);
    expect(adjusted).toHaveLength(1);
    expect(adjusted[0]).toMatchObject({
      actor: `user:${world.consultant.user.id}`,
      action: "finding-review.changed",
      data: { findingId: HIGH, computedSeverity: "high", before: { severity: null, justification: null, note: null }, after: { severity: "critical", justification: JUSTIFICATION }, by: { name: "Grace Hopper" } },
    });

    const after = await report();
    expect(after.body.findings[0]).toMatchObject({ id: HIGH, severity: "critical", computedSeverity: "high", review: { justification: JUSTIFICATION, by: { name: "Grace Hopper" } } });
    expect(after.body.overall.level).toBe("high");
    expect(after.body.overall.reasons.join(" ")).toMatch(/from the answers alone Faultline computed low/);

    const share = await callRoute(createShareRoute, { id: world.id }, { method: "POST", body: {}, headers: { cookie: world.consultant.cookie } });
    const shared = await callRoute(sharedReportRoute, { token: share.body.token });
    expect(shared.body.findings[0]).toMatchObject({ id: HIGH, severity: "critical", review: { justification: JUSTIFICATION } });

    const pdf = await callPdf();
    const text = pdfText(pdf);
    expect(text).toContain("Reviewer: Critical");
    expect(text).toContain("Computed by Faultline: High");
    expect(text).toContain(squash(JUSTIFICATION));
    expect(text).toContain("Grace Hopper");

    // The audit trail as readers see it: newest first, in words, paged with a cursor, no secrets.
    const firstPage = await callRoute(auditRoute, { id: world.id }, { path: `/api/v1/assessments/${world.id}/audit?limit=2`, headers: { cookie: world.viewer.cookie } });
    expect(firstPage.status).toBe(200);
    expect(firstPage.body.events).toHaveLength(2);
    expect(firstPage.body.events[0]).toMatchObject({ action: "share.created", actor: { kind: "member", name: "Grace Hopper" } });
    expect(firstPage.body.events[1]).toMatchObject({ action: "finding-review.changed", summary: expect.stringMatching(/set the severity to Critical \(computed: High\)/) });
    const seen = [...firstPage.body.events];
    let cursor = firstPage.body.nextCursor as string | null;
    while (cursor) {
      const page = await callRoute(auditRoute, { id: world.id }, { path: `/api/v1/assessments/${world.id}/audit?limit=2&cursor=${cursor}`, headers: { cookie: world.viewer.cookie } });
      seen.push(...page.body.events);
      cursor = page.body.nextCursor;
    }
    const all = await prisma.auditEvent.count({ where: { assessmentId: world.id } });
    expect(seen).toHaveLength(all);
    expect(new Set(seen.map((e) => e.id)).size).toBe(all);
    expect(seen.map((e) => e.at)).toEqual([...seen.map((e) => e.at)].sort().reverse());
    expect(JSON.stringify(seen)).not.toMatch(/tokenHash|fls_|flr_|fle_/);
    const badCursor = await callRoute(auditRoute, { id: world.id }, { path: `/api/v1/assessments/${world.id}/audit?cursor=nonsense`, headers: { cookie: world.viewer.cookie } });
    expect(badCursor.status).toBe(422);
    expect(badCursor.body.errors[0].path).toBe("cursor");

    // Clearing: stale version refused, then cleared and audited; the report is Faultline's again.
    const clear = (baseVersion: number) =>
      callRoute(clearRoute, { id: world.id, findingId: HIGH }, { method: "DELETE", path: `/api/v1/assessments/${world.id}/findings/${HIGH}/review?baseVersion=${baseVersion}`, headers: { cookie: world.consultant.cookie } });
    expect((await clear(0)).status).toBe(409);
    const cleared = await clear(1);
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ severity: null, note: null, justification: null, version: 2 });
    expect(await prisma.auditEvent.count({ where: { assessmentId: world.id, action: "finding-review.cleared" } })).toBe(1);
    const restored = await report();
    expect(restored.body.findings[0]).toMatchObject({ id: HIGH, severity: "high" });
    expect(restored.body.findings[0].review).toBeUndefined();
    expect(restored.body.overall.level).toBe("low");
  });

  it("two reviewers saving from the same version at once: one wins, the other gets 409, nothing is lost", async () => {
    const base = (await prisma.findingReview.findUnique({ where: { assessmentId_findingId: { assessmentId: world.id, findingId: LOW } } }))?.version ?? 0;
    const [a, b] = await Promise.all([
      put(LOW, { note: "Grace's note.", baseVersion: base }),
      put(LOW, { note: "Olive's note.", baseVersion: base }, { cookie: world.owner.cookie }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const row = await prisma.findingReview.findUniqueOrThrow({ where: { assessmentId_findingId: { assessmentId: world.id, findingId: LOW } } });
    expect(row.note).toBe(winner.body.note);
    expect(row.version).toBe(base + 1);
  });
});

async function callPdf(): Promise<string> {
  const response = await pdfRoute(new Request(`http://localhost/api/v1/assessments/${world.id}/report.pdf`, { headers: { cookie: world.consultant.cookie } }), {
    params: Promise.resolve({ id: world.id }),
  });
  expect(response.status).toBe(200);
  const file = path.join(dir, "reviewed.pdf");
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function pdfText(file: string): string {
  return squash(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8").replace(/-\n/g, ""));
}
