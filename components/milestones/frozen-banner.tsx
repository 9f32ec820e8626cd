import Link from "next/link";
import { Container } from "@/components/ui/container";
import { formatReportDate } from "@/lib/reports/report-text";
import { formatPublished } from "./format";

type TProps = { assessmentId: string; milestone: { number: number; label: string; createdAt: string; publishedByName: string | null } };

/** Says, above a frozen report, that it is a published milestone and not the live report. */
export function FrozenBanner({ assessmentId, milestone }: TProps) {
  return (
    <div className="border-b border-accent/30 bg-sunken print:border-ink print:bg-transparent" role="note" aria-labelledby="frozen-title">
      <Container width="wide" className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex min-w-0 items-start gap-3">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-1 size-4 shrink-0 text-accent" fill="none" stroke="currentColor" strokeWidth="1.5">
            <rect x="3" y="7" width="10" height="7" rx="1.5" />
            <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
          </svg>
          <div className="min-w-0">
            <p id="frozen-title" className="font-medium">
              Published milestone {milestone.number}, frozen on {formatReportDate(milestone.createdAt)}
            </p>
            <p className="text-sm break-words text-muted">
              “{milestone.label}”, published <time dateTime={milestone.createdAt}>{formatPublished(milestone.createdAt)}</time>
              {milestone.publishedByName ? ` by ${milestone.publishedByName}` : ""}. It shows the report and answers as they were
              then; later answers do not change it.
            </p>
          </div>
        </div>
        <p className="flex shrink-0 gap-4 text-sm print:hidden">
          <Link href={`/reviews/${assessmentId}/milestones`}>All milestones</Link>
          <Link href={`/reviews/${assessmentId}/report`}>Live report</Link>
        </p>
      </Container>
    </div>
  );
}
