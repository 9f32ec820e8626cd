import Link from "next/link";
import { RiskBadge } from "@/components/ui/risk-badge";
import type { TMilestoneSummary } from "@/lib/milestones/list-milestones";
import { formatPublished } from "./format";

type TProps = {
  assessmentId: string;
  milestones: TMilestoneSummary[];
  /** Milestones of the reviews this one follows, for "compare with" links. */
  earlier: TMilestoneSummary[];
};

/**
 * This review's milestones, newest first: each links to its frozen report, and to a comparison with
 * the milestone before it (in this review, else the latest of the review it follows).
 */
export function MilestoneList({ assessmentId, milestones, earlier }: TProps) {
  if (milestones.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-line-strong p-6">
        <h2 className="font-serif text-heading">No milestone yet</h2>
        <p className="mt-2 max-w-prose text-muted">
          Publish the report when it is ready to hand over. Each milestone keeps the report and its answers exactly as they were,
          so a later re-review can show what changed.
        </p>
      </div>
    );
  }
  const chain = [...milestones, ...earlier];
  return (
    <ol className="grid gap-3" aria-label="Published milestones, newest first">
      {milestones.map((milestone) => {
        const previous = chain[chain.indexOf(milestone) + 1];
        return (
          <li key={milestone.id} className="rounded-xl border border-line bg-surface p-5" data-milestone={milestone.number}>
            <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="eyebrow text-muted">Milestone {milestone.number}</p>
                <h3 className="mt-1 font-serif text-heading break-words">
                  <Link href={`/reviews/${assessmentId}/milestones/${milestone.number}`} className="text-ink no-underline hover:underline">
                    {milestone.label}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-muted">
                  Published <time dateTime={milestone.createdAt}>{formatPublished(milestone.createdAt)}</time>
                  {milestone.publishedByName ? ` by ${milestone.publishedByName}` : ""}
                </p>
              </div>
              <dl className="grid shrink-0 grid-cols-2 gap-x-6 gap-y-1 text-sm sm:text-right">
                <dt className="eyebrow text-muted">Overall</dt>
                <dt className="eyebrow text-muted">Recommended</dt>
                <dd>
                  {milestone.overall.level ? (
                    <RiskBadge level={milestone.overall.level} label={`${milestone.overall.level[0].toUpperCase()}${milestone.overall.level.slice(1)} · ${milestone.overall.score}`} size="sm" />
                  ) : (
                    <span className="text-muted">Not assessed</span>
                  )}
                </dd>
                <dd className="font-medium">{milestone.recommendation ?? "—"}</dd>
              </dl>
            </div>
            <p className="mt-4 flex flex-wrap gap-x-5 gap-y-2 border-t border-line pt-3 text-sm">
              <Link href={`/reviews/${assessmentId}/milestones/${milestone.number}`} className="text-accent underline underline-offset-4">
                View frozen report
              </Link>
              <a href={`/api/v1/assessments/${assessmentId}/milestones/${milestone.number}/report.pdf`} download className="text-accent underline underline-offset-4">
                PDF
              </a>
              {previous ? (
                <Link href={`/reviews/${assessmentId}/compare?from=${previous.id}&to=${milestone.id}`} className="text-accent underline underline-offset-4">
                  Compare with {previous.generation === milestone.generation ? `milestone ${previous.number}` : `“${previous.label}” of the previous review`}
                </Link>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
