import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { listQuestions } from "../questionnaire/find-question";
import { getVisibleQuestionIds } from "../questionnaire/visibility";
import { buildReport } from "./build-report";
import { levelRank } from "./levels";
import { ZReport, type TReport } from "./report-schema";
import { riskierValues } from "./riskier-values";
import type { TScoringAnswers } from "./scoring-answers";
import { ALL_VISIBLE, answersArbitrary, bankAndRules } from "./test-fixtures";

// Properties of the scoring over answers drawn from the bank itself (every choice of every question,
// "don't know" and "not applicable" where allowed, unanswered, and answers to hidden questions).

const { questionnaire, rules } = bankAndRules();
const located = listQuestions(questionnaire);
const scored = located.filter(({ section, question }) => section.scored && question.type !== "text");
const fast = { rules, whatWouldChangeIt: false } as const;
const report = (answers: TScoringAnswers) => buildReport(questionnaire, answers, fast);
const areaScore = (r: TReport, id: string) => r.areas.find((a) => a.id === id)?.score ?? null;

/** Answers, a visible scored question answered in them, and a riskier answer to it. */
const riskierCase = answersArbitrary(questionnaire)
  .chain((answers) => {
    const visible = getVisibleQuestionIds(questionnaire, answers as never);
    const options = scored.filter(({ question }) => visible.has(question.id));
    return fc.record({ answers: fc.constant(answers), pick: fc.constantFrom(...options) });
  })
  .chain(({ answers, pick }) => {
    const current = answers[pick.question.id];
    const start = current?.state === "answered" ? fc.constant(current.value) : fc.constant(undefined);
    return start.chain((value) => {
      const base = value === undefined ? firstValue(pick.question) : value;
      const riskier = riskierValues(pick.question, base);
      return fc.record({
        before: fc.constant({ ...answers, [pick.question.id]: { state: "answered" as const, value: base } }),
        question: fc.constant(pick),
        riskier: riskier.length > 0 ? fc.constantFrom(...riskier) : fc.constant(undefined),
      });
    });
  })
  .filter(({ riskier }) => riskier !== undefined);

function firstValue(question: (typeof scored)[number]["question"]): unknown {
  if (question.type === "single") return question.choices[0].id;
  if (question.type === "multi") return [question.choices.find((c) => !c.exclusive)?.id];
  return question.type === "scale" || question.type === "number" ? question.min : undefined;
}

