import type { TQuestion, TQuestionnaire, TSection } from "./schema";

export type TLocatedQuestion = { section: TSection; question: TQuestion };

/** Every question of the bank with its section, in the order they are asked. */
export function listQuestions(questionnaire: TQuestionnaire): TLocatedQuestion[] {
  return questionnaire.sections.flatMap((section) =>
    section.questions.map((question) => ({ section, question })),
  );
}

export function findQuestion(
  questionnaire: TQuestionnaire,
  questionId: string,
): TLocatedQuestion | undefined {
  return listQuestions(questionnaire).find(({ question }) => question.id === questionId);
}
