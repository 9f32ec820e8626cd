import { describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/workspaces/[workspaceId]/assessments/route";
import { GET as reportRoute } from "@/app/api/v1/assessments/[id]/report/route";
import { PUT as putAnswerRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { prisma } from "@/lib/db";
import { callRoute } from "../support/call-route";
import { workspaceTeam } from "./workspace-fixtures";

const REVIEW = { title: "Backend review, spring 2027", organization: "Acme Ltd" };

describe("a workspace's reviews", () => {
  it("owners and consultants start reviews; viewers may not; strangers learn nothing", async () => {
    const { workspace, owner, consultant, viewer } = await workspaceTeam();
    const stranger = await workspaceTeam("Another Consultancy");
    const params = { workspaceId: workspace.id };

    const created = await callRoute(createRoute, params, { method: "POST", body: REVIEW, headers: { cookie: consultant.cookie } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), links: { team: `/reviews/${created.body.id}/team` } });
    // No edit link is handed out: the client's people answer through respondent links of their own.
    expect(JSON.stringify(created.body)).not.toMatch(/fle_/);
    const row = await prisma.assessment.findUniqueOrThrow({ where: { id: created.body.id }, include: { respondents: true } });
    expect(row).toMatchObject({ workspaceId: workspace.id, createdById: consultant.user.id, title: REVIEW.title, organization: REVIEW.organization });
    expect(row.respondents).toHaveLength(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { assessmentId: row.id, action: "assessment.created" } });
    expect(audit.actor).toBe(`user:${consultant.user.id}`);

    expect((await callRoute(createRoute, params, { method: "POST", body: REVIEW, headers: { cookie: owner.cookie } })).status).toBe(201);
    const byViewer = await callRoute(createRoute, params, { method: "POST", body: REVIEW, headers: { cookie: viewer.cookie } });
    expect(byViewer.status).toBe(403);
    expect(byViewer.headers.get("content-type")).toBe("application/problem+json");
    expect((await callRoute(createRoute, params, { method: "POST", body: REVIEW, headers: { cookie: stranger.owner.cookie } })).status).toBe(404);
    expect((await callRoute(createRoute, params, { method: "POST", body: REVIEW })).status).toBe(401);
    expect((await callRoute(createRoute, { workspaceId: "not-a-uuid" }, { method: "POST", body: REVIEW, headers: { cookie: owner.cookie } })).status).toBe(404);

    // The members reach the review; the stranger does not, and cannot tell it exists.
    expect((await callRoute(reportRoute, { id: row.id }, { headers: { cookie: viewer.cookie } })).status).toBe(200);
    expect((await callRoute(reportRoute, { id: row.id }, { headers: { cookie: stranger.owner.cookie } })).status).toBe(404);
    // Members do not answer as a respondent: 403 with a reason.
    const answer = await callRoute(putAnswerRoute, { id: row.id, questionId: "context.stage" }, { method: "PUT", body: { value: "growth" }, headers: { cookie: consultant.cookie } });
    expect(answer.status).toBe(403);
    expect(answer.body.detail).toMatch(/agreed answer/);
  });

  it("refuses a bad body precisely and another workspace's bank", async () => {
    const { workspace, consultant } = await workspaceTeam();
    const other = await workspaceTeam("Elsewhere");
    const params = { workspaceId: workspace.id };
    const empty = await callRoute(createRoute, params, { method: "POST", body: { title: " " }, headers: { cookie: consultant.cookie } });
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toContainEqual({ path: "title", message: "Give the review a title" });
    const unknownField = await callRoute(createRoute, params, { method: "POST", body: { ...REVIEW, workspaceId: other.workspace.id }, headers: { cookie: consultant.cookie } });
    expect(unknownField.status).toBe(422);

    const foreignBank = await prisma.questionnaireVersion.create({
      data: { key: "their-bank", version: 1, title: "Theirs", snapshot: {}, scope: other.workspace.id, workspaceId: other.workspace.id },
    });
    const refused = await callRoute(createRoute, params, { method: "POST", body: { ...REVIEW, questionnaireVersionId: foreignBank.id }, headers: { cookie: consultant.cookie } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toContainEqual({ path: "questionnaireVersionId", message: "This workspace has no such question bank" });
  });

  it("lists newest first with counts, a page at a time, for every member and nobody else", async () => {
    const { workspace, consultant, viewer } = await workspaceTeam();
    const params = { workspaceId: workspace.id };
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const created = await callRoute(createRoute, params, { method: "POST", body: { title: `Review ${i}` }, headers: { cookie: consultant.cookie } });
      ids.push(created.body.id);
    }
    // Answers by the owner respondent of the newest review are counted.
    const owner = await prisma.respondent.findFirstOrThrow({ where: { assessmentId: ids[4], kind: "owner" } });
    await prisma.answer.create({ data: { assessmentId: ids[4], respondentId: owner.id, questionId: "context.stage", state: "answered", value: "growth" } });

    const first = await callRoute(listRoute, params, { path: `/api/v1/workspaces/${workspace.id}/assessments?limit=2`, headers: { cookie: viewer.cookie } });
    expect(first.status).toBe(200);
    expect(first.body.reviews.map((r: { title: string }) => r.title)).toEqual(["Review 5", "Review 4"]);
    expect(first.body.reviews[0]).toMatchObject({ answers: 1, respondentsAnswering: 1, respondents: 0, milestones: 0, status: "draft", bank: { key: "backend-scaling" } });
    const second = await callRoute(listRoute, params, { path: `/api/v1/workspaces/${workspace.id}/assessments?limit=2&cursor=${first.body.nextCursor}`, headers: { cookie: viewer.cookie } });
    expect(second.body.reviews.map((r: { title: string }) => r.title)).toEqual(["Review 3", "Review 2"]);
    const third = await callRoute(listRoute, params, { path: `/api/v1/workspaces/${workspace.id}/assessments?limit=2&cursor=${second.body.nextCursor}`, headers: { cookie: viewer.cookie } });
    expect(third.body).toMatchObject({ reviews: [{ title: "Review 1" }], nextCursor: null });

    const bad = await callRoute(listRoute, params, { path: `/api/v1/workspaces/${workspace.id}/assessments?limit=500&cursor=nope`, headers: { cookie: viewer.cookie } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["query.cursor", "query.limit"]);
    const stranger = await workspaceTeam("Elsewhere");
    expect((await callRoute(listRoute, params, { headers: { cookie: stranger.owner.cookie } })).status).toBe(404);
    expect((await callRoute(listRoute, params)).status).toBe(401);
  });
});
