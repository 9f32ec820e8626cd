import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { PUT as putAnswerRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as compareRoute } from "@/app/api/v1/assessments/[id]/compare/route";
import { GET as comparePdfRoute } from "@/app/api/v1/assessments/[id]/compare.pdf/route";
import { GET as milestoneRoute } from "@/app/api/v1/assessments/[id]/milestones/[number]/route";
import { GET as milestonePdfRoute } from "@/app/api/v1/assessments/[id]/milestones/[number]/report.pdf/route";
import { GET as listRoute, POST as publishRoute } from "@/app/api/v1/assessments/[id]/milestones/route";
import { POST as reReviewRoute } from "@/app/api/v1/assessments/[id]/re-review/route";
import { GET as reportRoute } from "@/app/api/v1/assessments/[id]/report/route";
import { GET as reportPdfRoute } from "@/app/api/v1/assessments/[id]/report.pdf/route";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { profileAnswers } from "@/lib/pdf/test-fixtures";
import type { TScoringAnswers } from "@/lib/scoring/scoring-answers";
import { createToken } from "@/lib/security/tokens";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { callRoute } from "../support/call-route";
import { signUp, type TSignedIn } from "./auth-fixtures";
import { workspaceTeam, type TWorkspaceTeam } from "./workspace-fixtures";

// Milestones, re-reviews and comparisons through the API, on a consultant's review answered like the
// "fintech-fragile-foundations" profile, re-reviewed and re-answered like "healthy-routine-checkup".

type TAuth = { cookie?: string; token?: string };

let team: TWorkspaceTeam;
let outsider: TSignedIn;
let dir: string;

async function workspaceReview(title: string, profile: string): Promise<{ id: string; editToken: string; respondentToken: string }> {
  const created = await createAssessment({ title, organization: "Northwind Invoicing" }, { workspaceId: team.workspace.id, createdById: team.consultant.user.id });
  const answers = profileAnswers(profile);
  // A note too, so pre-filling can be seen to carry notes.
  await replaceOwnerAnswers(created.id, { ...answers, "context.stage": { ...answers["context.stage"]!, note: "Series B, 40 engineers" } });
  const { token, hash } = createToken("flr");
  await prisma.respondent.create({ data: { assessmentId: created.id, kind: "respondent", name: "Rita Respondent", tokenHash: hash } });
  return { id: created.id, editToken: created.editToken, respondentToken: token };
}

async function replaceOwnerAnswers(assessmentId: string, answers: TScoringAnswers) {
  const owner = await prisma.respondent.findFirstOrThrow({ where: { assessmentId, kind: "owner" } });
  await prisma.answer.deleteMany({ where: { respondentId: owner.id } });
  await prisma.answer.createMany({
    data: Object.entries(answers).flatMap(([questionId, answer]) =>
      answer
        ? [{ assessmentId, respondentId: owner.id, questionId, state: answer.state, value: (answer.value ?? undefined) as Prisma.InputJsonValue | undefined, note: answer.note ?? null }]
        : [],
    ),
  });
}

const headersFor = (auth: TAuth): Record<string, string> => (auth.cookie ? { cookie: auth.cookie } : {});

function publish(id: string, auth: TAuth, body: unknown = {}) {
  return callRoute(publishRoute, { id }, { method: "POST", path: `/api/v1/assessments/${id}/milestones`, body, token: auth.token, headers: headersFor(auth) });
}
function compare(id: string, auth: TAuth, query = "") {
  return callRoute(compareRoute, { id }, { path: `/api/v1/assessments/${id}/compare${query}`, token: auth.token, headers: headersFor(auth) });
}
function reReview(id: string, auth: TAuth, body: unknown = {}) {
  return callRoute(reReviewRoute, { id }, { method: "POST", path: `/api/v1/assessments/${id}/re-review`, body, token: auth.token, headers: headersFor(auth) });
}
function milestone(id: string, number: string, auth: TAuth) {
  return callRoute(milestoneRoute, { id, number }, { path: `/api/v1/assessments/${id}/milestones/${number}`, token: auth.token, headers: headersFor(auth) });
}
async function pdf<P>(handler: (r: Request, c: { params: Promise<P> }) => Promise<Response>, params: P, url: string, auth: TAuth) {
  const headers: Record<string, string> = { ...headersFor(auth) };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const response = await handler(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve(params) });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}
