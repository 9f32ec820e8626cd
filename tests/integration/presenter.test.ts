import { beforeAll, describe, expect, it } from "vitest";
import { POST as createSelfServeRoute } from "@/app/api/v1/assessments/route";
import { PUT as putAnswerRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as presenterRoute } from "@/app/api/v1/assessments/[id]/presenter/route";
import { prisma } from "@/lib/db";
import type { TPresenterLive } from "@/lib/presenter/presenter-view";
import { createToken } from "@/lib/security/tokens";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { inviteMember } from "@/lib/workspaces/invitations";
import { acceptInvitation } from "@/lib/workspaces/respond-to-invitation";
import { createWorkspaceReview } from "@/lib/workspaces/workspace-reviews";
import { callRoute } from "../support/call-route";
import { ORIGIN, signUp, type TSignedIn } from "./auth-fixtures";

// Questions of the built-in bank (content/backend-scaling), one of each kind the distribution treats apart.
const SINGLE = "context.stage";
const MULTI = "load.spike-sources";
const NUMBER = "context.team-size";

type TWorld = {
  reviewId: string;
  owner: TSignedIn;
  consultant: TSignedIn;
  viewer: TSignedIn;
  stranger: TSignedIn;
  ana: { id: string; token: string };
  ben: { id: string; token: string };
};

async function member(owner: TSignedIn, workspaceId: string, role: "consultant" | "viewer", name: string): Promise<TSignedIn> {
  const person = await signUp(role, name);
  const sent = await inviteMember(owner.user, workspaceId, { email: person.email, role }, ORIGIN);
  await acceptInvitation(person.user, sent.link.split("/invitations/")[1]!);
  return person;
}

/** An invited respondent made with prisma, as the team page would: only the token's hash is stored. */
async function respondent(assessmentId: string, name: string, role: string) {
  const { token, hash } = createToken("flr");
  const row = await prisma.respondent.create({ data: { assessmentId, kind: "respondent", name, role, tokenHash: hash }, select: { id: true } });
  return { id: row.id, token };
}

async function answer(reviewId: string, token: string, questionId: string, body: Record<string, unknown>) {
  const response = await callRoute(putAnswerRoute, { id: reviewId, questionId }, { method: "PUT", token, body });
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
}

