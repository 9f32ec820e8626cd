import { RiskBadge } from "@/components/ui/risk-badge";
import type { RiskLevel } from "@/components/ui/risk-levels";

// Illustrative figures only: they show the shape of a report, not a real assessment.
const AREAS: { title: string; score: number; level: RiskLevel }[] = [
  { title: "Load patterns", score: 71, level: "high" },
  { title: "Database", score: 84, level: "critical" },
  { title: "Foundations", score: 52, level: "medium" },
  { title: "Hidden state", score: 63, level: "high" },
  { title: "Observability", score: 58, level: "medium" },
  { title: "Shared mental model", score: 27, level: "low" },
];

const BAR: Record<RiskLevel, string> = {
  low: "bg-risk-low",
  medium: "bg-risk-medium",
  high: "bg-risk-high",
  critical: "bg-risk-critical",
};

/** A miniature of the deliverable, so the first screen shows what a review ends with. */
export function ReportPreview() {
  return (
    <figure className="relative">
      <div className="rounded-lg border border-line bg-surface shadow-sheet">
        <div className="flex items-center justify-between gap-4 border-b border-line px-5 py-3.5 sm:px-7">
          <p className="eyebrow text-muted">Example report</p>
          <p className="font-mono text-xs text-muted">FL-2291 · v3</p>
        </div>

        <div className="px-5 pt-6 pb-2 sm:px-7">
          <p className="font-serif text-xl leading-snug font-semibold">Northwind Freight, backend review</p>
          <div className="mt-5 flex flex-wrap items-end gap-x-4 gap-y-2">
            <p className="font-mono leading-none">
              <span className="text-5xl font-medium tracking-tight">68</span>
              <span className="text-base text-muted">/100</span>
            </p>
            <div className="pb-1">
              <p className="text-xs text-muted">Overall risk</p>
              <RiskBadge level="high" className="mt-1" />
            </div>
          </div>
        </div>

        <table className="mt-4 w-full text-sm">
          <caption className="sr-only">Risk by area, example figures out of 100</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Score</th>
              <th scope="col">Level</th>
            </tr>
          </thead>
          <tbody>
            {AREAS.map((area) => (
              <tr key={area.title} className="border-t border-line first:border-t-0">
                <th scope="row" className="py-2.5 pr-3 pl-5 text-left font-normal sm:pl-7">
                  <span className="block">{area.title}</span>
                  <span aria-hidden="true" className="mt-1.5 block h-1 w-full max-w-44 rounded-full bg-sunken">
                    <span
                      className={`block h-full rounded-full ${BAR[area.level]}`}
                      style={{ width: `${area.score}%` }}
                    />
                  </span>
                </th>
                <td className="px-2 py-2.5 text-right font-mono text-muted tabular-nums">{area.score}</td>
                <td className="py-2.5 pr-5 pl-2 sm:pr-7">
                  <RiskBadge level={area.level} size="sm" variant="plain" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <div className="mt-2 border-t border-line bg-sunken/60 px-5 py-5 sm:px-7">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="eyebrow text-muted">Recommendation</p>
            <p className="font-mono text-xs text-muted">confidence: medium</p>
          </div>
          <p className="mt-2 font-serif text-lg font-semibold">Targeted refactor</p>
          <p className="mt-1.5 text-sm text-muted">
            Because you answered that jobs, sessions and reports all run on the primary database.
          </p>
        </div>
      </div>
      <figcaption className="mt-3 text-center text-xs text-muted">
        Illustrative. Your report cites the answers you give.
      </figcaption>
    </figure>
  );
}
