import { describe, expect, it } from "vitest";

import { loadQuestionnaire } from "./load";
import { toPublicQuestionnaire } from "./public-questionnaire";

const QUESTION_KEYS = new Set([
  "id", "type", "prompt", "help", "choices", "min", "max", "labels", "unit", "integer", "maxLength",
  "allowUnknown", "allowNotApplicable", "showIf",
]);

describe("toPublicQuestionnaire", () => {
  const bank = loadQuestionnaire("backend-scaling");
  const projected = toPublicQuestionnaire(bank);

  it("has the shape of GET /api/v1/questionnaires/{key}", () => {
    expect(Object.keys(projected)).toEqual(["key", "version", "title", "intro", "sections"]);
    expect(projected).toMatchObject({ key: "backend-scaling", version: 2, title: bank.title });
    for (const section of projected.sections) {
      expect(Object.keys(section)).toEqual(["id", "title", "intro", "scored", "questions"]);
      for (const question of section.questions) {
        expect(Object.keys(question).filter((key) => !QUESTION_KEYS.has(key))).toEqual([]);
        expect(typeof question.allowUnknown).toBe("boolean");
        expect(typeof question.allowNotApplicable).toBe("boolean");
        if (question.type === "single" || question.type === "multi") {
          for (const choice of question.choices ?? []) {
            expect(Object.keys(choice).filter((k) => k !== "exclusive")).toEqual(["id", "label"]);
          }
        } else {
          expect(question.choices).toBeUndefined();
        }
        if (question.type === "scale" || question.type === "number") {
          expect(typeof question.min).toBe("number");
          expect(typeof question.max).toBe("number");
        }
      }
    }
  });

  it("leaves out the scoring data", () => {
    const json = JSON.stringify(projected);
    for (const field of ["risk", "weight", "probes", "unknownRisk", "bands", "riskyEnd", "aggregate", "diagnostics"]) {
      expect(json).not.toContain(`"${field}"`);
    }
  });

  it("keeps every question, in order, with its condition", () => {
    const ids = (sections: { questions: { id: string }[] }[]) => sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids(projected.sections)).toEqual(ids(bank.sections));
    const splitReason = projected.sections
      .flatMap((s) => s.questions)
      .find((q) => q.id === "foundations.split-reason");
    expect(splitReason?.showIf).toEqual({ question: "context.services", gte: 2 });
  });

  it("does not share objects with the bank", () => {
    const section = projected.sections.find((s) => s.id === "database");
    const question = section?.questions.find((q) => q.id === "database.queue-backlog");
    if (question?.showIf) question.showIf.includes = "changed";
    const original = bank.sections.flatMap((s) => s.questions).find((q) => q.id === "database.queue-backlog");
    expect(original?.showIf).toEqual({ question: "database.roles", includes: "queue" });
  });
});
