import { describe, expect, it } from "vitest";

import { miniQuestionnaire } from "@/lib/questionnaire/test-fixtures";
import { listQuestions } from "@/lib/questionnaire/find-question";
import { describeValue, presenterLive, presenterSlides, ZPresenterLive, type TTeamAnswersInput } from "./presenter-view";

const questionnaire = miniQuestionnaire();
const questions = listQuestions(questionnaire).map(({ question }) => question);
const single = questions.find((question) => question.type === "single")!;
const [first, second] = single.type === "single" ? single.choices : [];

function team(byQuestion: TTeamAnswersInput["byQuestion"]): TTeamAnswersInput {
  return {
    respondents: [
      { id: "r1", name: "Ana", role: "CTO", answerCount: 1 },
      { id: "r2", name: "Ben", role: null, answerCount: 1 },
      { id: "r3", name: "Cy", role: null, answerCount: 0 },
    ],
    byQuestion,
  };
}

describe("presenterSlides", () => {
  it("numbers every question of the bank in order, with its section and why we ask", () => {
    const slides = presenterSlides(questionnaire);
    expect(slides.map((slide) => slide.number)).toEqual(questions.map((_, index) => index + 1));
    expect(slides[0]).toMatchObject({ id: questions[0]!.id, prompt: questions[0]!.prompt, help: questions[0]!.help, sectionTitle: questionnaire.sections[0]!.title });
  });
});

describe("presenterLive", () => {
  it("marks a question where two respondents chose differently as diverging, and one where they agree as not", () => {
    const live = presenterLive(
      questionnaire,
      team({ [single.id]: { answers: [{ respondentId: "r1", state: "answered", value: first!.id, note: " why " }, { respondentId: "r2", state: "answered", value: second!.id, note: null }], agreed: null } }),
    );
    expect(ZPresenterLive.parse(live)).toEqual(live);
    const question = live.questions[single.id]!;
    expect(question.diverging).toBe(true);
    expect(question.divergence.score).toBeGreaterThan(0);
    expect(question.notes).toEqual([{ respondentId: "r1", name: "Ana", note: "why" }]);
    // Respondents with no answers at all are left out of the room.
    expect(live.respondents.map((respondent) => respondent.name)).toEqual(["Ana", "Ben"]);

    const agreeing = presenterLive(
      questionnaire,
      team({ [single.id]: { answers: [{ respondentId: "r1", state: "answered", value: first!.id, note: null }, { respondentId: "r2", state: "answered", value: first!.id, note: null }], agreed: null } }),
    );
    expect(agreeing.questions[single.id]!.diverging).toBe(false);
  });

  it("puts the agreed answer in words and in the bar it belongs to, even when nobody chose it", () => {
    const live = presenterLive(
      questionnaire,
      team({ [single.id]: { answers: [{ respondentId: "r1", state: "answered", value: first!.id, note: null }], agreed: { state: "answered", value: second!.id, note: "  " } } }),
    );
    expect(live.questions[single.id]!.agreed).toEqual({ text: second!.label, note: null, buckets: [second!.id] });
  });

  it("ignores answers of respondents it does not know (a deleted respondent's rows)", () => {
    const live = presenterLive(questionnaire, team({ [single.id]: { answers: [{ respondentId: "gone", state: "answered", value: first!.id, note: "x" }], agreed: null } }));
    expect(live.questions[single.id]!.distribution.answered).toBe(0);
    expect(live.questions[single.id]!.notes).toEqual([]);
  });
});

describe("describeValue", () => {
  it("says each kind of answer in words", () => {
    expect(describeValue(single, "unknown", undefined)).toBe("Don't know");
    expect(describeValue(single, "not_applicable", undefined)).toBe("Not applicable");
    expect(describeValue(single, "answered", first!.id)).toBe(first!.label);
    for (const question of questions) {
      if (question.type === "number") expect(describeValue(question, "answered", 1200)).toBe(`1,200 ${question.unit}`);
      if (question.type === "scale") expect(describeValue(question, "answered", question.min)).toBe(`${question.min} on a scale of ${question.min} to ${question.max}`);
      if (question.type === "multi") expect(describeValue(question, "answered", question.choices.slice(0, 2).map((c) => c.id))).toBe(`${question.choices[0]!.label}; ${question.choices[1]!.label}`);
    }
  });
});