function pdfText(bytes: Buffer, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"]).toString();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "faultline-milestones-"));
  team = await workspaceTeam("Milestone Partners");
  outsider = await signUp("outsider", "Otto Outsider");
  await createWorkspace(outsider.user, { name: "Elsewhere Ltd" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("publishing milestones", () => {
  it("numbers five simultaneous publishes 1 to 5, each audited, and marks the review published", async () => {
    const review = await workspaceReview("Concurrent publishing", "fintech-fragile-foundations");
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => publish(review.id, { cookie: team.consultant.cookie }, { label: `Attempt ${i}` })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(results.map((r) => r.body.number).sort()).toEqual([1, 2, 3, 4, 5]);
    const rows = await prisma.milestone.findMany({ where: { assessmentId: review.id }, orderBy: { number: "asc" } });
    expect(rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.every((row) => row.publishedByName === "Carla Consultant" && row.publishedById === team.consultant.user.id)).toBe(true);
    const audits = await prisma.auditEvent.findMany({ where: { assessmentId: review.id, action: "milestone.published" } });
    expect(audits.map((a) => (a.data as { number: number }).number).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(audits.every((a) => a.actor === `user:${team.consultant.user.id}`)).toBe(true);
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: review.id } })).status).toBe("published");

    const list = await callRoute(listRoute, { id: review.id }, { headers: { cookie: team.viewer.cookie } });
    expect(list.status).toBe(200);
    expect(list.body.milestones.map((m: { number: number }) => m.number)).toEqual([5, 4, 3, 2, 1]);
    expect(list.body.milestones[0].overall.level).toBe(rows[0].report && (rows[0].report as { report: { overall: { level: string } } }).report.overall.level);
  });

  it("gives a default label, refuses a bad one with 422, and needs the run capability", async () => {
    const review = await workspaceReview("Who may publish", "fintech-fragile-foundations");
    expect((await publish(review.id, {})).status).toBe(401);
    expect((await publish(review.id, { cookie: outsider.cookie })).status).toBe(404);
    expect((await publish(review.id, { token: review.respondentToken })).status).toBe(403);
    const viewer = await publish(review.id, { cookie: team.viewer.cookie });
    expect(viewer.status).toBe(403);
    expect(viewer.body.detail).toMatch(/owner or consultant role/);
    // The edit link does not run a review that belongs to a workspace.
    expect((await publish(review.id, { token: review.editToken })).status).toBe(403);
    const invalid = await publish(review.id, { cookie: team.consultant.cookie }, { label: "x".repeat(121) });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors[0].path).toBe("label");
    expect((await publish(review.id, { cookie: team.consultant.cookie }, { label: "A", extra: 1 })).status).toBe(422);
    expect(await prisma.milestone.count({ where: { assessmentId: review.id } })).toBe(0);

    const owner = await publish(review.id, { cookie: team.owner.cookie });
    expect(owner.status).toBe(201);
    expect(owner.body.label).toMatch(/^Milestone 1 — \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect((await milestone(review.id, "1", { cookie: team.viewer.cookie })).status).toBe(200);
    expect((await milestone(review.id, "1", { token: review.respondentToken })).status).toBe(403);
    expect((await milestone(review.id, "2", { cookie: team.viewer.cookie })).status).toBe(404);
    expect((await milestone(review.id, "abc", { cookie: team.viewer.cookie })).status).toBe(404);
  });

  it("keeps a milestone as published: a later answer changes the live report, never the milestone or its PDF", async () => {
    const review = await workspaceReview("Frozen", "fintech-fragile-foundations");
    const published = await publish(review.id, { cookie: team.consultant.cookie }, { label: "Before the fix" });
    const before = await milestone(review.id, "1", { cookie: team.consultant.cookie });
    const frozenPdfBefore = pdfText((await pdf(milestonePdfRoute, { id: review.id, number: "1" }, `/api/v1/assessments/${review.id}/milestones/1/report.pdf`, { cookie: team.viewer.cookie })).bytes, "frozen-before");
    expect(before.body.label).toBe("Before the fix");
    expect(before.body.view.report).toEqual((await callRoute(reportRoute, { id: review.id }, { headers: { cookie: team.consultant.cookie } })).body);
    expect(before.body.answers["context.stage"]).toEqual({ state: "answered", value: profileAnswers("fintech-fragile-foundations")["context.stage"]!.value, note: "Series B, 40 engineers" });

    // The owner changes an answer through the API (the edit link answers as the owner respondent).
    const stage = profileAnswers("fintech-fragile-foundations")["context.stage"]?.value === "scaling" ? "mature" : "scaling";
    const changed = await callRoute(putAnswerRoute, { id: review.id, questionId: "context.stage" }, { method: "PUT", body: { value: stage, note: "Changed after publishing" }, token: review.editToken });
    expect(changed.status).toBe(200);
    // The live report (its appendix) follows the change…
    const livePdf = await pdf(reportPdfRoute, { id: review.id }, `/api/v1/assessments/${review.id}/report.pdf`, { cookie: team.viewer.cookie });
    expect(pdfText(livePdf.bytes, "live-after").replace(/\s+/g, " ")).toContain("Changed after publishing");

    // …the milestone, its JSON and its PDF do not.
    const after = await milestone(review.id, "1", { cookie: team.consultant.cookie });
    expect(after.body).toEqual(before.body);
    expect(after.body.id).toBe(published.body.id);
    const pdfAfter = await pdf(milestonePdfRoute, { id: review.id, number: "1" }, `/api/v1/assessments/${review.id}/milestones/1/report.pdf`, { cookie: team.viewer.cookie });
    expect(pdfAfter.status).toBe(200);
    expect(pdfAfter.headers.get("content-disposition")).toContain("milestone-1");
    expect(pdfText(pdfAfter.bytes, "frozen-after")).toBe(frozenPdfBefore);
    expect(frozenPdfBefore).not.toContain("Changed after publishing");
  });
});

