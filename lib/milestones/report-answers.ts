import "server-only";
import { bankForVersionId } from "@/lib/assessments/questionnaire-version";
import { effectiveAnswers, type TQuestionInputs } from "@/lib/consolidation/effective-answers";
import { loadTeamAnswers } from "@/lib/consolidation/load-team-answers";
import type { TMilestoneAnswers } from "@/lib/milestones/schemas";
import type { TScoringAnswer } from "@/lib/scoring/scoring-answers";

/**
 * The answers a review's report is built from, as a milestone stores them and a re-review is pre-filled
 * with: per question, the effective answer (lib/consolidation/effective-answers.ts: the agreed answer,
 * else what most respondents said), with its state, value and note. A review answered by its owner alone
 * gets the owner's answers as they are.
 */
export async function loadReportAnswers(assessmentId: string, questionnaireVersionId: string): Promise<TMilestoneAnswers> {
  const [{ questionnaire }, team] = await Promise.all([bankForVersionId(questionnaireVersionId), loadTeamAnswers(assessmentId)]);
  const scoring = (answer: { state: TScoringAnswer["state"]; value: unknown; note: string | null }): TScoringAnswer => ({
    state: answer.state,
    value: answer.value ?? undefined,
    note: answer.note,
  });
  const inputs: Record<string, TQuestionInputs> = Object.fromEntries(
    Object.entries(team.byQuestion).map(([questionId, entry]) => [
      questionId,
      { team: entry.answers.map(scoring), agreed: entry.agreed ? scoring(entry.agreed) : null },
    ]),
  );
  const effective = effectiveAnswers(questionnaire, inputs);
  return Object.fromEntries(
    Object.entries(effective).map(([questionId, { answer }]) => [questionId, { state: answer.state, value: answer.value, note: answer.note ?? null }]),
  );
}
