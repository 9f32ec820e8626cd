import type { TReviewedFinding } from "@/lib/finding-reviews/schemas";
import { FindingReviewEditor } from "./finding-review-editor";

/** The per-finding controls ReportDocument renders for those who may run the review. */
export function findingReviewControls(assessmentId: string) {
  return function FindingReviewControls(finding: TReviewedFinding) {
    const review = finding.review;
    return (
      <FindingReviewEditor
        assessmentId={assessmentId}
        findingId={finding.id}
        findingTitle={finding.title}
        computedSeverity={finding.computedSeverity ?? finding.severity}
        review={review ? { note: review.note, severity: review.severity, justification: review.justification, version: review.version } : null}
      />
    );
  };
}
