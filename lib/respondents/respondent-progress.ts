import "server-only";
import { computeProgress } from "@/lib/assessments/progress";
import { questionnaireForVersionId } from "@/lib/assessments/questionnaire-version";
import type { TReviewAccess } from "@/lib/assessments/access";
import { loadTeamAnswers } from "@/lib/consolidation/load-team-answers";
import type { TAnswers } from "@/lib/questionnaire/answer";

export type TRespondentProgress = {
  respondentId: string;
  kind: "owner" | "respondent";
  name: string;
  role: string | null;
  status: "active" | "revoked";
  /** Questions this respondent has answered (a value, "don't know" or "not applicable") of those asked of them. */
  answered: number;
  /** Questions asked of them: visibility follows their own answers, as on their questionnaire. */
  total: number;
  percent: number;
  unknown: number;
  /** When they last saved an answer; null before their first. */
  lastActivityAt: string | null;
};

/**
 * Who has answered how much, for the team page and GET …/progress: every invited respondent, and the
 * review's owner when they have answered anything (a consultant's review usually has no owner answers).
 */
export async function respondentProgress(access: TReviewAccess): Promise<TRespondentProgress[]> {
  const [team, questionnaire] = await Promise.all([loadTeamAnswers(access.assessmentId), questionnaireForVersionId(access.questionnaireVersionId)]);
  const answersOf = new Map<string, TAnswers & Record<string, { state: "answered" | "unknown" | "not_applicable"; value?: unknown }>>();
  const lastOf = new Map<string, Date>();
  for (const [questionId, entry] of Object.entries(team.byQuestion)) {
    for (const answer of entry.answers) {
      const own = answersOf.get(answer.respondentId) ?? {};
      own[questionId] = { state: answer.state, value: answer.value ?? undefined };
      answersOf.set(answer.respondentId, own);
      const last = lastOf.get(answer.respondentId);
      if (!last || answer.updatedAt > last) lastOf.set(answer.respondentId, answer.updatedAt);
    }
  }
  return team.respondents
    .filter((respondent) => respondent.kind === "respondent" || respondent.answerCount > 0)
    .map((respondent) => {
      const progress = computeProgress(questionnaire, answersOf.get(respondent.id) ?? {});
      return {
        respondentId: respondent.id,
        kind: respondent.kind,
        name: respondent.name,
        role: respondent.role,
        status: respondent.revokedAt ? "revoked" : "active",
        answered: progress.answered,
        total: progress.total,
        percent: progress.percent,
        unknown: progress.unknown,
        lastActivityAt: lastOf.get(respondent.id)?.toISOString() ?? null,
      };
    });
}
