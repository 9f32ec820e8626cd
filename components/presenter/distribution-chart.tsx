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
  // Six or more bars in projector type would not fit one 1080p screen: a denser set keeps them on it.
  const dense = shown.length > 5;
  return (
    <div>
      <p className="text-[clamp(1rem,0.85rem+0.45vw,1.375rem)] text-muted">
        <span className="font-medium text-ink">{answered}</span> of {total} {total === 1 ? "respondent" : "respondents"} answered
        {distribution.multi ? " · each could pick several" : ""}
      </p>
      <ul className={`mt-4 ${dense ? "space-y-3" : "space-y-4"}`} aria-label="Answers">
        {shown.map((bucket) => {
          const share = answered > 0 ? bucket.count / answered : 0;
          // Marked only when one answer leads: a tie of everyone is no "most common".
          const isLeading = leading.length === 1 && leading[0] === bucket.key && bucket.count > 1;
          const isAgreed = agreedBuckets.includes(bucket.key);
          const hatched = bucket.kind === "unknown" || bucket.kind === "not_applicable";
          return (
            <li key={bucket.key} data-bucket={bucket.key} className={bucket.count === 0 ? "opacity-70" : undefined}>
              <div className="flex items-baseline justify-between gap-4">
                <p className={`min-w-0 leading-snug font-medium ${dense ? "text-[clamp(1rem,0.75rem+0.5vw,1.3125rem)]" : "text-[clamp(1.0625rem,0.75rem+0.75vw,1.625rem)]"}`}>
                  {bucket.label}
                  {isLeading ? <Tag>Most common</Tag> : null}
                  {isAgreed ? (
                    <Tag strong>
                      <span aria-hidden="true">✓ </span>Agreed
                    </Tag>
                  ) : null}
                </p>
                <p className={`shrink-0 font-mono leading-none font-medium tabular-nums ${dense ? "text-[clamp(1.25rem,1rem+0.7vw,1.75rem)]" : "text-[clamp(1.375rem,1rem+1vw,2.25rem)]"}`}>
                  <span data-count>{bucket.count}</span>
                  <span className="sr-only"> of {answered}</span>
                </p>
              </div>
              <div className={`overflow-hidden rounded-full bg-sunken ring-1 ring-line ring-inset ${dense ? "mt-1.5 h-3" : "mt-2 h-4 2xl:h-5"}`} aria-hidden="true">
                <div
                  className={`h-full rounded-full transition-[width] duration-500 ease-(--ease-calm) ${hatched ? "bg-[repeating-linear-gradient(135deg,var(--color-muted)_0_6px,transparent_6px_11px)]" : isAgreed ? "bg-accent" : "bg-ink"}`}
                  style={{ width: `${Math.max(share * 100, bucket.count > 0 ? 1.5 : 0)}%` }}
                />
              </div>
              {bucket.members.length > 0 ? (
                <p className={`mt-1 text-muted ${dense ? "text-[clamp(0.875rem,0.75rem+0.3vw,1.0625rem)]" : "text-[clamp(0.9375rem,0.8rem+0.4vw,1.25rem)]"}`}>
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
