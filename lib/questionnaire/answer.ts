import { z } from "zod";

/** As stored (Prisma's AnswerState). The HTTP API spells the last one "not-applicable". */
export const ZAnswerState = z.enum(["answered", "unknown", "not_applicable"]);
export type TAnswerState = z.infer<typeof ZAnswerState>;

/** One answer: `value` is meaningful only when the state is "answered". */
export type TAnswer = {
  state: TAnswerState;
  value?: unknown;
};

/** Answers keyed by question id. */
export type TAnswers = Readonly<Record<string, TAnswer | undefined>>;
