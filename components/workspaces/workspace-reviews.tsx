import Link from "next/link";
import { formatDate } from "@/components/workspaces/format";
import type { TWorkspaceReviewSummary } from "@/lib/workspaces/workspace-reviews";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The workspace's reviews, newest first: who is answering, what is agreed, what is published. */
export function WorkspaceReviews({ reviews, canRun }: { reviews: TWorkspaceReviewSummary[]; canRun: boolean }) {
  if (reviews.length === 0) {
    return (
      <div className="h-fit rounded-2xl border border-dashed border-line-strong/60 bg-surface/50 px-6 py-10 text-center sm:px-10">
        <p className="font-serif text-heading font-semibold">No reviews in this workspace yet</p>
        <p className="mx-auto mt-2 max-w-[44ch] text-[0.9375rem] text-muted">
          {canRun
            ? "Start one for a client with the form, then invite their CTO and engineers to answer. A self-serve review can also be claimed into this workspace by whoever holds its private link."
            : "Reviews the consultants run will be listed here for you to read."}
        </p>
      </div>
    );
  }
  return (
    <ul className="grid content-start gap-3" aria-label="Reviews">
      {reviews.map((review) => (
        <li key={review.id} className="rounded-xl border border-line bg-surface p-4 sm:p-5">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h3 className="min-w-0 font-serif text-lg font-semibold break-words">
              <Link href={canRun ? `/reviews/${review.id}/team` : `/reviews/${review.id}/report`} className="text-ink no-underline hover:underline">
                {review.title}
              </Link>
            </h3>
            <span
              className={`shrink-0 rounded-full border px-2.5 py-0.5 text-xs font-medium ${
                review.status === "published" ? "border-risk-low/50 bg-risk-low/10 text-ink" : "border-line-strong/60 text-muted"
              }`}
            >
              {review.status === "published" ? "Published" : "In progress"}
            </span>
          </div>
          <p className="mt-1 text-sm text-muted">
            {review.organization ? `${review.organization} · ` : ""}
            {review.bank.title} v{review.bank.version} · started {formatDate(new Date(review.createdAt))}
            {review.previousAssessmentId ? " · re-review" : ""}
          </p>
          <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <div className="flex gap-1.5">
              <dt className="text-muted">Respondents</dt>
              <dd className="font-medium tabular-nums">
                {review.respondentsAnswering > 0 ? `${review.respondentsAnswering} answering of ${review.respondents}` : plural(review.respondents, "invited", "invited")}
              </dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="text-muted">Answers</dt>
              <dd className="font-medium tabular-nums">{review.answers}</dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="text-muted">Agreed</dt>
              <dd className="font-medium tabular-nums">{review.agreedAnswers}</dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="text-muted">Milestones</dt>
              <dd className="font-medium tabular-nums">{review.milestones}</dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="text-muted">Last activity</dt>
              <dd className="font-medium">{formatDate(new Date(review.lastActivityAt))}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
