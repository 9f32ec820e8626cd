import "server-only";
import { toApiState } from "@/lib/assessments/answer-mapping";
import { questionnaireForVersionId } from "@/lib/assessments/questionnaire-version";
import type { TReviewAccess } from "@/lib/assessments/access";
import { answeringTeam } from "@/lib/consolidation/get-consolidation";
import { loadTeamAnswers } from "@/lib/consolidation/load-team-answers";
import type { TExportedAnswer } from "@/lib/exports/export-answers";
import { toCsv } from "@/lib/exports/to-csv";
import { listQuestions } from "@/lib/questionnaire/find-question";
import { describeAnswer } from "@/lib/scoring/describe-answer";

type TRow = { state: "answered" | "unknown" | "not_applicable"; value: unknown; note: string | null; version: number; updatedAt: Date };

export type TExportedTeamAnswer = {
  /** A respondent's id, or null for the agreed answer. */
  respondentId: string | null;
} & TExportedAnswer;

export type TExportedTeam = {
  respondents: { id: string; kind: "owner" | "respondent"; name: string; role: string | null; status: "active" | "revoked" }[];
  /** Every respondent's answers, then the agreed ones (respondentId null), question by question. */
  answers: TExportedTeamAnswer[];
};

/**
 * Everyone's answers and the agreed answers, for reviews with invited respondents or agreed answers;
 * null for a review its owner answers alone (its export stays as it was).
 */
export async function exportTeamAnswers(access: TReviewAccess): Promise<TExportedTeam | null> {
  const [loaded, questionnaire] = await Promise.all([loadTeamAnswers(access.assessmentId), questionnaireForVersionId(access.questionnaireVersionId)]);
  const team = answeringTeam(loaded);
  const hasAgreed = Object.values(team.byQuestion).some((entry) => entry.agreed);
  if (!team.respondents.some((r) => r.kind === "respondent") && !hasAgreed) return null;
  const answers: TExportedTeamAnswer[] = [];
  for (const { section, question } of listQuestions(questionnaire)) {
    const entry = team.byQuestion[question.id];
    if (!entry) continue;
    const row = (respondentId: string | null, stored: TRow): TExportedTeamAnswer => ({
      respondentId,
      section: section.title,
      questionId: question.id,
      prompt: question.prompt,
      state: toApiState(stored.state),
      value: stored.value ?? null,
      answer: describeAnswer(question, { state: stored.state, value: stored.value ?? undefined, note: stored.note }),
      note: stored.note,
      version: stored.version,
      updatedAt: stored.updatedAt.toISOString(),
    });
    for (const answer of entry.answers) answers.push(row(answer.respondentId, answer));
    if (entry.agreed) answers.push(row(null, entry.agreed));
  }
  return {
    respondents: team.respondents.map((r) => ({ id: r.id, kind: r.kind, name: r.name, role: r.role, status: r.revokedAt ? "revoked" : "active" })),
    answers,
  };
}

/** One row per answer, with who gave it ("Agreed answer" for the consultant's). */
export function teamAnswersToCsv(team: TExportedTeam): string {
  const names = new Map(team.respondents.map((r) => [r.id, r]));
  return toCsv(
    ["Respondent", "Role", "Section", "Question id", "Question", "State", "Answer", "Value", "Note", "Version", "Updated at"],
    team.answers.map((a) => {
      const who = a.respondentId ? names.get(a.respondentId) : undefined;
      return [who?.name ?? "Agreed answer", who?.role ?? null, a.section, a.questionId, a.prompt, a.state, a.answer, a.value === null ? null : JSON.stringify(a.value), a.note, a.version, a.updatedAt];
    }),
  );
}
