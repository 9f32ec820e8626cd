import { RISK_META } from "../../components/ui/risk-levels";
import { formatReportDate } from "../reports/report-text";
import type { TFindingReview, TReviewedFinding } from "./schemas";

// The reviewer's words on a finding as the page (components/report) and the PDF (lib/pdf) print them,
// so both say the same thing. Pure.

/** The label that sets a reviewer's words apart from the scoring's. */
export const REVIEWER_EYEBROW = "Reviewer's assessment, not Faultline's scoring";

export type TReviewText = {
  /** "Reviewer: Medium" when the reviewer adjusted the severity. */
  severity: string | null;
  /** "Computed by Faultline: High" beside an adjusted severity. */
  computed: string | null;
  justification: string | null;
  note: string | null;
  /** "Grace Hopper, 27 November 2026". */
  byline: string;
};

export function reviewText(finding: TReviewedFinding): TReviewText | null {
  const review: TFindingReview | undefined = finding.review;
  if (!review || (review.note === null && review.severity === null)) return null;
  const adjusted = review.severity !== null;
  return {
    severity: adjusted ? `Reviewer: ${RISK_META[review.severity!].label}` : null,
    computed: adjusted && finding.computedSeverity ? `Computed by Faultline: ${RISK_META[finding.computedSeverity].label}` : null,
    justification: adjusted ? review.justification : null,
    note: review.note,
    byline: `${review.by.name}, ${formatReportDate(review.updatedAt)}`,
  };
}
