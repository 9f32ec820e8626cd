import Link from "next/link";
import type { TAuditEntry } from "@/lib/finding-reviews/review-audit-trail";

const WHEN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

const KIND_LABEL: Record<TAuditEntry["actor"]["kind"], string> = {
  member: "Workspace member",
  owner: "Edit link",
  respondent: "Respondent",
  other: "System",
};

type TProps = { events: TAuditEntry[]; olderHref: string | null; newestHref: string | null };

/** The audit trail as a timeline: when, who, and what they did, in plain words. */
export function AuditTrail({ events, olderHref, newestHref }: TProps) {
  if (events.length === 0) {
    return <p className="rounded-lg border border-dashed border-line-strong/70 p-6 text-muted">Nothing has been recorded on this review yet.</p>;
  }
  return (
    <div>
      <ol className="divide-y divide-line border-y border-line" aria-label="Audit events, newest first">
        {events.map((event) => (
          <li key={event.id} className="grid gap-1 py-4 sm:grid-cols-[12.5rem_minmax(0,1fr)] sm:gap-6">
            <time dateTime={event.at} className="font-mono text-sm text-muted">
              {WHEN.format(new Date(event.at))} UTC
            </time>
            <div className="min-w-0">
              <p className="break-words">
                <span className="font-medium">{event.actor.name}</span> {event.summary}
                {/[.!?”"]$/.test(event.summary) ? "" : "."}
              </p>
              <p className="mt-0.5 text-xs text-muted">
                {KIND_LABEL[event.actor.kind]} <span aria-hidden="true">·</span> <span className="font-mono">{event.action}</span>
              </p>
            </div>
          </li>
        ))}
      </ol>
      {olderHref || newestHref ? (
        <nav aria-label="Audit pages" className="mt-6 flex flex-wrap gap-4 text-sm">
          {newestHref ? <Link href={newestHref} className="text-accent underline underline-offset-4">Newest events</Link> : null}
          {olderHref ? <Link href={olderHref} className="text-accent underline underline-offset-4">Older events <span aria-hidden="true">→</span></Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
