import "server-only";
import { loadAssessment } from "@/lib/assessments/get-assessment";
import type { TAccess } from "@/lib/assessments/access";
import { listQuestions } from "@/lib/questionnaire/find-question";
import { describeAnswer } from "@/lib/scoring/describe-answer";
import { toDbState } from "@/lib/assessments/answer-mapping";
import { toCsv } from "@/lib/exports/to-csv";

export type TExportedAnswer = {
  section: string;
  questionId: string;
  prompt: string;
  state: "answered" | "unknown" | "not-applicable";
  value: unknown;
  answer: string;
  note: string | null;
  version: number;
  updatedAt: string;
};

/** Every stored answer with its note, in the order the questions are asked, with the answer in words. */
export async function exportAnswers(access: TAccess) {
  const { view, questionnaire } = await loadAssessment(access);
  const answers: TExportedAnswer[] = [];
  for (const { section, question } of listQuestions(questionnaire)) {
    const stored = view.answers[question.id];
    if (!stored) continue;
    answers.push({
      section: section.title,
      questionId: question.id,
      prompt: question.prompt,
      state: stored.state,
      value: stored.value,
      answer: describeAnswer(question, { state: toDbState(stored.state), value: stored.value ?? undefined, note: stored.note }),
      note: stored.note,
      version: stored.version,
      updatedAt: stored.updatedAt,
    });
  }
  return {
    assessment: { id: view.id, title: view.title, organization: view.organization, questionnaire: view.questionnaire },
    answers,
  };
}

export function answersToCsv(answers: TExportedAnswer[]): string {
  return toCsv(
    ["Section", "Question id", "Question", "State", "Answer", "Value", "Note", "Version", "Updated at"],
    answers.map((a) => [a.section, a.questionId, a.prompt, a.state, a.answer, a.value === null ? null : JSON.stringify(a.value), a.note, a.version, a.updatedAt]),
  );
}
