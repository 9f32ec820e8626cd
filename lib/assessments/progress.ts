import type { TAnswers } from "@/lib/questionnaire/answer";
import { getVisibleQuestionIds } from "@/lib/questionnaire/visibility";
import type { TQuestionnaire } from "@/lib/questionnaire/schema";

export type TSectionProgress = { id: string; title: string; answered: number; total: number };
export type TProgress = {
  /** Visible questions with any answer (a value, "don't know" or "not applicable"). */
  answered: number;
  /** Questions currently asked: hidden ones (their condition is not met) do not count. */
  total: number;
  unknown: number;
  notApplicable: number;
  percent: number;
  sections: TSectionProgress[];
};

export function computeProgress(questionnaire: TQuestionnaire, answers: TAnswers): TProgress {
  const visible = getVisibleQuestionIds(questionnaire, answers);
  let unknown = 0;
  let notApplicable = 0;
  const sections = questionnaire.sections.map((section) => {
    const asked = section.questions.filter((question) => visible.has(question.id));
    const done = asked.filter((question) => answers[question.id]);
    for (const question of done) {
      if (answers[question.id]?.state === "unknown") unknown += 1;
      if (answers[question.id]?.state === "not_applicable") notApplicable += 1;
    }
    return { id: section.id, title: section.title, answered: done.length, total: asked.length };
  });
  const answered = sections.reduce((sum, s) => sum + s.answered, 0);
  const total = sections.reduce((sum, s) => sum + s.total, 0);
  return { answered, total, unknown, notApplicable, percent: total ? Math.round((answered / total) * 100) : 0, sections };
}
