import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { GET as assessmentRoute } from "@/app/api/v1/assessments/[id]/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as reportRoute } from "@/app/api/v1/assessments/[id]/report/route";
import { POST as inviteRoute } from "@/app/api/v1/assessments/[id]/respondents/route";
import { GET as consolidationRoute } from "@/app/api/v1/assessments/[id]/consolidation/route";
import { DELETE as clearAgreedRoute, PUT as agreeRoute } from "@/app/api/v1/assessments/[id]/agreed-answers/[questionId]/route";
import { GET as exportRoute } from "@/app/api/v1/assessments/[id]/export/route";
import { prisma } from "@/lib/db";
import { getReport } from "@/lib/reports/get-report";
import { callRoute } from "../support/call-route";
import { ORIGIN } from "./auth-fixtures";
import { consultantWorkspaceReview } from "./workspace-fixtures";

async function teamReview() {
  const { id, consultant, viewer, as } = await consultantWorkspaceReview();
  const invite = async (name: string, role: string) =>
    (await callRoute(inviteRoute, { id }, { method: "POST", body: { name, role }, ...as(consultant) })).body as { id: string; token: string };
  const answer = (token: string, questionId: string, body: unknown) => callRoute(putRoute, { id, questionId }, { method: "PUT", body, token });
  const agree = (questionId: string, body: unknown, who: { cookie: string } = consultant) => callRoute(agreeRoute, { id, questionId }, { method: "PUT", body, ...as(who) });
  const consolidation = async () => (await callRoute(consolidationRoute, { id }, as(consultant))).body;
  const report = async () => (await callRoute(reportRoute, { id }, as(consultant))).body;
  return { id, consultant, viewer, as, invite, answer, agree, consolidation, report };
}

const find = (view: { sections: { questions: { questionId: string }[] }[] }, questionId: string) =>
  view.sections.flatMap((s) => s.questions).find((q) => q.questionId === questionId) as any;

/** Two people who describe different systems: the two ends of each question's risk range. */
const SPLIT: [string, unknown, unknown][] = [
  ["team.deploys", "routine", "feared"],
  ["team.onboarding", "current-docs", "ask-one-person"],
  ["team.diagrams", "kept-current", "none"],
  ["team.small-change", "hours", "longer"],
];

