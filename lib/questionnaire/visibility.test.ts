import { describe, expect, it } from "vitest";

import type { TAnswers } from "./answer";
import { loadQuestionnaire } from "./load";
import { toPublicQuestionnaire } from "./public-questionnaire";
import { miniQuestionnaire } from "./test-fixtures";
import { getVisibleQuestionIds, listVisibleQuestions, pickVisibleAnswers } from "./visibility";

const answered = (value: unknown) => ({ state: "answered" as const, value });

describe("visibility in the mini bank", () => {
  const mini = miniQuestionnaire();

  it("shows unconditional questions and hides conditional ones until their condition holds", () => {
    expect([...getVisibleQuestionIds(mini, {})]).toEqual(["a.gate", "a.count", "b.notes"]);
  });

  it("follows equals, includes, gte and in", () => {
    const answers: TAnswers = {
      "a.gate": answered("left"),
      "b.follow-up": answered(["x", "y"]),
    };
    expect(getVisibleQuestionIds(mini, answers)).toEqual(
      new Set(["a.gate", "a.count", "b.follow-up", "b.deeper", "b.notes"]),
    );
    expect(getVisibleQuestionIds(mini, { "a.count": answered(2) }).has("b.ratio")).toBe(true);
    expect(getVisibleQuestionIds(mini, { "a.count": answered(1) }).has("b.ratio")).toBe(false);
    expect(getVisibleQuestionIds(mini, { "a.gate": answered("right") }).has("b.ratio")).toBe(true);
  });

  it("ignores a hidden question's answer, even further down a chain", () => {
    const answers: TAnswers = {
      "a.gate": answered("right"),
      "b.follow-up": answered(["x"]),
      "b.deeper": answered(5),
    };
    const visible = getVisibleQuestionIds(mini, answers);
    expect(visible.has("b.follow-up")).toBe(false);
    // b.follow-up's kept answer includes "x", but a hidden question cannot open b.deeper.
    expect(visible.has("b.deeper")).toBe(false);

    const picked = pickVisibleAnswers(mini, answers);
    expect(picked).toEqual({ "a.gate": answered("right") });
    // The answers themselves are kept, untouched, for when the respondent changes their mind.
    expect(answers["b.deeper"]).toEqual(answered(5));
    expect(getVisibleQuestionIds(mini, { ...answers, "a.gate": answered("left") }).has("b.deeper")).toBe(
      true,
    );
  });

  it("does not treat don't know or not applicable as satisfying a condition", () => {
    expect(getVisibleQuestionIds(mini, { "a.gate": { state: "unknown" } }).has("b.follow-up")).toBe(false);
    expect(
      getVisibleQuestionIds(mini, { "a.gate": { state: "not_applicable", value: "left" } }).has(
        "b.follow-up",
      ),
    ).toBe(false);
  });

  it("treats a value of the wrong type as not satisfying, without throwing", () => {
    const answers: TAnswers = {
      "a.gate": answered(["left"]),
      "a.count": answered("7"),
    };
    expect([...getVisibleQuestionIds(mini, answers)]).toEqual(["a.gate", "a.count", "b.notes"]);
  });

  it("lists visible questions with their sections, in order", () => {
    const visible = listVisibleQuestions(mini, { "a.gate": answered("left") });
    expect(visible.map(({ section, question }) => `${section.id}/${question.id}`)).toEqual([
      "a/a.gate",
      "a/a.count",
      "b/b.follow-up",
      "b/b.notes",
    ]);
  });
});

describe("visibility in backend-scaling", () => {
  const bank = loadQuestionnaire("backend-scaling");
  const visible = (answers: TAnswers) => getVisibleQuestionIds(bank, answers);

  it("asks service questions only of teams running several services", () => {
    const serviceQuestions = [
      "foundations.split-reason",
      "foundations.service-costs",
      "observability.request-tracing",
    ];
    for (const id of serviceQuestions) {
      expect(visible({}).has(id)).toBe(false);
      expect(visible({ "context.services": answered(1) }).has(id)).toBe(false);
      expect(visible({ "context.services": answered(4) }).has(id)).toBe(true);
    }
  });

  it("asks about queue backlogs only when the database is the queue", () => {
    expect(visible({ "database.roles": answered(["cache", "reporting"]) }).has("database.queue-backlog")).toBe(
      false,
    );
    expect(visible({ "database.roles": answered(["cache", "queue"]) }).has("database.queue-backlog")).toBe(
      true,
    );
  });

  it("asks about adding instances unless there is only one, once routing is answered", () => {
    expect(visible({}).has("state.scale-out")).toBe(false);
    expect(visible({ "state.routing": answered("single-instance") }).has("state.scale-out")).toBe(false);
    expect(visible({ "state.routing": answered("sticky") }).has("state.scale-out")).toBe(true);
  });

  it("asks where rewrite pressure comes from when any sign of a rewrite shows", () => {
    const id = "symptoms.rewrite-source";
    expect(visible({ "symptoms.rewrite-pressure": answered(2) }).has(id)).toBe(false);
    expect(visible({ "symptoms.rewrite-pressure": answered(3) }).has(id)).toBe(true);
    expect(visible({ "context.planned-change": answered("rewrite") }).has(id)).toBe(true);
    expect(visible({ "context.review-drivers": answered(["cost", "planned-rewrite"]) }).has(id)).toBe(true);
  });

  it("decides the same on the public projection the browser holds", () => {
    const projected = toPublicQuestionnaire(bank);
    for (const answers of [
      {},
      { "context.services": answered(3), "state.routing": answered("pinned") },
      { "database.roles": answered(["queue"]), "symptoms.rewrite-pressure": answered(1) },
    ] satisfies TAnswers[]) {
      expect(getVisibleQuestionIds(projected, answers)).toEqual(visible(answers));
    }
  });

  it("shows every question to someone whose answers open every door", () => {
    const answers: TAnswers = {
      "context.services": answered(5),
      "database.roles": answered(["queue", "cache"]),
      "state.routing": answered("any-instance"),
      "symptoms.rewrite-pressure": answered(5),
    };
    const total = bank.sections.reduce((n, s) => n + s.questions.length, 0);
    expect(visible(answers).size).toBe(total);
  });
});
