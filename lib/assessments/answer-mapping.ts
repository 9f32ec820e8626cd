import type { TAnswerState as TApiState, TStoredAnswer } from "@/lib/assessments/schemas";
import type { TAnswerState as TDbState, TAnswers } from "@/lib/questionnaire/answer";

/** The API says "not-applicable" (DESIGN.md); the database and the scoring say "not_applicable". */
export const toDbState = (state: TApiState): TDbState => (state === "not-applicable" ? "not_applicable" : state);
export const toApiState = (state: TDbState): TApiState => (state === "not_applicable" ? "not-applicable" : state);

export type TAnswerRow = {
  questionId: string;
  state: TDbState;
  value: unknown;
  note: string | null;
  version: number;
  updatedAt: Date;
};

export function toStoredAnswer(row: TAnswerRow): TStoredAnswer {
  return {
    questionId: row.questionId,
    state: toApiState(row.state),
    value: row.value ?? null,
    note: row.note,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toAnswers(rows: TAnswerRow[]): TAnswers {
  return Object.fromEntries(rows.map((row) => [row.questionId, { state: row.state, value: row.value ?? undefined }]));
}
