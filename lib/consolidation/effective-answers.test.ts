import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { listQuestions } from "../questionnaire/find-question";
import type { TQuestion } from "../questionnaire/schema";
import { buildReport } from "../scoring/build-report";
import type { TScoringAnswer, TScoringAnswers } from "../scoring/scoring-answers";
import { answerArbitrary, answersArbitrary, bankAndRules } from "../scoring/test-fixtures";
import { effectiveAnswer, effectiveAnswers } from "./effective-answers";

const { questionnaire, rules } = bankAndRules();
const questions = listQuestions(questionnaire).map(({ question }) => question);
const byId = (id: string) => questions.find((q) => q.id === id) as TQuestion;
const a = (value: unknown, note?: string): TScoringAnswer => ({ state: "answered", value, ...(note ? { note } : {}) });

describe("effective answers", () => {
  const deploys = byId("team.deploys");

  it("uses the agreed answer when one is recorded, whatever the team said", () => {
    const agreed = a("careful", "We settled on careful in the session");
    const result = effectiveAnswer(deploys, { team: [a("routine"), a("feared")], agreed });
    expect(result).toMatchObject({ answer: agreed, source: "agreed", provisional: false, divergence: { score: 1, level: "strong" } });
  });

  it("takes the answer most respondents gave, and marks it provisional while they differ", () => {
    const result = effectiveAnswer(deploys, { team: [a("routine"), a("tense", "only Sam can deploy"), a("tense")] });
    expect(result).toMatchObject({ answer: { state: "answered", value: "tense", note: "only Sam can deploy" }, source: "majority", provisional: true });
  });

  it("breaks a tie towards the riskier answer, whoever answered first", () => {
    for (const team of [[a("routine"), a("feared")], [a("feared"), a("routine")]]) {
      expect(effectiveAnswer(deploys, { team })?.answer.value).toBe("feared");
    }
    const responders = byId("team.incident-responders");
    // "Don't know" carries the question's unknownRisk; a tie with a healthy number goes to the riskier.
    const tie = effectiveAnswer(responders, { team: [a(6), { state: "unknown" }] });
    expect(tie?.answer.state).toBe(responders.allowUnknown && (responders.unknownRisk ?? 0) > 0 ? "unknown" : "answered");
  });

  it("gives nothing when nobody answered and nothing was agreed", () => {
    expect(effectiveAnswer(deploys, { team: [undefined, null] })).toBeNull();
    expect(effectiveAnswers(questionnaire, { "team.deploys": { team: [] } })).toEqual({});
  });

  it("is not provisional when everyone agrees, or when there is one respondent", () => {
    expect(effectiveAnswer(deploys, { team: [a("careful"), a("careful")] })).toMatchObject({ source: "unanimous", provisional: false });
    expect(effectiveAnswer(deploys, { team: [a("careful")] })).toMatchObject({ source: "only", provisional: false });
  });

  it("does not depend on the order of respondents", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...questions).chain((q) => fc.tuple(fc.constant(q), fc.array(answerArbitrary(q), { minLength: 1, maxLength: 5 }))),
        ([question, team]) => {
          const forward = effectiveAnswer(question, { team });
          const backward = effectiveAnswer(question, { team: [...team].reverse() });
          expect(backward?.answer.state).toBe(forward?.answer.state);
          expect(backward?.answer.value).toEqual(forward?.answer.value);
          expect(backward?.provisional).toBe(forward?.provisional);
        },
      ),
    );
  });

  it("leaves a review with one respondent exactly as it was: same answers, same report", () => {
    fc.assert(
      fc.property(answersArbitrary(questionnaire), (answers: TScoringAnswers) => {
        const byQuestion = Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { team: [answer] }]));
        const effective = effectiveAnswers(questionnaire, byQuestion);
        const used = Object.fromEntries(Object.entries(effective).map(([id, e]) => [id, e.answer]));
        expect(used).toEqual(answers);
        expect(Object.values(effective).some((e) => e.provisional)).toBe(false);
        const options = { rules, whatWouldChangeIt: false } as const;
        expect(buildReport(questionnaire, used, options)).toEqual(buildReport(questionnaire, answers, options));
      }),
      { numRuns: 25 },
    );
  });
});
