import { RiskBadge } from "@/components/ui/risk-badge";
import { REVIEWER_EYEBROW, reviewText } from "@/lib/finding-reviews/review-text";
import type { TReviewedFinding } from "@/lib/finding-reviews/schemas";

/**
 * The reviewer's severity, justification and note on a finding, set apart from Faultline's own
 * words by an accent rule and a label that says whose they are. Nothing when there is no review.
 */
export function ReviewerAssessment({ finding }: { finding: TReviewedFinding }) {
  const text = reviewText(finding);
  if (!text || !finding.review) return null;
  return (
    <aside
      aria-label={`Reviewer's assessment of ${finding.title}`}
      data-testid="reviewer-assessment"
      className="mt-5 max-w-prose border-l-2 border-accent pl-4 print:mt-3"
    >
      <p className="eyebrow text-accent">{REVIEWER_EYEBROW}</p>
      {text.severity && finding.review.severity ? (
        <p className="mt-2">
          <span className="inline-flex flex-wrap items-center gap-x-2 font-medium">
            Reviewer: <RiskBadge level={finding.review.severity} size="sm" />
          </span>
          {text.justification ? <span className="text-ink"> — {text.justification}</span> : null}
        </p>
      ) : null}
      {text.note ? (
        <p className="mt-2 whitespace-pre-line">
          <span className="font-medium">Reviewer&rsquo;s note:</span> {text.note}
        </p>
      ) : null}
      <p className="mt-1.5 text-sm text-muted">— {text.byline}</p>
    </aside>
  );
}
