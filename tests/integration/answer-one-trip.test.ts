import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { GET as assessmentRoute } from "@/app/api/v1/assessments/[id]/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { POST as inviteRoute } from "@/app/api/v1/assessments/[id]/respondents/route";
import { DELETE as revokeRoute } from "@/app/api/v1/assessments/[id]/respondents/[respondentId]/route";
import { prisma } from "@/lib/db";
import { callRoute } from "../support/call-route";

/**
 * Once an instance knows a review's bank version, a save checks access and writes in one statement
 * (saveInOneTrip in lib/assessments/put-answer.ts). That statement decides who may write: it must grant
 * exactly what authorizeReview grants, and fall back to the full path for every other outcome.
 */
async function review(title: string) {
  const created = await callRoute(createRoute, {}, { method: "POST", body: { title } });
  expect(created.status).toBe(201);
  return { id: created.body.id as string, token: created.body.editToken as string };
}

function put(id: string, questionId: string, body: unknown, auth: { token?: string; headers?: Record<string, string> } = {}) {
  return callRoute(putRoute, { id, questionId }, { method: "PUT", body, ...auth, path: `/api/v1/assessments/${id}/answers/${questionId}` });
}

const queries = (response: { headers: Headers }) => Number((response.headers.get("server-timing") ?? "").match(/desc="(\d+) queries"/)?.[1]);

async function storedAnswers(id: string) {
  return prisma.answer.findMany({ where: { assessmentId: id }, select: { respondentId: true, questionId: true, value: true, version: true }, orderBy: [{ questionId: "asc" }, { respondentId: "asc" }] });
}

describe("saving an answer in one round trip", () => {
  it("takes one statement once the review's bank version is known, with the edit link's token or its cookie", async () => {
    const { id, token } = await review("One trip");
    const first = await put(id, "context.stage", { value: "scaling" }, { token });
    expect(first.status).toBe(201);
    expect(queries(first)).toBe(2); // the full path: access check, then the save

    const second = await put(id, "context.stage", { value: "mature", baseVersion: 1 }, { token });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ value: "mature", version: 2 });
    expect(queries(second)).toBe(1);

    const again = await put(id, "context.stage", { value: "mature" }, { token });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ value: "mature", version: 2 });
    expect(queries(again)).toBe(1);

    const byCookie = await put(id, "load.spike-sources", { state: "unknown" }, { headers: { cookie: `fl_edit_${id}=${encodeURIComponent(token)}` } });
    expect(byCookie.status).toBe(201);
    expect(queries(byCookie)).toBe(1);
  });

  it("writes nothing for a token that does not open the review, and answers as the full path does", async () => {
    const mine = await review("Mine");
    const theirs = await review("Theirs");
    await put(mine.id, "context.stage", { value: "scaling" }, { token: mine.token });
    await put(theirs.id, "context.stage", { value: "scaling" }, { token: theirs.token });
    const before = await storedAnswers(mine.id);

    for (const token of [theirs.token, `${mine.token}x`, mine.token.slice(0, -1), "fle_forged"]) {
      const refused = await put(mine.id, "context.stage", { value: "early-traction" }, { token });
      expect(refused.status, token).toBe(404);
      expect(refused.body.code).toBe("not-found");
    }
    const cookieOfAnother = await put(mine.id, "context.stage", { value: "early-traction" }, { headers: { cookie: `fl_edit_${mine.id}=${encodeURIComponent(theirs.token)}` } });
    expect(cookieOfAnother.status).toBe(404);
    expect(await storedAnswers(mine.id)).toEqual(before);
  });

  it("writes a respondent's answer as theirs, and nothing once their link is revoked", async () => {
    const { id, token } = await review("With a respondent");
    await put(id, "team.deploys", { value: "routine" }, { token });
    const invited = await callRoute(inviteRoute, { id }, { method: "POST", body: { name: "Dana Reyes" }, token, path: `/api/v1/assessments/${id}/respondents` });
    expect(invited.status).toBe(201);
    const respondent = { id: invited.body.id as string, token: invited.body.token as string };

    const first = await put(id, "team.deploys", { value: "tense" }, { token: respondent.token });
    expect(first.status).toBe(201);
    expect(queries(first)).toBe(1);
    const rows = await prisma.answer.findMany({ where: { assessmentId: id, questionId: "team.deploys" }, include: { respondent: { select: { kind: true } } } });
    expect(rows.map((row) => [row.respondent.kind, row.value]).sort()).toEqual([
      ["owner", "routine"],
      ["respondent", "tense"],
    ]);

    const revoked = await callRoute(revokeRoute, { id, respondentId: respondent.id }, { method: "DELETE", token, path: `/api/v1/assessments/${id}/respondents/${respondent.id}` });
    expect(revoked.status).toBeLessThan(300);
    const refused = await put(id, "team.deploys", { value: "painful" }, { token: respondent.token });
    expect(refused.status).toBe(404);
    const mine = await callRoute(assessmentRoute, { id }, { token });
    expect(mine.body.answers["team.deploys"]).toMatchObject({ value: "routine" });
    expect((await prisma.answer.findFirstOrThrow({ where: { respondentId: respondent.id, questionId: "team.deploys" } })).value).toBe("tense");
  });

  it("leaves every other outcome to the full path: stale versions, invalid answers, unknown questions, bad credentials before bad bodies", async () => {
    const { id, token } = await review("Full path");
    await put(id, "context.stage", { value: "scaling" }, { token });
    await put(id, "context.stage", { value: "mature" }, { token });

    const stale = await put(id, "context.stage", { value: "early-traction", baseVersion: 1 }, { token });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ value: "mature", version: 2 });

    const invalid = await put(id, "context.stage", { value: "no-such-choice" }, { token });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors[0].path).toBe("value");
    expect((await put(id, "no.such-question", { value: "x" }, { token })).status).toBe(422);

    // Credentials are judged before the body, whichever path: no token 401, a wrong one 404.
    expect((await put(id, "context.stage", { value: "no-such-choice" })).status).toBe(401);
    expect((await callRoute(putRoute, { id, questionId: "context.stage" }, { method: "PUT", rawBody: "{not json", token: "fle_forged" })).status).toBe(404);
    expect((await callRoute(putRoute, { id, questionId: "context.stage" }, { method: "PUT", rawBody: "{not json", token })).status).toBe(422);

    const stored = await storedAnswers(id);
    expect(stored).toEqual([expect.objectContaining({ questionId: "context.stage", value: "mature", version: 2 })]);
  });
});