describe("buildReport properties", { timeout: 120_000 }, () => {
  it("gives the same report for the same input, the search for what would change it included", () => {
    fc.assert(
      fc.property(answersArbitrary(questionnaire), (answers) => {
        const first = buildReport(questionnaire, answers, { rules });
        const again = buildReport(questionnaire, structuredClone(answers), { rules });
        expect(again).toEqual(first);
        expect(JSON.stringify(again)).toBe(JSON.stringify(first));
      }),
      { numRuns: 5 },
    );
  });

  it("keeps every score within 0-100 and always matches the report schema", () => {
    fc.assert(
      fc.property(answersArbitrary(questionnaire), (answers) => {
        const r = report(answers);
        ZReport.parse(r);
        for (const score of [r.overall.score, r.urgency.score, ...r.areas.map((a) => a.score)]) {
          if (score !== null) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
            expect(Number.isInteger(score)).toBe(true);
          }
        }
        expect(r.paths.filter((p) => p.chosen)).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });

  it("never lowers the area score, the urgency or the overall score for a riskier answer", () => {
    fc.assert(
      fc.property(riskierCase, ({ before, question, riskier }) => {
        const after = { ...before, [question.question.id]: { state: "answered" as const, value: riskier } };
        const [a, b] = [report(before), report(after)];
        if (question.section.measures === "urgency") {
          expect(b.urgency.score ?? 0).toBeGreaterThanOrEqual(a.urgency.score ?? 0);
        } else {
          const area = question.section.area as string;
          expect(areaScore(b, area) ?? 0).toBeGreaterThanOrEqual(areaScore(a, area) ?? 0);
        }
        expect(b.overall.score ?? 0).toBeGreaterThanOrEqual(a.overall.score ?? 0);
        for (const area of a.areas) expect(areaScore(b, area.id) ?? 0).toBeGreaterThanOrEqual(area.score ?? 0);
      }),
      { numRuns: 250 },
    );
  });

  it("never drops a finding, its severity or the overall level for a riskier answer that hides nothing", () => {
    fc.assert(
      fc.property(riskierCase, ({ before, question, riskier }) => {
        const after = { ...before, [question.question.id]: { state: "answered" as const, value: riskier } };
        const shown = (answers: TScoringAnswers) => [...getVisibleQuestionIds(questionnaire, answers as never)].sort();
        // Only answers that leave the same questions asked: one that hides a question (e.g. "just one
        // instance" hides "what happened when you added instances") may drop that question's finding.
        const [asked, askedAfter] = [shown(before), shown(after)];
        fc.pre(asked.length === askedAfter.length && askedAfter.every((id) => asked.includes(id)));
        const [a, b] = [report(before), report(after)];
        for (const finding of a.findings) {
          const still = b.findings.find((f) => f.id === finding.id);
          expect(still, finding.id).toBeDefined();
          expect(levelRank(still!.severity)).toBeGreaterThanOrEqual(levelRank(finding.severity));
        }
        if (a.overall.level && b.overall.level) expect(levelRank(b.overall.level)).toBeGreaterThanOrEqual(levelRank(a.overall.level));
      }),
      { numRuns: 250 },
    );
  });

  it("never raises confidence when an answer is replaced with \"don't know\"", () => {
    const unknowable = located.filter(({ question }) => question.allowUnknown);
    fc.assert(
      fc.property(answersArbitrary(questionnaire), fc.constantFrom(...unknowable), (answers, { question }) => {
        fc.pre(answers[question.id]?.state === "answered");
        const before = report(answers);
        const after = report({ ...answers, [question.id]: { state: "unknown" } });
        const rank = { low: 0, medium: 1, high: 2 } as const;
        expect(rank[after.recommendation.confidence]).toBeLessThanOrEqual(rank[before.recommendation.confidence]);
      }),
      { numRuns: 200 },
    );
  });

  it("ignores answers to hidden questions", () => {
    fc.assert(
      fc.property(answersArbitrary(questionnaire), (answers) => {
        const visible = getVisibleQuestionIds(questionnaire, answers as never);
        const onlyVisible = Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
        expect(report(onlyVisible)).toEqual(report(answers));
      }),
      { numRuns: 100 },
    );
  });

  it("scores every choice of every question without error, and a riskier choice never scores lower", () => {
    for (const { section, question } of located) {
      const values: unknown[] =
        question.type === "single" || question.type === "multi"
          ? question.choices.map((c) => (question.type === "multi" ? [c.id] : c.id))
          : question.type === "scale"
            ? Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i)
            : question.type === "number"
              ? [question.min, ...(question.bands ?? []).map((b) => b.from)]
              : ["Some context"];
      const states = [
        ...values.map((value) => ({ state: "answered" as const, value })),
        ...(question.allowUnknown ? [{ state: "unknown" as const }] : []),
        ...(question.allowNotApplicable ? [{ state: "not_applicable" as const, note: "Does not apply to us" }] : []),
      ];
      const results = states.map((answer) => {
        const answers = { ...ALL_VISIBLE, [question.id]: answer };
        const r = report(answers);
        expect(() => ZReport.parse(r), question.id).not.toThrow();
        return { answer, r };
      });
      if (!section.scored || question.type === "text") continue;
      const scoreOf = (r: TReport) => (section.measures === "urgency" ? r.urgency.score : areaScore(r, section.area as string));
      const answered = results.flatMap(({ answer, r }) => (answer.state === "answered" ? [{ value: answer.value, r }] : []));
      for (const { value, r } of answered) {
        for (const riskier of riskierValues(question, value)) {
          const other = answered.find((o) => JSON.stringify(o.value) === JSON.stringify(riskier));
          if (other) expect(scoreOf(other.r) ?? 0, `${question.id}: ${JSON.stringify(riskier)}`).toBeGreaterThanOrEqual(scoreOf(r) ?? 0);
        }
      }
    }
  });
});
