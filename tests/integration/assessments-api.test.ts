import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { GET as getRoute } from "@/app/api/v1/assessments/[id]/route";
import { DELETE as deleteRoute, PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as questionnaireRoute } from "@/app/api/v1/questionnaires/[key]/route";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/security/tokens";
import { callRoute } from "../support/call-route";

async function createReview(title = "Acme backend review") {
  const response = await callRoute(createRoute, {}, { method: "POST", body: { title, organization: "Acme" } });
  expect(response.status).toBe(201);
  return response.body as { id: string; editToken: string; questionnaire: { key: string; version: number }; links: { edit: string; report: string } };
}

function put(id: string, questionId: string, token: string | undefined, body: unknown) {
  return callRoute(putRoute, { id, questionId }, { method: "PUT", body, token });
}

// Questions of the bank used below (content/backend-scaling), one per answer type.
const SINGLE = "load.capacity-basis";
const TEXT_FREE = "symptoms.anything-else";

describe("questionnaires API", () => {
  it("serves the current bank in the public shape, and 404 for an unknown key or version", async () => {
    const response = await callRoute(questionnaireRoute, { key: "backend-scaling" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ key: "backend-scaling", version: expect.any(Number), title: expect.any(String) });
    const question = response.body.sections[1].questions[0];
    expect(Object.keys(question)).toEqual(expect.arrayContaining(["id", "type", "prompt", "help", "allowUnknown", "allowNotApplicable"]));
    expect(JSON.stringify(response.body)).not.toContain('"risk"');

    expect((await callRoute(questionnaireRoute, { key: "nope" })).status).toBe(404);
    expect((await callRoute(questionnaireRoute, { key: "backend-scaling" }, { path: "/x?version=999" })).status).toBe(404);
    expect((await callRoute(questionnaireRoute, { key: "backend-scaling" }, { path: "/x?version=abc" })).status).toBe(422);
  });
});

