import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { GET as assessmentRoute } from "@/app/api/v1/assessments/[id]/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as listRoute, POST as inviteRoute } from "@/app/api/v1/assessments/[id]/respondents/route";
import { DELETE as revokeRoute, PATCH as patchRoute } from "@/app/api/v1/assessments/[id]/respondents/[respondentId]/route";
import { GET as progressRoute } from "@/app/api/v1/assessments/[id]/progress/route";
import { GET as openRoute } from "@/app/reviews/[id]/open/route";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/security/tokens";
import { callRoute } from "../support/call-route";
import { signUp } from "./auth-fixtures";
import { consultantWorkspaceReview } from "./workspace-fixtures";

/** A consultant's review: a workspace owner, a viewer member, and the review in the workspace. */
async function consultantReview() {
  const review = await consultantWorkspaceReview();
  const { id, consultant, as } = review;
  const invite = (body: unknown, who: { cookie: string } = consultant) =>
    callRoute(inviteRoute, { id }, { method: "POST", body, ...as(who), path: `/api/v1/assessments/${id}/respondents` });
  return { ...review, invite };
}

describe("respondents", () => {
  it("invites a respondent with a private link of their own, stored only as a hash and shown once", async () => {
    const { id, consultant, as, invite } = await consultantReview();
    const created = await invite({ name: "Dana Reyes", role: "CTO", email: "dana@acme.test" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: "Dana Reyes", role: "CTO", email: "dana@acme.test", status: "active", token: expect.stringMatching(/^flr_/) });
    expect(created.body.link).toBe(`http://localhost/reviews/${id}/open?token=${encodeURIComponent(created.body.token)}`);
    const row = await prisma.respondent.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row).toMatchObject({ kind: "respondent", tokenHash: hashToken(created.body.token) });

    const listed = await callRoute(listRoute, { id }, as(consultant));
    expect(listed.status).toBe(200);
    expect(listed.body.respondents).toEqual([expect.objectContaining({ id: created.body.id, name: "Dana Reyes", status: "active" })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    expect(JSON.stringify(listed.body)).not.toContain(row.tokenHash);

    // The link opens the review in a browser: the cookie it sets answers as Dana.
    const opened = await callRoute(openRoute, { id }, { path: `/reviews/${id}/open?token=${created.body.token}` });
    expect(opened.status).toBe(303);
    expect(opened.headers.getSetCookie()[0]).toContain(`fl_edit_${id}=`);
    const put = await callRoute(putRoute, { id, questionId: "team.deploys" }, { method: "PUT", body: { value: "tense" }, token: created.body.token });
    expect(put.status).toBe(201);
    const mine = await callRoute(assessmentRoute, { id }, { token: created.body.token });
    expect(mine.body.answers["team.deploys"]).toMatchObject({ state: "answered", value: "tense" });

    const audit = await prisma.auditEvent.findFirst({ where: { assessmentId: id, action: "respondent.invited" } });
    expect(audit).toMatchObject({ actor: `user:${consultant.user.id}`, data: { respondentId: created.body.id, name: "Dana Reyes", role: "CTO" } });
  });

  it("validates every field with 422", async () => {
    const { invite } = await consultantReview();
    const bad = await invite({ name: " ", email: "not-an-email", role: "x".repeat(81), extra: 1 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(expect.arrayContaining(["name", "email", "role"]));
  });

  it("re-issues a link (the old one stops working), renames, revokes (answers stay), and audits each", async () => {
    const { id, consultant, as, invite } = await consultantReview();
    const { body: dana } = await invite({ name: "Dana", role: "CTO" });
    await callRoute(putRoute, { id, questionId: "team.deploys" }, { method: "PUT", body: { value: "tense" }, token: dana.token });

    const patch = (respondentId: string, body: unknown) => callRoute(patchRoute, { id, respondentId }, { method: "PATCH", body, ...as(consultant) });
    const renamed = await patch(dana.id, { name: "Dana Reyes", role: "CTO and co-founder" });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Dana Reyes", role: "CTO and co-founder" });
    expect(renamed.body.token).toBeUndefined();

    const reissued = await patch(dana.id, { reissueLink: true });
    expect(reissued.body.token).toMatch(/^flr_/);
    expect(reissued.body.token).not.toBe(dana.token);
    expect((await callRoute(assessmentRoute, { id }, { token: dana.token })).status).toBe(404);
    const fresh = await callRoute(assessmentRoute, { id }, { token: reissued.body.token });
    expect(fresh.body.answers["team.deploys"].value).toBe("tense");

    const revoked = await callRoute(revokeRoute, { id, respondentId: dana.id }, { method: "DELETE", ...as(consultant) });
    expect(revoked.status).toBe(204);
    expect((await callRoute(assessmentRoute, { id }, { token: reissued.body.token })).status).toBe(404);
    expect((await callRoute(revokeRoute, { id, respondentId: dana.id }, { method: "DELETE", ...as(consultant) })).status).toBe(204);
    expect(await prisma.answer.count({ where: { respondentId: dana.id } })).toBe(1);
    expect((await callRoute(listRoute, { id }, as(consultant))).body.respondents[0]).toMatchObject({ status: "revoked", revokedAt: expect.any(String) });

    // Re-issuing restores a revoked respondent with a new link.
    const restored = await patch(dana.id, { reissueLink: true });
    expect(restored.body.status).toBe("active");
    expect((await callRoute(assessmentRoute, { id }, { token: restored.body.token })).status).toBe(200);

    const actions = (await prisma.auditEvent.findMany({ where: { assessmentId: id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["respondent.updated", "respondent.link-reissued", "respondent.revoked"]));
    expect(actions.filter((a) => a === "respondent.revoked")).toHaveLength(1);

    expect((await patch(dana.id, {})).status).toBe(422);
  });

  it("shows who has answered how much: answered of the questions asked of each, and their last activity", async () => {
    const { id, consultant, viewer, as, invite } = await consultantReview();
    const { body: dana } = await invite({ name: "Dana", role: "CTO" });
    const { body: sam } = await invite({ name: "Sam", role: "Engineer" });
    for (const [questionId, value] of [["team.deploys", "tense"], ["team.onboarding", "ask-around"], ["context.services", 3]] as const) {
      await callRoute(putRoute, { id, questionId }, { method: "PUT", body: { value }, token: dana.token });
    }
    const progress = await callRoute(progressRoute, { id }, as(viewer));
    expect(progress.status).toBe(200);
    const [first, second] = progress.body.respondents;
    expect(first).toMatchObject({ respondentId: dana.id, name: "Dana", role: "CTO", answered: 3, status: "active", lastActivityAt: expect.any(String) });
    expect(second).toMatchObject({ respondentId: sam.id, name: "Sam", answered: 0, lastActivityAt: null });
    // Three services reveal the service questions to Dana: more is asked of her than of Sam.
    expect(first.total).toBeGreaterThan(second.total);
    expect(progress.body.respondents).toHaveLength(2); // the owner answered nothing and is left out
    expect((await callRoute(progressRoute, { id }, as(consultant))).status).toBe(200);
  });

  it("lets only run-capable actors manage respondents: viewer 403, respondent 403, outsiders 404, nobody 401", async () => {
    const { id, viewer, as, invite } = await consultantReview();
    const { body: dana } = await invite({ name: "Dana" });
    expect((await invite({ name: "Eve" }, viewer)).status).toBe(403);
    expect((await callRoute(patchRoute, { id, respondentId: dana.id }, { method: "PATCH", body: { name: "X" }, ...as(viewer) })).status).toBe(403);
    expect((await callRoute(inviteRoute, { id }, { method: "POST", body: { name: "Eve" }, token: dana.token })).status).toBe(403);
    expect((await callRoute(listRoute, { id }, { token: dana.token })).status).toBe(403);
    expect((await callRoute(progressRoute, { id }, { token: dana.token })).status).toBe(403);

    const stranger = await signUp("stranger", "Stan Stranger");
    expect((await callRoute(listRoute, { id }, as(stranger))).status).toBe(404);
    const other = await consultantReview();
    expect((await callRoute(listRoute, { id }, as(other.consultant))).status).toBe(404);
    // Another review's respondent id cannot be reached through this review.
    const { body: otherDana } = await other.invite({ name: "Other Dana" });
    expect((await callRoute(revokeRoute, { id, respondentId: otherDana.id }, { method: "DELETE", ...as((await consultantReview()).consultant) })).status).toBe(404);
    const mine = await consultantReview();
    expect((await callRoute(revokeRoute, { id: mine.id, respondentId: otherDana.id }, { method: "DELETE", ...as(mine.consultant) })).status).toBe(404);
    expect((await callRoute(revokeRoute, { id: mine.id, respondentId: "not-a-uuid" }, { method: "DELETE", ...as(mine.consultant) })).status).toBe(404);
    expect((await callRoute(listRoute, { id })).status).toBe(401);
  });

  it("lets a self-serve review's editor run it: invite respondents with the edit link", async () => {
    const created = await callRoute(createRoute, {}, { method: "POST", body: { title: "Solo review" } });
    const { id, editToken } = created.body;
    const invited = await callRoute(inviteRoute, { id }, { method: "POST", body: { name: "Sam", role: "Engineer" }, token: editToken });
    expect(invited.status).toBe(201);
    // The owner respondent cannot be renamed or revoked through this API.
    const owner = await prisma.respondent.findFirstOrThrow({ where: { assessmentId: id, kind: "owner" } });
    expect((await callRoute(revokeRoute, { id, respondentId: owner.id }, { method: "DELETE", token: editToken })).status).toBe(404);
    expect((await callRoute(assessmentRoute, { id }, { token: editToken })).status).toBe(200);
  });
});
