import type { ReactNode } from "react";
import { RiskBadge } from "@/components/ui/risk-badge";
import { RISK_LEVELS, RISK_META } from "@/components/ui/risk-levels";
import type { TReviewedFinding, TReviewedReport } from "@/lib/finding-reviews/schemas";
import { FindingCard } from "./finding-card";
import { plural, type TFindingRefs } from "./report-format";

type TProps = { report: TReviewedReport; refs: TFindingRefs; findingControls?: (finding: TReviewedFinding) => ReactNode };

/** Every finding, worst first, grouped under its (effective) severity. */
export function FindingsList({ report, refs, findingControls }: TProps) {
  const areaTitle = new Map(report.areas.map((a) => [a.id, a.title]));
  const reviewed = new Map(report.findings.map((f) => [f.id, f]));
  const ordered = [...refs.values()].map((ref) => ({ ...ref, finding: reviewed.get(ref.finding.id) ?? ref.finding }));
  const groups = [...RISK_LEVELS]
    .reverse()
    .map((level) => ({ level, items: ordered.filter((ref) => ref.finding.severity === level) }))
    .filter((group) => group.items.length > 0);

  if (groups.length === 0) {
    return (
      <p className="max-w-prose rounded-lg border border-dashed border-line-strong/70 p-6 text-muted">
        No findings yet.{" "}
        {report.coverage.unanswered > 0
          ? "Findings appear as the questions that raise them are answered."
          : "Nothing in the answers raised a finding: keep an eye on the areas with the highest scores."}
      </p>
    );
  }

  return (
    <div>
      <ul aria-label="Findings by severity" className="flex flex-wrap gap-x-6 gap-y-2 border-y border-line py-3">
        {groups.map((group) => (
          <li key={group.level}>
            <a href={`#findings-${group.level}`} className="inline-flex items-center gap-2 text-ink no-underline hover:underline">
              <RiskBadge level={group.level} variant="plain" />
              <span className="font-mono text-sm text-muted">{group.items.length}</span>
            </a>
          </li>
        ))}
      </ul>

      <div className="mt-10 space-y-14 print:space-y-8">
        {groups.map((group) => (
          <div key={group.level}>
            <h3 id={`findings-${group.level}`} className="flex items-baseline gap-3 text-heading">
              {RISK_META[group.level].label}
              <span className="font-sans text-base font-normal text-muted">{plural(group.items.length, "finding")}</span>
            </h3>
            <div className="mt-5 space-y-5 print:space-y-0">
              {group.items.map((ref) => (
                <FindingCard
                  key={ref.finding.id}
                  finding={ref.finding}
                  number={ref.number}
                  areaTitle={areaTitle.get(ref.finding.area) ?? ref.finding.area}
                  controls={findingControls?.(ref.finding)}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
