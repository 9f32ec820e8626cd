import { z } from "zod";

import { ZAnswerState } from "../questionnaire/answer";
import { answerValueSchema, isAnswerStateAllowed } from "../questionnaire/answer-value";
import { listQuestions } from "../questionnaire/find-question";
import type { TQuestionnaireIssue } from "../questionnaire/format-issues";
import type { TQuestionnaire } from "../questionnaire/schema";

/**
 * One answer as the scoring reads it: the stored answer (lib/questionnaire/answer.ts) plus its note,
 * which a "not applicable" answer needs as its reason. `value` counts only when the state is answered.
 */
export const ZScoringAnswer = z.strictObject({
  state: ZAnswerState,
  value: z.unknown().optional(),
  note: z.string().max(5000).nullable().optional(),
});
export type TScoringAnswer = z.infer<typeof ZScoringAnswer>;

/**
 * Answers keyed by question id: one respondent's, or the agreed answers of several once consolidated
 * (see TRespondents in build-report.ts for what the report says about disagreement).
 */
export type TScoringAnswers = Readonly<Record<string, TScoringAnswer | undefined>>;

/** The answers do not fit the questionnaire; every problem is listed with the answer it is in. */
export class ScoringInputError extends Error {
  readonly code = "scoring_input_invalid";
  readonly issues: TQuestionnaireIssue[];

  constructor(issues: TQuestionnaireIssue[]) {
    super(`The answers do not fit the questionnaire:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
    this.name = "ScoringInputError";
    this.issues = issues;
  }
}

/**
 * Every problem with a set of answers, as the API would report it: an unknown question, a state the
 * question does not accept, a value that does not fit it, a value given with "don't know", and a
 * "not applicable" without a reason. Empty when the answers can be scored.
 */
export function checkScoringAnswers(questionnaire: TQuestionnaire, answers: Readonly<Record<string, unknown>>): TQuestionnaireIssue[] {
  const questions = new Map(listQuestions(questionnaire).map(({ question }) => [question.id, question]));
  const issues: TQuestionnaireIssue[] = [];
  const add = (at: PropertyKey[], message: string) => issues.push({ path: formatAnswerPath(["answers", ...at]), message });

  for (const [id, raw] of Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (raw === undefined) continue;
    const question = questions.get(id);
    if (!question) {
      add([id], `${questionnaire.key}@${questionnaire.version} has no question "${id}"`);
      continue;
    }
    const parsed = ZScoringAnswer.safeParse(raw);
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => add([id, ...issue.path], issue.message));
      continue;
    }
    const answer = parsed.data;
    if (!isAnswerStateAllowed(question, answer.state)) {
      add([id, "state"], `This question does not accept "${answer.state === "not_applicable" ? "not-applicable" : answer.state}"`);
    } else if (answer.state === "answered") {
      const value = answerValueSchema(question).safeParse(answer.value);
      if (!value.success) value.error.issues.forEach((issue) => add([id, "value", ...issue.path], issue.message));
    } else if (answer.value !== undefined && answer.value !== null) {
      add([id, "value"], `Leave value out when the answer is "${answer.state === "unknown" ? "unknown" : "not-applicable"}"`);
    }
    if (answer.state === "not_applicable" && !answer.note?.trim()) {
      add([id, "note"], "Say in the note why this question does not apply");
    }
  }
  return issues;
}

/** `["answers", "load.exports", "value", 0]` → `answers["load.exports"].value[0]` (question ids hold dots). */
export function formatAnswerPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === "number") return `${text}[${segment}]`;
    const name = String(segment);
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${text}[${JSON.stringify(name)}]`;
    return text === "" ? name : `${text}.${name}`;
  }, "");
}
