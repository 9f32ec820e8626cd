import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { answerRisk } from "./answer-risk";
import { findQuestion, listQuestions } from "./find-question";
import { loadQuestionnaire } from "./load";
import type { TQuestion } from "./schema";
import { miniQuestionnaire } from "./test-fixtures";

const mini = miniQuestionnaire();
const question = (id: string): TQuestion => findQuestion(mini, id)?.question as TQuestion;
const answered = (value: unknown) => ({ state: "answered" as const, value });

describe("answerRisk", () => {
  it("single: the chosen choice's risk; none in an unscored section", () => {
    const bank = loadQuestionnaire("backend-scaling");
    const deploys = findQuestion(bank, "team.deploys")?.question as TQuestion;
    expect(answerRisk(deploys, answered("tense"))).toBe(0.75);
    expect(answerRisk(question("a.gate"), answered("left"))).toBeNull();
  });

  it("multi: the sum of picked risks capped at 1, or the worst one", () => {
    expect(answerRisk(question("b.follow-up"), answered(["x", "y"]))).toBeCloseTo(0.7);
    expect(answerRisk(question("b.follow-up"), answered(["x", "y", "z"]))).toBe(1);
    expect(answerRisk(question("b.follow-up"), answered(["none"]))).toBe(0);
    const maxed = { ...question("b.follow-up"), aggregate: "max" } as TQuestion;
    expect(answerRisk(maxed, answered(["x", "y"]))).toBe(0.4);
  });

  it("scale: linear from the healthy end to the risky end", () => {
    expect(answerRisk(question("b.deeper"), answered(1))).toBe(0);
    expect(answerRisk(question("b.deeper"), answered(3))).toBe(0.5);
    expect(answerRisk(question("b.deeper"), answered(5))).toBe(1);
    const reversed = { ...question("b.deeper"), riskyEnd: "min" } as TQuestion;
    expect(answerRisk(reversed, answered(2))).toBe(0.75);
  });

  it("number: the band the value falls in", () => {
    expect(answerRisk(question("b.ratio"), answered(0))).toBe(0);
    expect(answerRisk(question("b.ratio"), answered(0.5))).toBe(0.5);
    expect(answerRisk(question("b.ratio"), answered(4.9))).toBe(0.5);
    expect(answerRisk(question("b.ratio"), answered(100))).toBe(1);
  });

  it("don't know carries the question's unknownRisk; not applicable and no answer carry none", () => {
    expect(answerRisk(question("b.ratio"), { state: "unknown" })).toBe(0.8);
    expect(answerRisk(question("b.ratio"), { state: "not_applicable" })).toBeNull();
    expect(answerRisk(question("b.ratio"), undefined)).toBeNull();
    expect(answerRisk(question("b.notes"), answered("text"))).toBeNull();
  });

  it("never lowers the risk of a multi answer when another choice is added", () => {
    const bank = loadQuestionnaire("backend-scaling");
    const multis = listQuestions(bank)
      .filter(({ section, question: q }) => section.scored && q.type === "multi")
      .map(({ question: q }) => q as Extract<TQuestion, { type: "multi" }>);
    for (const multi of multis) {
      const open = multi.choices.filter((c) => !c.exclusive).map((c) => c.id);
      fc.assert(
        fc.property(fc.subarray(open, { minLength: 1 }), fc.constantFrom(...open), (picked, extra) => {
          const before = answerRisk(multi, answered(picked)) as number;
          const after = answerRisk(multi, answered([...new Set([...picked, extra])])) as number;
          expect(after).toBeGreaterThanOrEqual(before);
        }),
      );
    }
  });
});
