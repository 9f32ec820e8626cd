import { z } from "zod";
import { NOTE_MAX_LENGTH } from "@/lib/assessments/schemas";
import { isStorableText, STORABLE_TEXT_MESSAGE } from "@/lib/storable-text";
import { ZLevel, type TLevel } from "@/lib/scoring/levels";
import type { TReport, TReportFinding } from "@/lib/scoring/report-schema";

/** Long enough to say why in a sentence; as long as a note at most. */
export const JUSTIFICATION_MIN_LENGTH = 20;
export const JUSTIFICATION_MAX_LENGTH = NOTE_MAX_LENGTH;

/** A finding id as the rules spell them (lower-case words joined by dashes). */
export const ZFindingId = z.string().min(1).max(100).regex(/^[a-z0-9][a-z0-9._-]*$/, "Not a finding id");

const ZText = (what: string) =>
  z
    .string()
    .trim()
    .max(NOTE_MAX_LENGTH, `Keep the ${what} under ${NOTE_MAX_LENGTH} characters`)
    .refine(isStorableText, STORABLE_TEXT_MESSAGE);

/**
 * A change to a finding's review. Omitted fields stay as they are; null clears. A severity is the
 * reviewer's adjustment of the computed one and always comes with the justification that explains it,
 * in the same request; `severity: null` removes the adjustment and its justification.
 */
export const ZFindingReviewInput = z
  .strictObject({
    note: ZText("note").nullable().optional(),
    severity: ZLevel.nullable().optional(),
    justification: ZText("justification").nullable().optional(),
    /** The version the client last saw; 0 means "I saw no review". Omitted: the write wins. */
    baseVersion: z.number().int().min(0).max(2_147_483_647).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.severity) {
      const length = input.justification?.length ?? 0;
      if (length === 0) {
        ctx.addIssue({ code: "custom", path: ["justification"], message: "Explain why the severity should differ from the computed one: a written justification is required" });
      } else if (length < JUSTIFICATION_MIN_LENGTH) {
        ctx.addIssue({ code: "custom", path: ["justification"], message: `Write at least ${JUSTIFICATION_MIN_LENGTH} characters to justify the change (${length} so far)` });
      }
    } else if (input.justification) {
      ctx.addIssue({
        code: "custom",
        path: ["justification"],
        message: input.severity === null ? "A justification goes with an adjusted severity; leave it out when removing the adjustment" : "Send the justification together with the severity it justifies",
      });
    }
    if (input.note === undefined && input.severity === undefined) {
      ctx.addIssue({ code: "custom", path: ["(body)"], message: "Send a note, a severity with its justification, or both" });
    }
  });
export type TFindingReviewInput = z.infer<typeof ZFindingReviewInput>;

/** DELETE takes the version it saw in the query string (a DELETE has no body). */
export const ZClearQuery = z.strictObject({ baseVersion: z.coerce.number().int().min(0).max(2_147_483_647).optional() });

/** A stored review as the report, the API and the audit trail see it. */
export type TFindingReview = {
  findingId: string;
  note: string | null;
  /** The reviewer's severity; null when the computed one stands. */
  severity: TLevel | null;
  justification: string | null;
  by: { id: string | null; name: string };
  updatedAt: string;
  version: number;
};

/**
 * A report finding after reviews: `severity` is the effective one (the reviewer's when they adjusted
 * it), `computedSeverity` is Faultline's, and `review` is the reviewer's note and adjustment. Both are
 * optional so a plain TReport (a frozen milestone, a fixture) is still a TReviewedReport.
 */
export type TReviewedFinding = TReportFinding & { computedSeverity?: TLevel; review?: TFindingReview };
export type TReviewedReport = Omit<TReport, "findings"> & { findings: TReviewedFinding[] };
