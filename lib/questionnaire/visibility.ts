import type { TAnswer, TAnswers } from "./answer";
import { evaluateCondition } from "./condition";
import type { TCondition } from "./schema";

/**
 * What branching needs from a questionnaire: ids and conditions in order. Both the validated bank
 * (TQuestionnaire) and its public projection (TPublicQuestionnaire) fit, so the form in the browser
 * and the scoring on the server decide visibility with the same code.
 */
export type TBranchingQuestion = { id: string; showIf?: TCondition };
export type TBranchingSection<Q extends TBranchingQuestion = TBranchingQuestion> = {
  questions: readonly Q[];
};
export type TBranchingQuestionnaire<S extends TBranchingSection = TBranchingSection> = {
  sections: readonly S[];
};

/**
 * The ids of the questions to ask, given the answers so far. A question without showIf is always
 * visible. A condition sees only answered values of visible questions, so an answer to a hidden
 * question is kept (the respondent may change their mind) but has no effect anywhere. One pass in
 * bank order is enough because conditions refer only to earlier questions.
 */
export function getVisibleQuestionIds(
  questionnaire: TBranchingQuestionnaire,
  answers: TAnswers,
): Set<string> {
  const visible = new Set<string>();
  const valueOf = (questionId: string): unknown => {
    if (!visible.has(questionId)) return undefined;
    const answer = answers[questionId];
    return answer?.state === "answered" ? answer.value : undefined;
  };
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      if (!question.showIf || evaluateCondition(question.showIf, valueOf)) visible.add(question.id);
    }
  }
  return visible;
}

/** The visible questions with their sections, in the order they are asked. */
export function listVisibleQuestions<S extends TBranchingSection>(
  questionnaire: TBranchingQuestionnaire<S>,
  answers: TAnswers,
): { section: S; question: S["questions"][number] }[] {
  const visible = getVisibleQuestionIds(questionnaire, answers);
  return questionnaire.sections.flatMap((section) =>
    section.questions
      .filter((question) => visible.has(question.id))
      .map((question) => ({ section, question })),
  );
}

/** The answers that count: those to visible questions. Hidden questions' answers are left out. */
export function pickVisibleAnswers(
  questionnaire: TBranchingQuestionnaire,
  answers: TAnswers,
): Record<string, TAnswer> {
  const picked: Record<string, TAnswer> = {};
  for (const id of getVisibleQuestionIds(questionnaire, answers)) {
    const answer = answers[id];
    if (answer) picked[id] = answer;
  }
  return picked;
}
