import { z } from "zod";
import { isStorableText, STORABLE_TEXT_MESSAGE } from "@/lib/storable-text";

/** Inputs of the assessment API, shared by the route handlers, the browser forms and the services. */
export const NOTE_MAX_LENGTH = 5_000;

export const ZCreateAssessmentInput = z.strictObject({
  title: z.string().trim().min(1, "Give the review a title").max(200, "Keep the title under 200 characters").refine(isStorableText, STORABLE_TEXT_MESSAGE),
  organization: z.string().trim().max(200, "Keep the organisation under 200 characters").refine(isStorableText, STORABLE_TEXT_MESSAGE).optional(),
  /** A question bank key, optionally pinned to a version: "backend-scaling" or "backend-scaling@1". */
  questionnaire: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}(@[1-9][0-9]{0,5})?$/, "Use a bank key such as backend-scaling, optionally @version")
    .optional(),
});
export type TCreateAssessmentInput = z.infer<typeof ZCreateAssessmentInput>;

export const ZAnswerState = z.enum(["answered", "not-applicable", "unknown"]);
export type TAnswerState = z.infer<typeof ZAnswerState>;

export const ZAnswerInput = z.strictObject({
  /** A choice id, an array of choice ids, a number or text, by the question's type; checked against it. */
  value: z.unknown().optional(),
  state: ZAnswerState.default("answered"),
  note: z.string().max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH} characters`).refine(isStorableText, STORABLE_TEXT_MESSAGE).nullable().optional(),
  /** The version the client last saw; 0 means "I saw no answer". Omitted: the write wins. At most int4's maximum, as stored. */
  baseVersion: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type TAnswerInput = z.infer<typeof ZAnswerInput>;

export const ZQuestionId = z.string().min(1).max(100).regex(/^[a-z0-9][a-z0-9._-]*$/, "Not a question id");
export const ZAssessmentId = z.uuid({ error: "Not an assessment id" });

/** The answer as the API returns it. */
export type TStoredAnswer = {
  questionId: string;
  state: TAnswerState;
  value: unknown;
  note: string | null;
  version: number;
  updatedAt: string;
};
