import { RiskBadge } from "@/components/ui/risk-badge";
import type { TReport } from "@/lib/scoring/report-schema";
import { ConfidenceMeter } from "./confidence-meter";
import { bySeverity, CONFIDENCE_LABEL, findingAnchor, parseRationale, plural, respondedCount, type TFindingRefs } from "./report-format";

type TProps = { report: TReport; refs: TFindingRefs };

/** One screen a board member can read alone: how bad, what to do, what matters most, how sure. */
export function ExecutiveSummary({ report, refs }: TProps) {
  const { overall, recommendation, coverage, urgency } = report;
  const top = bySeverity(report.findings).slice(0, 3);
  const areaTitle = new Map(report.areas.map((a) => [a.id, a.title]));
  // The prose lines only: lines citing a finding are listed with the findings below.
  const rationale = recommendation.rationale.filter((line) => !parseRationale(line)).slice(0, 2);
  const responded = respondedCount(coverage);
  const share = coverage.total > 0 ? Math.round((responded / coverage.total) * 100) : 0;

  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-sheet print:shadow-none">
      <div className="grid lg:grid-cols-2 print:grid-cols-2">
        <div className="p-6 sm:p-8">
          <h3 className="eyebrow text-muted">Overall risk</h3>
          {overall.score !== null && overall.level ? (
            <>
              <div className="mt-4 flex flex-wrap items-end gap-x-5 gap-y-3">
                <p className="font-mono leading-none">
                  <span className="text-6xl font-medium tracking-tight sm:text-7xl">{overall.score}</span>
                  <span className="text-xl text-muted">/100</span>
                </p>
                <RiskBadge level={overall.level} label={`${levelWord(overall.level)} risk`} className="mb-1" />
              </div>
              <p className="mt-5 font-medium">{overall.score} of 100: higher means more risk.</p>
            </>
          ) : (
            <>
              <p className="mt-4 font-serif text-3xl font-semibold">Not assessed yet</p>
              <p className="mt-2 max-w-prose text-[0.9375rem] text-muted">
                The overall score, from 0 to 100 (higher means more risk), appears once any of the six areas has answers.
              </p>
            </>
          )}
          {overall.score !== null ? <p className="mt-2 max-w-prose text-[0.9375rem] text-muted">{overall.summary}</p> : null}
        </div>

        <div className="border-t border-line bg-sunken/60 p-6 sm:p-8 lg:border-t-0 lg:border-l print:border-t-0 print:border-l print:bg-transparent">
          <h3 className="eyebrow text-muted">Recommended path</h3>
          <p className="mt-3 font-serif text-[2rem] leading-tight font-semibold">{recommendation.title}</p>
          <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-[0.9375rem]">
            <ConfidenceMeter confidence={recommendation.confidence} />
            <span>
              Confidence: <strong className="font-semibold">{CONFIDENCE_LABEL[recommendation.confidence]}</strong>
            </span>
          </div>
          <div className="mt-4 grid max-w-prose gap-2 text-[0.9375rem]">
            {rationale.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <p className="mt-4 text-[0.9375rem] print:hidden">
            <a href="#paths" className="text-accent underline decoration-accent/40 hover:decoration-accent">
              Why this path, and what would change it
            </a>
          </p>
        </div>
      </div>

      <div className="border-t border-line p-6 sm:p-8">
        <h3 className="eyebrow text-muted">
          {top.length === 0 ? "Findings" : top.length === 1 ? "The finding that matters most" : `The ${top.length} findings that matter most`}
        </h3>
        {top.length === 0 ? (
          <p className="mt-3 max-w-prose text-muted">
            No findings yet. {coverage.unanswered > 0 ? "They appear as the questions that raise them are answered." : "Nothing in the answers raised one."}
          </p>
        ) : (
          <ol className="mt-4 grid gap-4 md:grid-cols-3 print:grid-cols-3">
            {top.map((finding) => (
              <li key={finding.id} className="flex flex-col gap-2 border-t-2 border-line-strong/40 pt-3">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-mono text-xs text-muted">{refs.get(finding.id)?.number}</span>
                  <RiskBadge level={finding.severity} size="sm" />
                  <span className="text-xs text-muted">{areaTitle.get(finding.area)}</span>
                </div>
                <a
                  href={`#${findingAnchor(finding.id)}`}
                  className="font-serif text-lg leading-snug font-semibold text-ink no-underline hover:underline"
                >
                  {finding.title}
                </a>
              </li>
            ))}
          </ol>
        )}
        {report.findings.length > top.length ? (
          <p className="mt-4 text-sm text-muted">
            {plural(report.findings.length - top.length, "more finding")} in{" "}
            <a href="#findings" className="text-accent underline decoration-accent/40 hover:decoration-accent">
              the findings
            </a>
            .
          </p>
        ) : null}
      </div>

      <div className="grid border-t border-line md:grid-cols-2 print:grid-cols-2">
        <div className="p-6 sm:p-8">
          <h3 className="eyebrow text-muted">Coverage</h3>
          <p className="mt-3 font-medium">
            <span className="font-mono text-2xl">{responded}</span>
            <span className="text-muted"> of {coverage.total}</span> questions answered
          </p>
          <div aria-hidden="true" className="mt-3 h-1.5 w-full max-w-sm rounded-full bg-sunken print:border print:border-line-strong">
            <div className="h-full rounded-full bg-accent print:bg-ink" style={{ width: `${share}%` }} />
          </div>
          <p className="mt-3 text-[0.9375rem] text-muted">
            {coverage.unknown} “don’t know” (each counted as a risk of its own),{" "}
            {coverage.notApplicable} not applicable, {coverage.unanswered} not answered yet.
          </p>
        </div>
        <div className="border-t border-line p-6 sm:p-8 md:border-t-0 md:border-l print:border-t-0 print:border-l">
          <h3 className="eyebrow text-muted">Urgency</h3>
          {urgency.score !== null && urgency.level ? (
            <>
              <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
                <RiskBadge level={urgency.level} label={`${levelWord(urgency.level)} urgency`} />
                <span className="font-medium">
                  <span className="font-mono">{urgency.score}</span> of 100: higher is more pressing
                </span>
              </div>
              {urgency.meaning ? <p className="mt-3 font-serif text-lg font-semibold">{urgency.meaning}</p> : null}
              <p className="mt-1 text-[0.9375rem] text-muted">From how delivery speed, incidents and the pressure to rewrite are trending.</p>
            </>
          ) : (
            <p className="mt-3 text-[0.9375rem] text-muted">{urgency.summary}</p>
          )}
        </div>
      </div>
    </div>
  );
}

function levelWord(level: string): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}