describe("consolidation", () => {
  it("shows two respondents' answers side by side with divergence, and the report uses the riskier answer until one is agreed", async () => {
    const t = await teamReview();
    const dana = await t.invite("Dana", "CTO");
    const sam = await t.invite("Sam", "Engineer");
    await t.answer(dana.token, "team.deploys", { value: "routine", note: "We deploy daily" });
    await t.answer(sam.token, "team.deploys", { value: "feared", note: "Last Friday's outage" });
    await t.answer(dana.token, "context.stage", { value: "scaling" });
    await t.answer(sam.token, "context.stage", { value: "scaling" });

    const view = await t.consolidation();
    expect(view.respondents.map((r: { name: string }) => r.name)).toEqual(["Dana", "Sam"]);
    const deploys = find(view, "team.deploys");
    expect(deploys.answers).toEqual([
      expect.objectContaining({ respondentId: dana.id, value: "routine", note: "We deploy daily", text: expect.stringMatching(/^Routine/) }),
      expect.objectContaining({ respondentId: sam.id, value: "feared", note: "Last Friday's outage", text: expect.stringMatching(/^Feared/) }),
    ]);
    expect(deploys.divergence).toEqual({ score: 1, level: "strong", compared: 2 });
    expect(deploys.agreed).toBeNull();
    // A tie goes to the riskier answer, marked provisional.
    expect(deploys.used).toMatchObject({ value: "feared", source: "majority", provisional: true });
    expect(find(view, "context.stage")).toMatchObject({ divergence: { score: 0, level: "none" }, used: { source: "unanimous", provisional: false } });
    expect(view.summary).toMatchObject({ diverging: 1, strong: 1, agreed: 0, provisional: 1 });

    let report = await t.report();
    expect(report.respondents).toMatchObject({ count: 2, disagreements: [{ questionId: "team.deploys", divergence: 1, level: "strong", provisional: true }] });
    expect(report.findings.map((f: { id: string }) => f.id)).toContain("team-risky-deploys-slow-changes");
    const appendix = (await getReport(t.id, { whatWouldChangeIt: false })).appendix.flatMap((s) => s.entries);
    expect(appendix.find((e) => e.questionId === "team.deploys")).toMatchObject({ provisional: true, answer: expect.stringMatching(/^Feared/) });

    // The consultant records the agreed answer: the report follows it, and it is no longer provisional.
    const agreed = await t.agree("team.deploys", { value: "routine", note: "Checked the deploy log together: daily, with rollbacks", baseVersion: 0 });
    expect(agreed.status).toBe(201);
    expect(agreed.body).toMatchObject({ questionId: "team.deploys", value: "routine", version: 1 });
    report = await t.report();
    expect(report.findings.map((f: { id: string }) => f.id)).not.toContain("team-risky-deploys-slow-changes");
    expect(report.respondents.disagreements[0]).toMatchObject({ questionId: "team.deploys", provisional: false });
    const after = find(await t.consolidation(), "team.deploys");
    expect(after.agreed).toMatchObject({ value: "routine", note: expect.stringContaining("deploy log"), version: 1 });
    expect(after.used).toMatchObject({ value: "routine", source: "agreed", provisional: false });

    const audit = await prisma.auditEvent.findFirst({ where: { assessmentId: t.id, action: "agreed-answer.recorded" } });
    expect(audit).toMatchObject({ actor: `user:${t.consultant.user.id}`, data: { questionId: "team.deploys", version: 1 } });
    const row = await prisma.agreedAnswer.findFirstOrThrow({ where: { assessmentId: t.id } });
    expect(row.decidedById).toBe(t.consultant.user.id);

    // Clearing it goes back to the majority's answer.
    expect((await callRoute(clearAgreedRoute, { id: t.id, questionId: "team.deploys" }, { method: "DELETE", ...t.as(t.consultant) })).status).toBe(204);
    expect(find(await t.consolidation(), "team.deploys").used).toMatchObject({ value: "feared", provisional: true });
  });

  it("versions agreed answers: a stale baseVersion gets 409 with the current one, a repeat changes nothing", async () => {
    const t = await teamReview();
    const first = await t.agree("team.deploys", { value: "careful", baseVersion: 0 });
    expect(first.body.version).toBe(1);
    const again = await t.agree("team.deploys", { value: "careful", baseVersion: 0 });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(1);
    const second = await t.agree("team.deploys", { value: "tense", note: "On reflection", baseVersion: 1 });
    expect(second.body.version).toBe(2);
    const stale = await t.agree("team.deploys", { value: "routine", baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ value: "tense", version: 2 });
    expect((await prisma.agreedAnswer.findFirstOrThrow({ where: { assessmentId: t.id } })).value).toBe("tense");
  });

  it("validates an agreed answer against its question exactly like an answer", async () => {
    const t = await teamReview();
    const wrongChoice = await t.agree("team.deploys", { value: "sometimes" });
    expect(wrongChoice.status).toBe(422);
    expect(wrongChoice.body.errors[0].path).toBe("value");
    const noReason = await t.agree("foundations.split-reason", { state: "not-applicable" });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors.map((e: { path: string }) => e.path)).toContain("note");
    expect((await t.agree("no.such-question", { value: "x" })).status).toBe(422);
    expect((await t.agree("team.incident-responders", { value: -3 })).status).toBe(422);
    expect(await prisma.agreedAnswer.count({ where: { assessmentId: t.id } })).toBe(0);
  });

  it("raises the team finding when the team diverges strongly on three questions, and it shows in the team score", async () => {
    const t = await teamReview();
    const dana = await t.invite("Dana", "CTO");
    const sam = await t.invite("Sam", "Engineer");
    for (const [questionId, a, b] of SPLIT.slice(0, 2)) {
      await t.answer(dana.token, questionId, { value: a });
      await t.answer(sam.token, questionId, { value: b });
    }
    const before = await t.report();
    expect(before.findings.map((f: { id: string }) => f.id)).not.toContain("team-no-shared-picture");
    const [questionId, a, b] = SPLIT[2];
    await t.answer(dana.token, questionId, { value: a });
    await t.answer(sam.token, questionId, { value: b });
    const after = await t.report();
    const finding = after.findings.find((f: { id: string }) => f.id === "team-no-shared-picture");
    expect(finding).toMatchObject({ area: "team", severity: "medium" });
    expect(finding.evidence.map((e: { questionId: string }) => e.questionId).sort()).toEqual(["team.deploys", "team.diagrams", "team.onboarding"]);
    expect(finding.evidence[0].answer).toMatch(/^The team answered: /);

    // The same riskier answers from one person alone: the team score is lower without the divergence.
    const solo = await callRoute(createRoute, {}, { method: "POST", body: { title: "One voice" } });
    for (const [q, , riskier] of SPLIT.slice(0, 3)) await callRoute(putRoute, { id: solo.body.id, questionId: q }, { method: "PUT", body: { value: riskier }, token: solo.body.editToken });
    const soloReport = (await callRoute(reportRoute, { id: solo.body.id }, { token: solo.body.editToken })).body;
    const teamScore = (r: { areas: { id: string; score: number }[] }) => r.areas.find((x) => x.id === "team")!.score;
    expect(teamScore(after)).toBeGreaterThan(teamScore(soloReport));
    expect(soloReport.findings.map((f: { id: string }) => f.id)).not.toContain("team-no-shared-picture");
    expect(soloReport.respondents).toBeUndefined();
  });

  it("keeps respondents apart: A cannot read B's answers, the consolidation or the report (403); another review's respondent gets 404", async () => {
    const t = await teamReview();
    const dana = await t.invite("Dana", "CTO");
    const sam = await t.invite("Sam", "Engineer");
    await t.answer(sam.token, "team.deploys", { value: "feared", note: "Sam's private worry" });
    const danaView = await callRoute(assessmentRoute, { id: t.id }, { token: dana.token });
    expect(danaView.status).toBe(200);
    expect(danaView.body.answers).toEqual({});
    expect(JSON.stringify(danaView.body)).not.toContain("private worry");
    expect((await callRoute(consolidationRoute, { id: t.id }, { token: dana.token })).status).toBe(403);
    expect((await callRoute(reportRoute, { id: t.id }, { token: dana.token })).status).toBe(403);
    expect((await callRoute(agreeRoute, { id: t.id, questionId: "team.deploys" }, { method: "PUT", body: { value: "routine" }, token: dana.token })).status).toBe(403);

    const other = await teamReview();
    const stranger = await other.invite("Olga", "CTO");
    expect((await callRoute(consolidationRoute, { id: t.id }, { token: stranger.token })).status).toBe(404);
    expect((await callRoute(reportRoute, { id: t.id }, { token: stranger.token })).status).toBe(404);
    expect((await callRoute(assessmentRoute, { id: t.id }, { token: stranger.token })).status).toBe(404);

    // A viewer reads the consolidation but cannot record an agreed answer.
    expect((await callRoute(consolidationRoute, { id: t.id }, t.as(t.viewer))).status).toBe(200);
    expect((await t.agree("team.deploys", { value: "routine" }, t.viewer)).status).toBe(403);
    expect((await callRoute(consolidationRoute, { id: t.id })).status).toBe(401);
  });

  it("leaves a self-serve review's report exactly as its owner's answers make it", async () => {
    const created = await callRoute(createRoute, {}, { method: "POST", body: { title: "Solo" } });
    const { id, editToken } = created.body;
    await callRoute(putRoute, { id, questionId: "team.deploys" }, { method: "PUT", body: { value: "tense", note: "needs Sam" }, token: editToken });
    const { report, appendix } = await getReport(id, { whatWouldChangeIt: false });
    expect(report.respondents).toBeUndefined();
    expect(report.findings.find((f) => f.id === "team-risky-deploys-slow-changes")?.evidence[0]).toMatchObject({ answer: expect.stringMatching(/^Tense/), note: "needs Sam" });
    expect(appendix.flatMap((s) => s.entries).every((e) => !e.provisional)).toBe(true);
  });

  it("exports everyone's answers and the agreed answers, with who gave each", async () => {
    const t = await teamReview();
    const dana = await t.invite("Dana", "CTO");
    const sam = await t.invite("Sam", "Engineer");
    await t.answer(dana.token, "team.deploys", { value: "routine", note: "=daily" });
    await t.answer(sam.token, "team.deploys", { value: "feared" });
    await t.agree("team.deploys", { value: "careful", note: "Settled in the session" });
    const asJson = await callRoute(exportRoute, { id: t.id }, { ...t.as(t.consultant), path: `/api/v1/assessments/${t.id}/export` });
    expect(asJson.status).toBe(200);
    expect(asJson.body.answers).toEqual([]);
    expect(asJson.body.team.respondents.map((r: { name: string }) => r.name)).toEqual(["Dana", "Sam"]);
    expect(asJson.body.team.answers).toEqual([
      expect.objectContaining({ respondentId: dana.id, questionId: "team.deploys", value: "routine", note: "=daily" }),
      expect.objectContaining({ respondentId: sam.id, questionId: "team.deploys", value: "feared" }),
      expect.objectContaining({ respondentId: null, questionId: "team.deploys", value: "careful", note: "Settled in the session" }),
    ]);
    const request = new Request(`http://localhost/api/v1/assessments/${t.id}/export?format=csv`, { headers: { cookie: t.consultant.cookie, origin: ORIGIN } });
    const csv = await (await exportRoute(request, { params: Promise.resolve({ id: t.id }) })).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toMatch(/^"Respondent","Role","Section"/);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(['"Dana"', '"Sam"', '"Agreed answer"']);
    expect(csv).toContain(`"'=daily"`);
  });
});
