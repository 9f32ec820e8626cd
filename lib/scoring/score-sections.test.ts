import { describe, expect, it } from "vitest";

import { conditionQuestionIds } from "../questionnaire/condition";
import { listQuestions } from "../questionnaire/find-question";
import type { TQuestion } from "../questionnaire/schema";
import { buildReport } from "./build-report";
import { riskierValues } from "./riskier-values";
import type { TScoringAnswer, TScoringAnswers } from "./scoring-answers";
import { bankAndRules } from "./test-fixtures";

const { questionnaire, rules } = bankAndRules();
const located = listQuestions(questionnaire);
const byId = new Map(located.map((l) => [l.question.id, l]));
const report = (answers: TScoringAnswers) => buildReport(questionnaire, answers, { rules, whatWouldChangeIt: false });
const area = (answers: TScoringAnswers, id: string) => report(answers).areas.find((a) => a.id === id)?.score ?? null;

function allValues(question: TQuestion): unknown[] {
  if (question.type === "single") return question.choices.map((c) => c.id);
  if (question.type === "multi") {
    const open = question.choices.filter((c) => !c.exclusive).map((c) => c.id);
    const subsets = Array.from({ length: 2 ** open.length - 1 }, (_, mask) => open.filter((_, i) => (mask + 1) & (1 << i)));
    return [...subsets, ...question.choices.filter((c) => c.exclusive).map((c) => [c.id])];
  }
  if (question.type === "scale") return Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
  if (question.type === "number") return [question.min, ...(question.bands ?? []).map((b) => b.from)];
  return [];
}

function allAnswers(question: TQuestion): (TScoringAnswer | undefined)[] {
  return [
    undefined,
    ...allValues(question).map((value) => ({ state: "answered" as const, value })),
    ...(question.allowUnknown ? [{ state: "unknown" as const }] : []),
  ];
}

describe("scoring hidden questions", { timeout: 120_000 }, () => {
  // A scored answer that shows or hides another scored question: every riskier move of the first,
  // against every answer to the second, on a healthy and on a troubled background.
  const gates = located.flatMap(({ question, section }) =>
    section.scored && question.showIf
      ? conditionQuestionIds(question.showIf)
          .filter((id) => byId.get(id)?.section.scored)
          .map((parent) => ({ parent: byId.get(parent)!, child: { question, section } }))
      : [],
  );

  it("finds the gates of the bank", () => {
    expect(gates.map((g) => `${g.parent.question.id} → ${g.child.question.id}`)).toEqual(
      expect.arrayContaining(["database.roles → database.queue-backlog", "state.routing → state.scale-out"]),
    );
  });

  it.each(gates.map((g) => [`${g.parent.question.id} → ${g.child.question.id}`, g] as const))(
    "never lowers a score when %s is answered more riskily",
    (_name, { parent, child }) => {
      const areaId = parent.section.measures === "urgency" ? "urgency" : (parent.section.area as string);
      const scoreOf = (answers: TScoringAnswers) =>
        areaId === "urgency" ? report(answers).urgency.score : area(answers, areaId);
      const backgrounds: TScoringAnswers[] = [
        {},
        Object.fromEntries(
          located
            .filter((l) => l.section.id === parent.section.id && l.question.type === "single")
            .map((l) => [l.question.id, { state: "answered" as const, value: (l.question as { choices: { id: string }[] }).choices.at(-1)!.id }]),
        ),
      ];
      for (const background of backgrounds) {
        for (const value of allValues(parent.question)) {
          for (const riskier of riskierValues(parent.question, value)) {
            for (const childAnswer of allAnswers(child.question)) {
              const base = { ...background, [child.question.id]: childAnswer };
              const before = { ...base, [parent.question.id]: { state: "answered" as const, value } };
              const after = { ...base, [parent.question.id]: { state: "answered" as const, value: riskier } };
              const [a, b] = [scoreOf(before), scoreOf(after)];
              expect(b ?? 0, `${JSON.stringify(value)} → ${JSON.stringify(riskier)} with ${JSON.stringify(childAnswer)}`).toBeGreaterThanOrEqual(a ?? 0);
            }
          }
        }
      }
    },
  );

  it("leaves out a question hidden by the context, and counts one hidden by a healthy answer as risk 0", () => {
    const monolith = { "context.services": { state: "answered" as const, value: 1 }, "foundations.boundaries": { state: "answered" as const, value: "tangled" } };
    // Only boundaries counts: 0.75 → 75. The service questions do not apply to one service.
    expect(area(monolith, "foundations")).toBe(75);
    const noQueue = { "database.roles": { state: "answered" as const, value: ["cache"] } };
    // roles 0.25 × 3, plus the hidden backlog question as 0 × 2 → 0.75 / 5 = 15.
    expect(area(noQueue, "database")).toBe(15);
  });

  it("scores a hidden question as the answer the rules imply", () => {
    const single = { "state.routing": { state: "answered" as const, value: "single-instance" } };
    // routing 0.4 × 3, scale-out implied "never-changed" 0.4 × 2 → 40.
    expect(area(single, "state")).toBe(40);
    expect(rules.hiddenQuestions.implied.map((i) => i.question)).toContain("state.scale-out");
  });
});
