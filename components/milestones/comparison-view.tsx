import type { ReactNode } from "react";
import { RiskBadge } from "@/components/ui/risk-badge";

import { DIRECTION_LABEL, formatDelta, type TChange, type TComparedFinding, type TComparison, type TSeverityChange } from "@/lib/milestones/compare-milestones";
import type { TThresholds } from "@/lib/reports/report-text";
import { ComparisonChart } from "./comparison-chart";
import { formatPublished } from "./format";

type TProps = { comparison: TComparison; thresholds: TThresholds };

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="border-t border-line pt-10">
      <h2 id={`${id}-title`} className="font-serif text-title">
        {title}
      </h2>
      {intro ? <p className="mt-2 max-w-prose text-muted">{intro}</p> : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}

function Scored({ side }: { side: TChange["before"] }) {
  if (side.score === null || !side.level) return <span className="text-muted italic">Not assessed</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span className="font-mono text-3xl leading-none">{side.score}</span>
      <RiskBadge level={side.level} />
    </span>
  );
}

const DIRECTION_CLASS = { better: "text-risk-low", worse: "text-risk-high", same: "text-muted", unknown: "text-muted" } as const;

function Summary({ comparison }: { comparison: TComparison }) {
  const { overall, recommendation, findings } = comparison;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="rounded-xl border border-line bg-surface p-5">
        <p className="eyebrow text-muted">Overall risk</p>
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <span className="sr-only">Before:</span>
          <Scored side={overall.before} />
          <span aria-hidden="true" className="text-xl text-muted">→</span>
          <span className="sr-only">After:</span>
          <Scored side={overall.after} />
        </p>
        <p className={`mt-3 font-medium ${DIRECTION_CLASS[overall.direction]}`}>
          {DIRECTION_LABEL[overall.direction]} <span className="font-mono">({formatDelta(overall.delta)} points)</span>
        </p>
      </div>
      <div className="rounded-xl border border-line bg-surface p-5">
        <p className="eyebrow text-muted">Recommended path</p>
        <p className="mt-3 font-serif text-heading">{recommendation.after.title}</p>
        <p className="mt-2 text-muted">
          {recommendation.changed ? (
            <>
              Changed from <span className="font-medium text-ink">{recommendation.before.title}</span>.
            </>
          ) : (
            "The same path as before."
          )}{" "}
          Confidence {recommendation.before.confidence}, now {recommendation.after.confidence}.
        </p>
      </div>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-[0.9375rem] md:col-span-2" aria-label="What changed, in numbers">
        <li>
          <span className="font-mono font-medium">{findings.new.length}</span> new
        </li>
        <li>
          <span className="font-mono font-medium">{findings.resolved.length}</span> resolved
        </li>
        <li>
          <span className="font-mono font-medium">{findings.severityChanged.length}</span> with another severity
        </li>
        <li>
          <span className="font-mono font-medium">{findings.unchanged.length}</span> unchanged
        </li>
        <li>
          <span className="font-mono font-medium">{comparison.answers.length}</span> {comparison.answers.length === 1 ? "answer" : "answers"} changed
        </li>
      </ul>
    </div>
  );
}

function FindingGroup({ id, title, blurb, findings, areaTitle }: { id: string; title: string; blurb: string; findings: (TComparedFinding | TSeverityChange)[]; areaTitle: Map<string, string> }) {
  return (
    <div aria-labelledby={`${id}-heading`} role="group" data-group={id}>
      <h3 id={`${id}-heading`} className="text-heading">
        {title} <span className="font-mono text-muted">({findings.length})</span>
      </h3>
      <p className="text-sm text-muted">{blurb}</p>
      {findings.length === 0 ? (
        <p className="mt-3 text-muted">None.</p>
      ) : (
        <ul className="mt-3 divide-y divide-line border-y border-line">
          {findings.map((finding) => (
            <li key={finding.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:gap-4">
              <span className="flex shrink-0 items-center gap-2 sm:w-44">
                {"before" in finding ? (
                  <>
                    <RiskBadge level={finding.before} size="sm" variant="plain" />
                    <span aria-hidden="true" className="text-muted">→</span>
                    <span className="sr-only">now</span>
                    <RiskBadge level={finding.after} size="sm" variant="plain" />
                  </>
                ) : (
                  <RiskBadge level={finding.severity} size="sm" variant="plain" />
                )}
              </span>
              <span className="min-w-0">
                <span className="font-medium">{finding.title}</span>
                <span className="block text-sm text-muted">{areaTitle.get(finding.area) ?? finding.area}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The comparison of two milestones on screen: summary, areas (chart and table), findings, answers. */
export function ComparisonView({ comparison, thresholds }: TProps) {
  const { from, to, findings } = comparison;
  const areaTitle = new Map(comparison.areas.map((area) => [area.id, area.title]));
  return (
    <div className="grid grid-cols-1 gap-12">
      <div className="grid gap-4 sm:grid-cols-2">
        {[
          { role: "Before", milestone: from },
          { role: "After", milestone: to },
        ].map(({ role, milestone }) => (
          <div key={role} className="min-w-0 border-l-2 border-line-strong pl-4" data-side={role.toLowerCase()}>
            <p className="eyebrow text-muted">{role}</p>
            <p className="mt-1 font-serif text-heading break-words">{milestone.label}</p>
            <p className="text-sm text-muted">
              Milestone {milestone.number} of {milestone.reviewTitle}, published {formatPublished(milestone.createdAt)}
            </p>
          </div>
        ))}
      </div>
      <Summary comparison={comparison} />
      <Section id="areas" title="Risk by area">
        <ComparisonChart areas={comparison.areas} thresholds={thresholds} fromLabel={from.label} toLabel={to.label} />
      </Section>
      <Section id="findings" title="Findings" intro="Matched by what each finding is about, not by its number in either report.">
        <div className="grid gap-10 lg:grid-cols-2">
          <FindingGroup id="new" title="New" blurb="Raised now, not before." findings={findings.new} areaTitle={areaTitle} />
          <FindingGroup id="resolved" title="Resolved" blurb="Raised before, no longer raised." findings={findings.resolved} areaTitle={areaTitle} />
          <FindingGroup id="severity" title="Severity changed" blurb="Raised at both, with another severity." findings={findings.severityChanged} areaTitle={areaTitle} />
          <FindingGroup id="unchanged" title="Unchanged" blurb="Raised at both with the same severity." findings={findings.unchanged} areaTitle={areaTitle} />
        </div>
      </Section>
      <Section id="answers" title="Answers that changed" intro="Every answer worded differently at the two milestones (notes are not compared).">
        {comparison.answers.length === 0 ? (
          <p className="text-muted">No answer changed.</p>
        ) : (
          <ul className="divide-y divide-line border-y border-line">
            {comparison.answers.map((change) => (
              <li key={change.questionId} className="grid gap-2 py-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1.5fr)_minmax(0,1.5fr)] md:gap-6">
                <div className="min-w-0">
                  <p className="text-sm text-muted">{change.section}</p>
                  <p className="font-medium break-words">{change.prompt}</p>
                </div>
                <p className="min-w-0 break-words">
                  <span className="eyebrow block text-muted">Before</span>
                  <span className="text-muted">{change.before}</span>
                </p>
                <p className="min-w-0 break-words">
                  <span className="eyebrow block text-muted">After</span>
                  {change.after}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

