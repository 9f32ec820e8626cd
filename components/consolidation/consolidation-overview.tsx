import Link from "next/link";
import { CONSOLIDATION_FILTERS, FILTER_LABELS, type TConsolidationFilter } from "@/lib/consolidation/filter-consolidation";
import type { TConsolidationView } from "@/lib/consolidation/get-consolidation";

type TProps = {
  assessmentId: string;
  summary: TConsolidationView["summary"];
  filter: TConsolidationFilter;
  counts: Record<TConsolidationFilter, number>;
};

/** The numbers that matter and the filter (as links, so the view survives a reload). */
export function ConsolidationOverview({ assessmentId, summary, filter, counts }: TProps) {
  const facts = [
    { label: "questions asked", value: summary.questions },
    { label: "diverge", value: summary.diverging },
    { label: "diverge strongly", value: summary.strong },
    { label: "agreed", value: summary.agreed },
    { label: "provisional in the report", value: summary.provisional },
  ];
  return (
    <div className="grid gap-6">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-5">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="text-sm text-muted">{fact.label}</dt>
            <dd className="font-serif text-[1.75rem] leading-tight tabular-nums">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <nav aria-label="Filter questions">
        <ul className="flex flex-wrap gap-2">
          {CONSOLIDATION_FILTERS.map((f) => (
            <li key={f}>
              <Link
                href={f === "all" ? `/reviews/${assessmentId}/consolidate` : `/reviews/${assessmentId}/consolidate?filter=${f}`}
                aria-current={f === filter ? "page" : undefined}
                className={`inline-flex min-h-10 items-center gap-2 rounded-full border px-4 text-sm no-underline transition-colors ${
                  f === filter ? "border-accent bg-accent text-accent-ink" : "border-line-strong/60 text-ink hover:border-ink"
                }`}
              >
                {FILTER_LABELS[f]}
                <span className="tabular-nums opacity-80">{counts[f]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