function presenter(reviewId: string, init: { cookie?: string; token?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  return callRoute(presenterRoute, { id: reviewId }, { path: `/api/v1/assessments/${reviewId}/presenter`, token: init.token, headers });
}

let world: TWorld;

beforeAll(async () => {
  const owner = await signUp("owner", "Olivia Owner");
  const workspace = await createWorkspace(owner.user, { name: "Presenter Consulting" });
  const consultant = await member(owner, workspace.id, "consultant", "Carl Consultant");
  const viewer = await member(owner, workspace.id, "viewer", "Vera Viewer");
  const stranger = await signUp("stranger", "Sam Stranger");
  await createWorkspace(stranger.user, { name: "Another Consultancy" });
  const review = await createWorkspaceReview(consultant.user, workspace.id, { title: "Northwind review", organization: "Northwind" });
  const ana = await respondent(review.id, "Ana Ruiz", "CTO");
  const ben = await respondent(review.id, "Ben Okafor", "Engineer");
  // Two respondents who see things differently, through the answers API like their browsers would.
  await answer(review.id, ana.token, SINGLE, { value: "early-traction", note: "We signed our tenth customer in May." });
  await answer(review.id, ben.token, SINGLE, { value: "scaling" });
  await answer(review.id, ana.token, MULTI, { value: ["user-surges", "own-jobs"] });
  await answer(review.id, ben.token, MULTI, { value: ["own-jobs"] });
  await answer(review.id, ana.token, NUMBER, { value: 12 });
  await answer(review.id, ben.token, NUMBER, { value: 12 });
  world = { reviewId: review.id, owner, consultant, viewer, stranger, ana, ben };
});

describe("GET /api/v1/assessments/{id}/presenter", () => {
  it("opens to those who run the review and refuses everyone else with the right status", async () => {
    const { reviewId } = world;
    expect((await presenter(reviewId, { cookie: world.consultant.cookie })).status).toBe(200);
    expect((await presenter(reviewId, { cookie: world.owner.cookie })).status).toBe(200);
    const viewer = await presenter(reviewId, { cookie: world.viewer.cookie });
    expect(viewer.status).toBe(403);
    expect(viewer.headers.get("content-type")).toBe("application/problem+json");
    expect((await presenter(reviewId, { token: world.ana.token })).status).toBe(403);
    // Another workspace's owner learns nothing, not even that the review exists.
    expect((await presenter(reviewId, { cookie: world.stranger.cookie })).status).toBe(404);
    expect((await presenter(reviewId)).status).toBe(401);
    expect((await presenter("00000000-0000-4000-8000-000000000000", { cookie: world.consultant.cookie })).status).toBe(404);
    expect((await presenter("not-a-uuid", { cookie: world.consultant.cookie })).status).toBe(404);
  });

  it("lets the editor of a review outside any workspace run it", async () => {
    const created = await callRoute(createSelfServeRoute, {}, { method: "POST", body: { title: "Solo review" } });
    expect(created.status).toBe(201);
    const response = await presenter(created.body.id, { token: created.body.editToken });
    expect(response.status).toBe(200);
    expect((response.body as TPresenterLive).respondents).toEqual([]);
  });

  it("returns distributions that match what the two respondents answered", async () => {
    const response = await presenter(world.reviewId, { cookie: world.consultant.cookie });
    const live = response.body as TPresenterLive;
    // The owner respondent of a workspace review answers nothing and is no position in the room.
    expect(live.respondents.map((r) => [r.name, r.role, r.answered])).toEqual([
      ["Ana Ruiz", "CTO", 3],
      ["Ben Okafor", "Engineer", 3],
    ]);

    const single = live.questions[SINGLE]!;
    const byKey = Object.fromEntries(single.distribution.buckets.map((b) => [b.key, b]));
    expect(byKey["early-traction"]).toMatchObject({ count: 1, members: [{ name: "Ana Ruiz" }] });
    expect(byKey["scaling"]).toMatchObject({ count: 1, members: [{ name: "Ben Okafor" }] });
    expect(single.distribution.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(2);
    expect(single.distribution).toMatchObject({ answered: 2, majority: null, positions: 2 });
    expect(single.diverging).toBe(true);
    expect(single.divergence.level).not.toBe("none");
    expect(single.notes).toEqual([{ respondentId: world.ana.id, name: "Ana Ruiz", note: "We signed our tenth customer in May." }]);

    const multi = live.questions[MULTI]!;
    const counts = Object.fromEntries(multi.distribution.buckets.map((b) => [b.key, b.count]));
    expect(counts).toMatchObject({ "user-surges": 1, "own-jobs": 2, "partner-batches": 0 });
    expect(multi.distribution).toMatchObject({ multi: true, majority: "own-jobs", answered: 2 });
    expect(multi.diverging).toBe(true);

    const number = live.questions[NUMBER]!;
    expect(number.distribution.buckets.map((b) => [b.label, b.count])).toEqual([["12 engineers", 2]]);
    expect(number.diverging).toBe(false);
    expect(number.divergence).toEqual({ score: 0, level: "none" });

    // A question nobody answered has empty bars, not a missing entry.
    expect(live.questions["symptoms.rewrite-pressure"]!.distribution.answered).toBe(0);
  });

  it("shows the agreed answer and the bars it falls in", async () => {
    await prisma.agreedAnswer.create({
      data: { assessmentId: world.reviewId, questionId: SINGLE, state: "answered", value: "scaling", note: "Growth is steady since the spring." },
    });
    const live = (await presenter(world.reviewId, { cookie: world.consultant.cookie })).body as TPresenterLive;
    expect(live.questions[SINGLE]!.agreed).toEqual({
      text: "Scaling: usage grows steadily and the backend is starting to feel it",
      note: "Growth is steady since the spring.",
      buckets: ["scaling"],
    });
    expect(live.questions[MULTI]!.agreed).toBeNull();
  });

  it("answers 304 to a poll that has seen the current answers, and 200 once they change", async () => {
    const first = await presenter(world.reviewId, { cookie: world.consultant.cookie });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const unchanged = await presenter(world.reviewId, { cookie: world.consultant.cookie, headers: { "if-none-match": etag! } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeNull();

    await answer(world.reviewId, world.ben.token, NUMBER, { value: 3 });
    const changed = await presenter(world.reviewId, { cookie: world.consultant.cookie, headers: { "if-none-match": etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const number = (changed.body as TPresenterLive).questions[NUMBER]!;
    expect(number.distribution.buckets.map((b) => [b.label, b.count])).toEqual([
      ["3 engineers", 1],
      ["12 engineers", 1],
    ]);
    expect(number.diverging).toBe(true);
  });
});
