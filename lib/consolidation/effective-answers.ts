import { answerRisk } from "../questionnaire/answer-risk";
import { listQuestions } from "../questionnaire/find-question";
import type { TQuestion, TQuestionnaire } from "../questionnaire/schema";
import type { TScoringAnswer } from "../scoring/scoring-answers";
import { answerKey, divergence, type TDivergence } from "./divergence";

/** Where the answer the report uses for a question comes from. */
export type TAnswerSource = "agreed" | "only" | "unanimous" | "majority";

export type TEffectiveAnswer = {
  answer: TScoringAnswer;
  source: TAnswerSource;
  /** No agreed answer is recorded while respondents differ: the report marks it provisional. */
  provisional: boolean;
  divergence: TDivergence;
  /** Every respondent's answer, in respondent order (for the report's "the team said"). */
  team: TScoringAnswer[];
};

export type TQuestionInputs = { team: readonly (TScoringAnswer | undefined | null)[]; agreed?: TScoringAnswer | null };

/**
 * The answer the report uses for one question (README.md): the agreed answer when the consultant
 * recorded one; else the answer most respondents gave, a tie going to the riskier answer (a report
 * should not sound better than the most worried half of the team); else nothing. One respondent's
 * answers are therefore used as they are, so a review with only its owner scores exactly as before.
 */
export function effectiveAnswer(question: TQuestion, inputs: TQuestionInputs): TEffectiveAnswer | null {
  const team = inputs.team.filter((answer): answer is TScoringAnswer => Boolean(answer));
  const measured = divergence(question, team);
  if (inputs.agreed) return { answer: inputs.agreed, source: "agreed", provisional: false, divergence: measured, team };
  if (team.length === 0) return null;
  const groups = groupAnswers(question, team);
  const best = groups[0];
  const source: TAnswerSource = team.length === 1 ? "only" : groups.length === 1 ? "unanimous" : "majority";
  return { answer: best.answer, source, provisional: groups.length > 1, divergence: measured, team };
}

/** Effective answers for a whole bank: only questions with an answer (agreed or given) have an entry. */
export function effectiveAnswers(
  questionnaire: TQuestionnaire,
  byQuestion: Readonly<Record<string, TQuestionInputs | undefined>>,
): Record<string, TEffectiveAnswer> {
  const result: Record<string, TEffectiveAnswer> = {};
  for (const { question } of listQuestions(questionnaire)) {
    const inputs = byQuestion[question.id];
    if (!inputs) continue;
    const effective = effectiveAnswer(question, inputs);
    if (effective) result[question.id] = effective;
  }
  return result;
}

export type TAnswerGroup = { key: string; answer: TScoringAnswer; count: number; risk: number };

/**
 * Equal answers grouped, most given first; among equally common answers the riskier comes first
 * ("not applicable" counts as the least risky, as it leaves the question out), then a fixed order, so
 * the choice does not depend on who answered first. The group's note is the first non-empty note given
 * with that answer (a "not applicable" always has one).
 */
export function groupAnswers(question: TQuestion, team: readonly TScoringAnswer[]): TAnswerGroup[] {
  const groups = new Map<string, TAnswerGroup>();
  for (const answer of team) {
    const key = answerKey(question, answer);
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      if (!group.answer.note && answer.note) group.answer = { ...group.answer, note: answer.note };
    } else {
      groups.set(key, { key, answer: { ...answer }, count: 1, risk: answerRisk(question, answer) ?? (answer.state === "not_applicable" ? -1 : 0) });
    }
  }
  return [...groups.values()].sort((x, y) => y.count - x.count || y.risk - x.risk || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
