import { z } from "zod";

import { answerDistribution, type TDistribution, type TDistributionInput } from "@/lib/consolidation/answer-distribution";
import { DIVERGENCE_LEVELS, divergence } from "@/lib/consolidation/divergence";
import type { TAnswerState } from "@/lib/questionnaire/answer";
import { listQuestions } from "@/lib/questionnaire/find-question";
import type { TQuestion, TQuestionnaire } from "@/lib/questionnaire/schema";

// What presenter mode shows, split in two: the slides (the bank's questions, fixed for a review) are sent
// once with the page; the live part (who answered what) is polled, so it stays small and cacheable.

export type TPresenterSlide = {
  id: string;
  /** 1-based position in the whole bank: "Question 12 of 58". */
  number: number;
  sectionTitle: string;
  prompt: string;
  /** "Why we ask". */
  help: string;
  type: TQuestion["type"];
};

const ZBucket = z.object({
  key: z.string(),
  kind: z.enum(["choice", "value", "range", "text", "unknown", "not_applicable"]),
  label: z.string(),
  count: z.int().min(0),
  members: z.array(z.object({ respondentId: z.string(), name: z.string(), detail: z.string().optional() })),
});

export const ZPresenterLiveQuestion = z.object({
  distribution: z.object({
    questionId: z.string(),
    multi: z.boolean(),
    buckets: z.array(ZBucket),
    answered: z.int().min(0),
    leading: z.array(z.string()),
    majority: z.string().nullable(),
    positions: z.int().min(0),
  }),
  /** The respondents do not all give the same answer (divergence above 0, lib/consolidation/divergence.ts). */
  diverging: z.boolean(),
  divergence: z.object({ score: z.number().min(0).max(1), level: z.enum(DIVERGENCE_LEVELS) }),
  /** The answer the consultant recorded, in words, and the buckets it falls in. */
  agreed: z.object({ text: z.string(), note: z.string().nullable(), buckets: z.array(z.string()) }).nullable(),
  notes: z.array(z.object({ respondentId: z.string(), name: z.string(), note: z.string() })),
});
export type TPresenterLiveQuestion = z.infer<typeof ZPresenterLiveQuestion>;

/** The polled part: GET /api/v1/assessments/{id}/presenter. The client parses it with this schema. */
export const ZPresenterLive = z.object({
  respondents: z.array(z.object({ id: z.string(), name: z.string(), role: z.string().nullable(), answered: z.int().min(0) })),
  questions: z.record(z.string(), ZPresenterLiveQuestion),
});
export type TPresenterLive = z.infer<typeof ZPresenterLive>;

/** The team's answers as loadTeamAnswers returns them, reduced to what presenter mode needs. */
export type TTeamAnswersInput = {
  respondents: readonly { id: string; name: string; role: string | null; answerCount: number }[];
  byQuestion: Readonly<
    Record<
      string,
      {
        answers: readonly { respondentId: string; state: TAnswerState; value: unknown; note: string | null }[];
        agreed: { state: TAnswerState; value: unknown; note: string | null } | null;
      }
    >
  >;
};

export function presenterSlides(questionnaire: TQuestionnaire): TPresenterSlide[] {
  return listQuestions(questionnaire).map(({ section, question }, index) => ({
    id: question.id,
    number: index + 1,
    sectionTitle: section.title,
    prompt: question.prompt,
    help: question.help,
    type: question.type,
  }));
}

/**
 * Every question's distribution, agreed answer and notes. Respondents who have answered nothing are
 * left out: an invited colleague who has not started is not a position in the room.
 */
export function presenterLive(questionnaire: TQuestionnaire, team: TTeamAnswersInput): TPresenterLive {
  const names = new Map(team.respondents.map((respondent) => [respondent.id, respondent.name]));
  const questions: Record<string, TPresenterLiveQuestion> = {};
  for (const { question } of listQuestions(questionnaire)) {
    const entry = team.byQuestion[question.id];
    const inputs: TDistributionInput[] = (entry?.answers ?? [])
      .filter((answer) => names.has(answer.respondentId))
      .map((answer) => ({ respondentId: answer.respondentId, name: names.get(answer.respondentId)!, state: answer.state, value: answer.value, note: answer.note }));
    const distribution = answerDistribution(question, inputs);
    // The consolidation's measure gives the level, so it reads the same here as on the consolidation page
    // and in the report. "Differs" is any two different answers: the measure rounds near-equal numbers
    // to 0 and does not compare free text, but a room still sees two bars.
    const measured = divergence(question, inputs);
    questions[question.id] = {
      distribution,
      diverging: distribution.positions > 1 || measured.score > 0,
      divergence: { score: measured.score, level: measured.level },
      agreed: entry?.agreed ? agreedView(question, entry.agreed, inputs, distribution) : null,
      notes: inputs.flatMap((input) => (input.note?.trim() ? [{ respondentId: input.respondentId, name: input.name, note: input.note.trim() }] : [])),
    };
  }
  return {
    respondents: team.respondents
      .filter((respondent) => respondent.answerCount > 0)
      .map((respondent) => ({ id: respondent.id, name: respondent.name, role: respondent.role, answered: respondent.answerCount })),
    questions,
  };
}

function agreedView(
  question: TQuestion,
  agreed: { state: TAnswerState; value: unknown; note: string | null },
  inputs: readonly TDistributionInput[],
  team: TDistribution,
): NonNullable<TPresenterLiveQuestion["agreed"]> {
  // The agreed answer's bars are the ones it would join as one more respondent: the same rule in one
  // place. Only bars the team's chart has count (a number outside every answer would add its own).
  const key = "\u0000agreed";
  const withAgreed = answerDistribution(question, [...inputs, { respondentId: key, name: "Agreed", state: agreed.state, value: agreed.value }]);
  const shown = new Set(team.buckets.map((bucket) => bucket.key));
  return {
    text: describeValue(question, agreed.state, agreed.value),
    note: agreed.note?.trim() || null,
    buckets: withAgreed.buckets
      .filter((bucket) => shown.has(bucket.key) && bucket.members.some((member) => member.respondentId === key))
      .map((bucket) => bucket.key),
  };
}

/** An answer in words: choice labels, a number with its unit, or the state. */
export function describeValue(question: TQuestion, state: TAnswerState, value: unknown): string {
  if (state === "unknown") return "Don't know";
  if (state === "not_applicable") return "Not applicable";
  switch (question.type) {
    case "single":
    case "multi": {
      const ids = Array.isArray(value) ? value : [value];
      return ids.map((id) => question.choices.find((choice) => choice.id === id)?.label ?? String(id)).join("; ");
    }
    case "scale":
      return `${String(value)} on a scale of ${question.min} to ${question.max}`;
    case "number":
      return `${typeof value === "number" ? value.toLocaleString("en-US") : String(value)} ${question.unit}`;
    case "text":
      return String(value ?? "");
  }
}
