import type { TQuestion, TQuestionnaire, TSection } from "./schema";

export type TLocatedQuestion = { section: TSection; question: TQuestion };

/** Every question of the bank with its section, in the order they are asked. */
export function listQuestions(questionnaire: TQuestionnaire): TLocatedQuestion[] {
  return questionnaire.sections.flatMap((section) =>
    section.questions.map((question) => ({ section, question })),
  );
}

// Banks are loaded once and never changed afterwards, so each one's index by id is built once.
const indexes = new WeakMap<TQuestionnaire, Map<string, TLocatedQuestion>>();

export function findQuestion(
  questionnaire: TQuestionnaire,
  questionId: string,
): TLocatedQuestion | undefined {
  let index = indexes.get(questionnaire);
  if (!index) {
    index = new Map(listQuestions(questionnaire).map((located) => [located.question.id, located]));
    indexes.set(questionnaire, index);
  }
  return index.get(questionId);
}
