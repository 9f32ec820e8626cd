import type { TQuestionnaire } from "../questionnaire/schema";
import type { TRespondents } from "../scoring/build-report";
import type { TScoringAnswer, TScoringAnswers } from "../scoring/scoring-answers";
import { effectiveAnswers, type TEffectiveAnswer, type TQuestionInputs } from "./effective-answers";

/** What loadTeamAnswers gives, in the shape this pure step needs (no dates, no Prisma types). */
export type TTeamInput = {
  respondents: { id: string }[];
  byQuestion: Record<string, { answers: { respondentId: string; state: TScoringAnswer["state"]; value: unknown; note: string | null }[]; agreed: { state: TScoringAnswer["state"]; value: unknown; note: string | null } | null }>;
};

export type TConsolidatedAnswers = {
  /** The answers the report is built from (effective-answers.ts). */
  answers: TScoringAnswers;
  effective: Record<string, TEffectiveAnswer>;
  /** For buildReport: absent with fewer than two people answering, so such a report is exactly as before. */
  respondents?: TRespondents;
};

export function toScoringAnswer(row: { state: TScoringAnswer["state"]; value: unknown; note: string | null }): TScoringAnswer {
  return { state: row.state, value: row.state === "answered" ? (row.value ?? undefined) : undefined, note: row.note };
}

/** Every respondent's answers and the agreed answers → the answers a report uses, and what the team disagreed on. */
export function consolidateTeam(questionnaire: TQuestionnaire, team: TTeamInput): TConsolidatedAnswers {
  const order = new Map(team.respondents.map((respondent, index) => [respondent.id, index]));
  const inputs: Record<string, TQuestionInputs> = {};
  const answering = new Set<string>();
  for (const [questionId, entry] of Object.entries(team.byQuestion)) {
    const given = entry.answers.filter((answer) => order.has(answer.respondentId)).sort((x, y) => order.get(x.respondentId)! - order.get(y.respondentId)!);
    given.forEach((answer) => answering.add(answer.respondentId));
    inputs[questionId] = { team: given.map(toScoringAnswer), agreed: entry.agreed ? toScoringAnswer(entry.agreed) : null };
  }
  const effective = effectiveAnswers(questionnaire, inputs);
  const answers = Object.fromEntries(Object.entries(effective).map(([id, e]) => [id, e.answer]));
  if (answering.size < 2) return { answers, effective };
  const disagreements = Object.entries(effective)
    .filter(([, e]) => e.divergence.score > 0)
    .map(([questionId, e]) => ({ questionId, answers: e.team, agreed: e.source === "agreed" }));
  return { answers, effective, respondents: { count: answering.size, disagreements } };
}