describe("what a milestone stores", () => {
  it("the answers the report uses: an agreed answer wins over the owner's, in the answers and in the frozen appendix", async () => {
    const review = await workspaceReview("Agreed answers", "fintech-fragile-foundations");
    await prisma.agreedAnswer.create({ data: { assessmentId: review.id, questionId: "context.stage", state: "answered", value: "mature", note: "Agreed in the session" } });
    expect((await publish(review.id, { cookie: team.consultant.cookie })).status).toBe(201);
    const stored = await milestone(review.id, "1", { cookie: team.viewer.cookie });
    expect(stored.body.answers["context.stage"]).toEqual({ state: "answered", value: "mature", note: "Agreed in the session" });
    const entry = stored.body.view.appendix.flatMap((section: { entries: { questionId: string; answer: string }[] }) => section.entries).find((e: { questionId: string }) => e.questionId === "context.stage");
    expect(entry.answer).toMatch(/^Mature/);
  });
});

describe("re-reviews and comparisons", () => {
  let original: Awaited<ReturnType<typeof workspaceReview>>;
  let reReviewId: string;
  let reReviewToken: string;

  it("refuses a re-review before any milestone (409), then starts one pre-filled with the milestone's answers and notes", async () => {
    original = await workspaceReview("Northwind platform review", "fintech-fragile-foundations");
    const none = await reReview(original.id, { cookie: team.consultant.cookie });
    expect(none.status).toBe(409);
    expect(none.body.detail).toMatch(/Publish a milestone first/);
    expect((await reReview(original.id, { cookie: team.viewer.cookie })).status).toBe(403);
    expect((await reReview(original.id, { token: original.respondentToken })).status).toBe(403);
    expect((await reReview(original.id, { cookie: outsider.cookie })).status).toBe(404);
    expect((await reReview(original.id, {})).status).toBe(401);

    await publish(original.id, { cookie: team.consultant.cookie }, { label: "Initial review" });
    const started = await reReview(original.id, { cookie: team.consultant.cookie });
    expect(started.status).toBe(201);
    expect(started.body.title).toMatch(/^Northwind platform review — re-review \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(started.body.basedOnMilestone.number).toBe(1);
    reReviewId = started.body.id;
    reReviewToken = started.body.editToken;

    const [source, copy, frozen] = await Promise.all([
      prisma.assessment.findUniqueOrThrow({ where: { id: original.id } }),
      prisma.assessment.findUniqueOrThrow({ where: { id: reReviewId } }),
      prisma.milestone.findFirstOrThrow({ where: { assessmentId: original.id, number: 1 } }),
    ]);
    expect(copy).toMatchObject({ workspaceId: team.workspace.id, previousAssessmentId: original.id, basedOnMilestoneId: frozen.id, questionnaireVersionId: source.questionnaireVersionId, createdById: team.consultant.user.id, status: "draft" });
    const rows = await prisma.answer.findMany({ where: { assessmentId: reReviewId }, include: { respondent: { select: { kind: true } } } });
    expect(rows.every((row) => row.respondent.kind === "owner")).toBe(true);
    const prefilled = Object.fromEntries(rows.map((row) => [row.questionId, { state: row.state, value: row.value ?? undefined, note: row.note }]));
    const stored = frozen.answers as Record<string, { state: string; value?: unknown; note?: string | null }>;
    expect(Object.keys(prefilled).sort()).toEqual(Object.keys(stored).sort());
    for (const [questionId, answer] of Object.entries(stored)) expect(prefilled[questionId]).toEqual({ state: answer.state, value: answer.value, note: answer.note ?? null });
    expect(rows.find((row) => row.questionId === "context.stage")?.note).toBe("Series B, 40 engineers");

    // Members reach it; the new review's report starts where the milestone left off.
    const report = await callRoute(reportRoute, { id: reReviewId }, { headers: { cookie: team.viewer.cookie } });
    expect(report.status).toBe(200);
    expect(report.body.overall).toEqual((frozen.report as { report: { overall: unknown } }).report.overall);
    expect((await callRoute(reportRoute, { id: reReviewId }, { headers: { cookie: outsider.cookie } })).status).toBe(404);
    const audit = await prisma.auditEvent.findFirst({ where: { assessmentId: original.id, action: "re-review.started" } });
    expect(audit?.data).toMatchObject({ reReviewId, milestoneNumber: 1 });
  });

  it("compares the latest two milestones across the chain: areas, findings, recommendation and answers", async () => {
    await replaceOwnerAnswers(reReviewId, profileAnswers("healthy-routine-checkup"));
    expect((await publish(reReviewId, { cookie: team.consultant.cookie }, { label: "After the fixes" })).status).toBe(201);

    const result = await compare(reReviewId, { cookie: team.viewer.cookie });
    expect(result.status).toBe(200);
    expect(result.body.from).toMatchObject({ assessmentId: original.id, number: 1, label: "Initial review" });
    expect(result.body.to).toMatchObject({ assessmentId: reReviewId, number: 1, label: "After the fixes" });
    const [before, after] = await Promise.all([
      prisma.milestone.findUniqueOrThrow({ where: { id: result.body.from.id } }),
      prisma.milestone.findUniqueOrThrow({ where: { id: result.body.to.id } }),
    ]);
    type TStored = { report: { overall: { score: number }; areas: { id: string; score: number | null }[]; findings: { id: string }[]; recommendation: { option: string } } };
    const b = (before.report as unknown as TStored).report;
    const a = (after.report as unknown as TStored).report;
    expect(result.body.overall.delta).toBe(a.overall.score - b.overall.score);
    for (const area of result.body.areas) {
      const was = b.areas.find((x) => x.id === area.id)!.score;
      const now = a.areas.find((x) => x.id === area.id)!.score;
      expect(area.delta).toBe(was === null || now === null ? null : now - was);
    }
    const ids = (list: { id: string }[]) => list.map((f) => f.id).sort();
    const beforeIds = new Set(b.findings.map((f) => f.id));
    const afterIds = new Set(a.findings.map((f) => f.id));
    expect(ids(result.body.findings.new)).toEqual([...afterIds].filter((id) => !beforeIds.has(id)).sort());
    expect(ids(result.body.findings.resolved)).toEqual([...beforeIds].filter((id) => !afterIds.has(id)).sort());
    expect(result.body.findings.resolved.length).toBeGreaterThan(0);
    expect(result.body.recommendation.before.option).toBe(b.recommendation.option);
    expect(result.body.answers.length).toBeGreaterThan(0);
    expect(result.body.milestones.map((m: { generation: number }) => m.generation)).toEqual([0, 1]);

    // Explicit ids, either way round; a milestone outside the chain is 404; a bad id is 422.
    const reversed = await compare(reReviewId, { cookie: team.viewer.cookie }, `?from=${after.id}&to=${before.id}`);
    expect(ids(reversed.body.findings.new)).toEqual(ids(result.body.findings.resolved));
    const elsewhere = await prisma.milestone.findFirstOrThrow({ where: { assessmentId: { notIn: [original.id, reReviewId] } } });
    expect((await compare(reReviewId, { cookie: team.viewer.cookie }, `?from=${elsewhere.id}`)).status).toBe(404);
    expect((await compare(reReviewId, { cookie: team.viewer.cookie }, "?from=nope")).status).toBe(422);
    // The earlier review sees only its own milestone: nothing to compare yet.
    expect((await compare(original.id, { cookie: team.viewer.cookie })).status).toBe(409);

    expect((await compare(reReviewId, { token: original.respondentToken })).status).toBe(404);
    expect((await compare(reReviewId, { cookie: outsider.cookie })).status).toBe(404);
    expect((await compare(reReviewId, {})).status).toBe(401);
  });

  it("prints the comparison as a PDF with every area and the new and resolved findings", async () => {
    const url = `/api/v1/assessments/${reReviewId}/compare.pdf`;
    const response = await pdf(comparePdfRoute, { id: reReviewId }, url, { cookie: team.viewer.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(response.bytes, "comparison").replace(/\s+/g, " ");
    const { body } = await compare(reReviewId, { cookie: team.viewer.cookie });
    for (const area of body.areas) expect(text).toContain(area.title);
    expect(text).toContain(`New (${body.findings.new.length})`);
    expect(text).toContain(`Resolved (${body.findings.resolved.length})`);
    for (const finding of body.findings.resolved) expect(text).toContain(finding.title);
    expect(text).toContain("Initial review");
    expect(text).toContain("After the fixes");
    execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "1", path.join(dir, "comparison.pdf"), path.join(dir, "page")]);
    if (process.env.MILESTONES_ARTIFACTS) execFileSync("cp", [path.join(dir, "comparison.pdf"), path.join(dir, "page-1.png"), process.env.MILESTONES_ARTIFACTS]);

    expect((await pdf(comparePdfRoute, { id: reReviewId }, `${url}?paper=a3`, { cookie: team.viewer.cookie })).status).toBe(422);
    expect((await pdf(comparePdfRoute, { id: reReviewId }, url, { token: original.respondentToken })).status).toBe(404);
    expect((await pdf(comparePdfRoute, { id: reReviewId }, url, {})).status).toBe(401);
  });

  it("a self-serve review's editor publishes, re-reviews and gets the new review's edit link once", async () => {
    const created = await callRoute(createRoute, {}, { method: "POST", body: { title: "Solo CTO review" } });
    const { id, editToken } = created.body;
    await callRoute(putAnswerRoute, { id, questionId: "context.stage" }, { method: "PUT", body: { value: "scaling", note: "Series B" }, token: editToken });
    expect((await reReview(id, { token: editToken })).status).toBe(409);
    expect((await publish(id, { token: editToken })).status).toBe(201);
    const started = await reReview(id, { token: editToken }, { title: "Solo CTO review, spring" });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ title: "Solo CTO review, spring", workspaceId: null, previousAssessmentId: id });
    expect(started.body.links.edit).toContain(encodeURIComponent(started.body.editToken));
    // The new link opens the new review only; the old link does not open it.
    const report = await callRoute(reportRoute, { id: started.body.id }, { token: started.body.editToken });
    expect(report.status).toBe(200);
    expect((await callRoute(reportRoute, { id: started.body.id }, { token: editToken })).status).toBe(404);
    const answer = await prisma.answer.findFirstOrThrow({ where: { assessmentId: started.body.id, questionId: "context.stage" } });
    expect([answer.value, answer.note]).toEqual(["scaling", "Series B"]);
    const row = await prisma.assessment.findUniqueOrThrow({ where: { id: started.body.id } });
    expect(row.editTokenHash).not.toContain(started.body.editToken);
  });
});