describe("assessments API", () => {
  it("creates a review whose token is shown once and stored only as a hash", async () => {
    const created = await createReview();
    expect(created.questionnaire.key).toBe("backend-scaling");
    expect(created.editToken.length).toBeGreaterThanOrEqual(43);
    const row = await prisma.assessment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.editTokenHash).toBe(hashToken(created.editToken));
    expect(JSON.stringify(row)).not.toContain(created.editToken);
    const version = await prisma.questionnaireVersion.findUniqueOrThrow({ where: { id: row.questionnaireVersionId } });
    expect(version.snapshot).toMatchObject({ questionnaire: { key: "backend-scaling" }, rules: expect.any(Object) });
  });

  it("refuses invalid creation input with every bad field", async () => {
    const response = await callRoute(createRoute, {}, { method: "POST", body: { title: "", organization: 42, extra: true } });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "organization"]));
  });

  it("answers 401 without credentials and 404 for a wrong token or an unknown id", async () => {
    const created = await createReview();
    const other = await createReview("Another company");
    expect((await callRoute(getRoute, { id: created.id })).status).toBe(401);
    expect((await callRoute(getRoute, { id: created.id }, { token: other.editToken })).status).toBe(404);
    expect((await callRoute(getRoute, { id: "00000000-0000-4000-8000-000000000000" }, { token: created.editToken })).status).toBe(404);
    expect((await callRoute(getRoute, { id: "not-a-uuid" }, { token: created.editToken })).status).toBe(404);
    expect((await put(created.id, SINGLE, other.editToken, { value: "average" })).status).toBe(404);
    const ok = await callRoute(getRoute, { id: created.id }, { token: created.editToken });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: created.id, title: "Acme backend review", answers: {}, progress: { answered: 0 } });
  });

  it("accepts the browser's httpOnly cookie as the same secret", async () => {
    const created = await createReview();
    const response = await callRoute(getRoute, { id: created.id }, { headers: { cookie: `other=1; fl_edit_${created.id}=${created.editToken}` } });
    expect(response.status).toBe(200);
  });

  it("stores an answer, is idempotent, and answers a stale baseVersion with 409 and the current answer", async () => {
    const { id, editToken } = await createReview();
    const first = await put(id, SINGLE, editToken, { value: "average", note: "We size for the mean" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ questionId: SINGLE, state: "answered", value: "average", version: 1 });

    const again = await put(id, SINGLE, editToken, { value: "average", note: "We size for the mean" });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(1);

    const changed = await put(id, SINGLE, editToken, { value: "tested-peak", baseVersion: 1 });
    expect(changed.body.version).toBe(2);
    // The same request repeated (e.g. a retry after a lost response) changes nothing and is not a conflict.
    const retried = await put(id, SINGLE, editToken, { value: "tested-peak", baseVersion: 1 });
    expect(retried.status).toBe(200);
    expect(retried.body.version).toBe(2);

    const stale = await put(id, SINGLE, editToken, { value: "average", baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: "conflict", current: { value: "tested-peak", version: 2 } });

    const view = await callRoute(getRoute, { id }, { token: editToken });
    expect(view.body.answers[SINGLE]).toMatchObject({ value: "tested-peak", version: 2, note: null });
    expect(view.body.progress.answered).toBe(1);
  });

  it("treats baseVersion 0 as 'I saw no answer': a first answer given elsewhere meanwhile is a conflict", async () => {
    const { id, editToken } = await createReview();
    expect((await put(id, SINGLE, editToken, { value: "average", baseVersion: 0 })).status).toBe(201);
    const second = await put(id, SINGLE, editToken, { value: "tested-peak", baseVersion: 0 });
    expect(second.status).toBe(409);
    expect(second.body.current).toMatchObject({ value: "average", version: 1 });
    // The same first answer sent twice (a retry) is not a conflict.
    expect((await put(id, SINGLE, editToken, { value: "average", baseVersion: 0 })).status).toBe(200);
  });

  it("stores don't know and not applicable, the latter only with a reason", async () => {
    const { id, editToken } = await createReview();
    const bank = (await callRoute(questionnaireRoute, { key: "backend-scaling" })).body;
    const questions = bank.sections.flatMap((s: any) => s.questions);
    const unknownable = questions.find((q: any) => q.allowUnknown && !q.showIf);
    const notApplicable = questions.find((q: any) => q.allowNotApplicable && !q.showIf);
    const strict = questions.find((q: any) => !q.allowUnknown && !q.showIf && q.type === "single");

    expect((await put(id, unknownable.id, editToken, { state: "unknown" })).body).toMatchObject({ state: "unknown", value: null });
    const noReason = await put(id, notApplicable.id, editToken, { state: "not-applicable" });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].path).toBe("note");
    expect((await put(id, notApplicable.id, editToken, { state: "not-applicable", note: "We have no admin exports" })).status).toBe(201);
    expect((await put(id, strict.id, editToken, { state: "unknown" })).status).toBe(422);
  });

  it("answers 422 for each kind of bad input and changes nothing stored", async () => {
    const { id, editToken } = await createReview();
    await put(id, SINGLE, editToken, { value: "average", note: "kept" });
    const cases: [string, unknown, string][] = [
      ["unknown question", { value: "x" }, "questionId"],
      ["wrong value type", { value: 42 }, "value"],
      ["unknown choice", { value: "no-such-choice" }, "value"],
      ["oversize note", { value: "average", note: "x".repeat(5_001) }, "note"],
      ["unknown field", { value: "average", colour: "red" }, ""],
      ["bad state", { state: "maybe" }, "state"],
      ["bad baseVersion", { value: "average", baseVersion: "one" }, "baseVersion"],
    ];
    for (const [label, body, path] of cases) {
      const questionId = label === "unknown question" ? "load.no-such-question" : SINGLE;
      const response = await put(id, questionId, editToken, body);
      expect(response.status, label).toBe(422);
      expect(response.headers.get("content-type"), label).toBe("application/problem+json");
      if (path) expect(response.body.errors.map((e: { path: string }) => e.path), label).toContain(path);
    }
    const malformed = await callRoute(putRoute, { id, questionId: SINGLE }, { method: "PUT", rawBody: '{"value": "aver', token: editToken });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].path).toBe("(body)");

    const text = await put(id, TEXT_FREE, editToken, { value: 7 });
    expect(text.status).toBe(422);

    const stored = await prisma.answer.findMany({ where: { assessmentId: id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ value: "average", note: "kept", version: 1 });
  });

  it("loses no write: 50 concurrent PUTs of different values all succeed and the version counts each", async () => {
    const { id, editToken } = await createReview();
    const notes = Array.from({ length: 50 }, (_, i) => `writer ${i}`);
    const responses = await Promise.all(notes.map((note) => put(id, SINGLE, editToken, { value: "average", note })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const stored = await prisma.answer.findUniqueOrThrow({
      where: { respondentId_questionId: { respondentId: (await prisma.respondent.findFirstOrThrow({ where: { assessmentId: id } })).id, questionId: SINGLE } },
    });
    expect(stored.version).toBe(50);
    const versions = responses.map((r) => r.body.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(notes).toContain(stored.note);
  });

  it("without baseVersion the write wins: 60 concurrent PUTs flipping between two answers never get 409", async () => {
    // A PUT that finds its own value already stored reads the answer back; another writer can change it
    // in between. Without a baseVersion the client asked for no check, so that must not be a conflict.
    const { id, editToken } = await createReview();
    const responses = await Promise.all(Array.from({ length: 60 }, (_, i) => put(id, SINGLE, editToken, { value: "average", note: i % 2 ? "odd" : "even" })));
    expect(responses.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    const stored = await prisma.answer.findFirstOrThrow({ where: { assessmentId: id, questionId: SINGLE } });
    expect(["odd", "even"]).toContain(stored.note);
  });

  it("clears an answer with DELETE", async () => {
    const { id, editToken } = await createReview();
    await put(id, SINGLE, editToken, { value: "average" });
    const deleted = await callRoute(deleteRoute, { id, questionId: SINGLE }, { method: "DELETE", token: editToken });
    expect(deleted.status).toBe(204);
    const view = await callRoute(getRoute, { id }, { token: editToken });
    expect(view.body.answers[SINGLE]).toBeUndefined();
  });
});
