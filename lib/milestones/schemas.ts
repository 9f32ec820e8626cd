import { z } from "zod";
import { isStorableText, STORABLE_TEXT_MESSAGE } from "@/lib/storable-text";

/** Inputs of the milestone, re-review and comparison API, shared by routes, forms and services. */

export const LABEL_MAX_LENGTH = 120;

export const ZPublishMilestoneInput = z.strictObject({
  /** Omitted or blank: "Milestone N — <date>". */
  label: z
    .string()
    .trim()
    .max(LABEL_MAX_LENGTH, `Keep the label under ${LABEL_MAX_LENGTH} characters`)
    .refine(isStorableText, STORABLE_TEXT_MESSAGE)
    .optional(),
});
export type TPublishMilestoneInput = z.infer<typeof ZPublishMilestoneInput>;

export const ZReReviewInput = z.strictObject({
  /** Omitted: "<title> — re-review <date>". */
  title: z.string().trim().min(1, "Give the re-review a title").max(200, "Keep the title under 200 characters").refine(isStorableText, STORABLE_TEXT_MESSAGE).optional(),
  /** The milestone to start from (its number in this review); omitted: the latest. */
  milestone: z.number().int().min(1).max(1_000_000).optional(),
});
export type TReReviewInput = z.infer<typeof ZReReviewInput>;

/** A milestone's number in an address: /milestones/3. */
export const ZMilestoneNumber = z.coerce.number({ error: "Not a milestone number" }).int("Not a milestone number").min(1, "Not a milestone number").max(1_000_000, "Not a milestone number");

const ZMilestoneId = z.uuid({ error: "Not a milestone id" });

/** ?from=&to= are milestone ids; either may be omitted (the latest two are compared). */
export const ZCompareQuery = z.strictObject({
  from: ZMilestoneId.optional(),
  to: ZMilestoneId.optional(),
});
export type TCompareQuery = z.infer<typeof ZCompareQuery>;

export const ZComparePdfQuery = ZCompareQuery.extend({ paper: z.enum(["a4", "letter"]).default("a4") });
export type TComparePdfQuery = z.infer<typeof ZComparePdfQuery>;

/** One stored answer of a milestone, as the scoring reads it (lib/scoring/scoring-answers.ts). */
export const ZMilestoneAnswers = z.record(
  z.string(),
  z.object({ state: z.enum(["answered", "unknown", "not_applicable"]), value: z.unknown().optional(), note: z.string().nullable().optional() }),
);
export type TMilestoneAnswers = z.infer<typeof ZMilestoneAnswers>;
