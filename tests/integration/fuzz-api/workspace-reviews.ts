import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { PUT as agreedRoute } from "@/app/api/v1/assessments/[id]/agreed-answers/[questionId]/route";
import { PUT as answerRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as reportRoute } from "@/app/api/v1/assessments/[id]/report/route";
import { POST as respondentsRoute } from "@/app/api/v1/assessments/[id]/respondents/route";
import { POST as createReviewRoute } from "@/app/api/v1/workspaces/[workspaceId]/assessments/route";
import { prisma } from "@/lib/db";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { callRoute } from "../../support/call-route";
import { signUp } from "../auth-fixtures";

/**
 * The fuzz test's consultant-led reviews (issue 6): each in a workspace of its own, run by its owner
 * (signed in: a session cookie), with a respondent (a private link: a bearer token) who answered, and
 * an agreed answer. Two of them, so that every request can also be tried with the other one's
 * credentials.
 */
export type TWorkspaceReview = {
  id: string;
  marker: string;
  workspaceId: string;
  respondentId: string;
  respondentToken: string;
  /** The owner's Cookie header (better-auth's session). */
  sessionCookie: string;
  findingIds: string[];
  /** What a response must never show to a request without a credential for this review. */
  secrets: string[];
  /** The session token and the respondent's token: holding either is holding a key to this review. */
  credentials: string[];
};

export async function seedWorkspaceReview(label: string): Promise<TWorkspaceReview> {
  const marker = `fuzzws${label}${randomUUID().slice(0, 8)}`;
  const owner = await signUp(`fuzz-${label.toLowerCase()}`, `Owner ${marker}`);
  const workspace = await createWorkspace(owner.user, { name: `Workspace ${marker}` });
  const cookie = { cookie: owner.cookie, origin: "http://localhost" };
  const created = await callRoute(createReviewRoute, { workspaceId: workspace.id }, { method: "POST", body: { title: `Review ${marker}`, organization: `Org ${marker}` }, headers: cookie });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = (created.body as { id: string }).id;

  const invited = await callRoute(respondentsRoute, { id }, { method: "POST", body: { name: `Respondent ${marker}`, role: "CTO" }, headers: cookie });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const respondent = invited.body as { id: string; token: string };
  const answer = async (questionId: string, body: unknown) =>
    expect((await callRoute(answerRoute, { id, questionId }, { method: "PUT", body, token: respondent.token })).status).toBe(201);
  await answer("context.stage", { value: "scaling", note: `respondent note ${marker}` });
  await answer("load.spike-sources", { value: ["user-surges"] });
  const agreed = await callRoute(agreedRoute, { id, questionId: "context.stage" }, { method: "PUT", body: { value: "mature", note: `agreed ${marker}` }, headers: cookie });
  expect(agreed.status, JSON.stringify(agreed.body)).toBe(201);

  const report = await callRoute(reportRoute, { id }, { headers: cookie });
  const findingIds = ((report.body as { findings?: { id: string }[] }).findings ?? []).map((f) => f.id);
  const sessionToken = decodeURIComponent(owner.cookie.match(/session_token=([^;]+)/)?.[1] ?? "").split(".")[0];
  const rows = await prisma.respondent.findMany({ where: { assessmentId: id }, select: { id: true, tokenHash: true } });
  const secrets = [marker, id, workspace.id, respondent.token, sessionToken, ...rows.flatMap((r) => [r.id, r.tokenHash ?? ""]).filter(Boolean)];
  return { id, marker, workspaceId: workspace.id, respondentId: respondent.id, respondentToken: respondent.token, sessionCookie: owner.cookie, findingIds, secrets, credentials: [respondent.token, sessionToken] };
}
