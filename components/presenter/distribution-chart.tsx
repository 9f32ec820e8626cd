import type { TPresenterLiveQuestion } from "@/lib/presenter/presenter-view";

type TDistribution = TPresenterLiveQuestion["distribution"];

/**
 * The team's answers as horizontal bars, sized for a projector. Each bar carries its count as a number
 * and the names of who is in it; the most common answer and the agreed one are marked in words, so no
 * meaning rests on colour. "Don't know" and "Not applicable" are hatched to set them apart from answers.
 */
export function DistributionChart({ distribution, agreedBuckets, total }: { distribution: TDistribution; agreedBuckets: string[]; total: number }) {
  const { buckets, answered, leading } = distribution;
  if (answered === 0) {
    return (
      <p className="rounded-xl border border-dashed border-line-strong/60 px-6 py-10 text-center text-[clamp(1.125rem,0.9rem+0.6vw,1.625rem)] text-muted">
        No answers to this question yet. They appear here as the team gives them.
      </p>
    );
  }
  const shown = buckets.filter((bucket) => bucket.count > 0 || (bucket.kind !== "unknown" && bucket.kind !== "not_applicable"));
  return (
    <div>
      <p className="text-[clamp(1rem,0.85rem+0.45vw,1.375rem)] text-muted">
        <span className="font-medium text-ink">{answered}</span> of {total} {total === 1 ? "respondent" : "respondents"} answered
        {distribution.multi ? " · each could pick several" : ""}
      </p>
      <ul className="mt-4 space-y-4 2xl:space-y-5" aria-label="Answers">
        {shown.map((bucket) => {
          const share = answered > 0 ? bucket.count / answered : 0;
          const isLeading = leading.includes(bucket.key);
          const isAgreed = agreedBuckets.includes(bucket.key);
          const hatched = bucket.kind === "unknown" || bucket.kind === "not_applicable";
          return (
            <li key={bucket.key} data-bucket={bucket.key} className={bucket.count === 0 ? "opacity-70" : undefined}>
              <div className="flex items-baseline justify-between gap-4">
                <p className="min-w-0 text-[clamp(1.125rem,0.8rem+0.9vw,1.875rem)] leading-snug font-medium">
                  {bucket.label}
                  {isLeading ? <Tag>Most common</Tag> : null}
                  {isAgreed ? (
                    <Tag strong>
                      <span aria-hidden="true">✓ </span>Agreed
                    </Tag>
                  ) : null}
                </p>
                <p className="shrink-0 font-mono text-[clamp(1.375rem,1rem+1.2vw,2.5rem)] leading-none font-medium tabular-nums" data-count>
                  {bucket.count}
                  <span className="sr-only"> of {answered}</span>
                </p>
              </div>
              <div className="mt-2 h-4 overflow-hidden rounded-full bg-sunken ring-1 ring-line ring-inset 2xl:h-5" aria-hidden="true">
                <div
                  className={`h-full rounded-full transition-[width] duration-500 ease-(--ease-calm) ${hatched ? "bg-[repeating-linear-gradient(135deg,var(--color-muted)_0_6px,transparent_6px_11px)]" : isAgreed ? "bg-accent" : "bg-ink"}`}
                  style={{ width: `${Math.max(share * 100, bucket.count > 0 ? 1.5 : 0)}%` }}
                />
              </div>
              {bucket.members.length > 0 ? (
                <p className="mt-1.5 text-[clamp(0.9375rem,0.8rem+0.4vw,1.25rem)] text-muted">
                  {bucket.members.map((member, index) => (
                    <span key={member.respondentId}>
                      {index > 0 ? ", " : null}
                      <span className="text-ink">{member.name}</span>
                      {member.detail && bucket.kind === "range" ? ` (${member.detail})` : null}
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Tag({ children, strong = false }: { children: React.ReactNode; strong?: boolean }) {
  return (
    <span
      className={`ml-3 inline-block translate-y-[-0.15em] rounded-full border px-2.5 py-0.5 align-middle font-sans text-[0.55em] font-medium tracking-wide whitespace-nowrap uppercase ${
        strong ? "border-accent bg-accent text-accent-ink" : "border-line-strong text-ink"
      }`}
    >
      {children}
    </span>
  );
}
