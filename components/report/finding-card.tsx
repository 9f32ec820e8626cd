import type { ReactNode } from "react";
import { RiskBadge } from "@/components/ui/risk-badge";
import { RISK_META } from "@/components/ui/risk-levels";
import type { TReviewedFinding } from "@/lib/finding-reviews/schemas";
import { AnswerText } from "./answer-text";
import { findingAnchor, HORIZON_META } from "./report-format";
import { ReviewerAssessment } from "./reviewer-assessment";

type TProps = {
  finding: TReviewedFinding;
  number: string;
  areaTitle: string;
  /** Editing controls for those who run the review (components/finding-reviews); none for readers. */
  controls?: ReactNode;
};

/** One finding: how severe, where, what it is, which answers raised it, and what to do about it. */
export function FindingCard({ finding, number, areaTitle, controls }: TProps) {
  const adjusted = finding.computedSeverity !== undefined && finding.computedSeverity !== finding.severity;
  const anchor = findingAnchor(finding.id);
  const steps = finding.steps.length > 0 ? finding.steps : finding.actions.map((action) => ({ action, horizon: null }));
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      className="break-inside-avoid rounded-lg border border-line bg-surface p-5 sm:p-8 print:rounded-none print:border-x-0 print:border-b-0 print:border-line-strong print:px-0 print:py-5"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span className="font-mono text-sm text-muted">{number}</span>
        <RiskBadge level={finding.severity} />
        {adjusted ? (
          <span className="text-sm text-muted">
            set by the reviewer · computed: <span className="font-medium text-ink">{RISK_META[finding.computedSeverity!].label}</span>
          </span>
        ) : null}
        <span className="eyebrow text-muted">{areaTitle}</span>
      </div>
      <h4 id={`${anchor}-title`} className="mt-3 text-heading">
        <span className="sr-only">{number}: </span>
        {finding.title}
      </h4>
      {finding.failureMode ? (
        <p className="mt-1.5 text-[0.9375rem] text-muted">
          How it fails: <span className="font-medium text-ink">{finding.failureMode.label}</span>
        </p>
      ) : null}
      <p className="mt-4 max-w-prose print:mt-2.5 print:max-w-none">{finding.explanation}</p>
      <ReviewerAssessment finding={finding} />
      {controls}

      <div className="mt-7 grid gap-8 lg:grid-cols-2 lg:gap-10 print:mt-4 print:grid-cols-2 print:gap-8">
        <div>
          <h5 className="eyebrow text-muted">Because you answered</h5>
          <ul className="mt-3 grid gap-3 print:mt-2 print:gap-2">
            {finding.evidence.map((item) => (
              <li key={item.questionId} className="border-l-2 border-line-strong/50 pl-4">
                <p className="text-sm text-muted">{item.prompt}</p>
                <div className="mt-0.5 font-medium">
                  {item.state === "unknown" ? <span className="mr-1.5 font-mono text-xs text-muted uppercase">Gap</span> : null}
                  {Array.isArray(item.value) ? <AnswerText answer={item.answer} /> : item.answer}
                </div>
                {item.note ? (
                  <p className="mt-1 text-sm text-muted">
                    <span className="font-medium">Your note:</span> <span className="italic">{item.note}</span>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h5 className="eyebrow text-muted">What to do</h5>
          <ol className="mt-3 grid gap-3 print:mt-2 print:gap-1.5">
            {steps.map((step, i) => (
              <li key={step.action} className="grid grid-cols-[1.5rem_1fr] gap-x-2">
                <span aria-hidden="true" className="font-mono text-sm leading-6 text-muted">
                  {i + 1}.
                </span>
                <span>
                  {step.horizon ? (
                    <span className="mr-2 inline-block rounded-[4px] bg-sunken px-1.5 align-[1px] font-mono text-[0.6875rem] leading-5 tracking-wide text-muted uppercase print:border print:border-line">
                      {HORIZON_META[step.horizon].label}
                    </span>
                  ) : null}
                  {step.action}
                </span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </article>
  );
}
