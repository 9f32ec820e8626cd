import "server-only";
import { bankForVersionId } from "@/lib/assessments/questionnaire-version";
import { answeringTeam } from "@/lib/consolidation/get-consolidation";
import { loadTeamAnswers } from "@/lib/consolidation/load-team-answers";
import { consolidateTeam } from "@/lib/consolidation/team-inputs";
import type { TMilestoneAnswers } from "@/lib/milestones/schemas";

/**
 * The answers a review's report is built from, as a milestone stores them and a re-review is pre-filled
 * with: the same consolidation lib/reports/get-report.ts runs (the agreed answer, else what most
 * respondents said), each with its state, value and note. A review answered by its owner alone gets the
 * owner's answers as they are.
 */
export async function loadReportAnswers(assessmentId: string, questionnaireVersionId: string): Promise<TMilestoneAnswers> {
  const [{ questionnaire }, team] = await Promise.all([bankForVersionId(questionnaireVersionId), loadTeamAnswers(assessmentId)]);
  const { answers } = consolidateTeam(questionnaire, answeringTeam(team));
  return Object.fromEntries(
    Object.entries(answers).flatMap(([questionId, answer]) => (answer ? [[questionId, { state: answer.state, value: answer.value, note: answer.note ?? null }]] : [])),
  );
}
