import { RiskIcon } from "@/components/ui/risk-badge";
import { RISK_META } from "@/components/ui/risk-levels";
import type { TReport } from "@/lib/scoring/report-schema";
import { FindingLink } from "./finding-link";
import { HORIZON_META, plural, type TFindingRefs } from "./report-format";

type TProps = { plan: TReport["plan"]; refs: TFindingRefs };

const HORIZONS = ["now", "next", "later"] as const;

/** Every action of every finding, in three horizons; each step names the findings it answers. */
export function ImprovementPlan({ plan, refs }: TProps) {
  if (plan.length === 0) {
    return (
      <p className="max-w-prose rounded-lg border border-dashed border-line-strong/70 p-6 text-muted">
        No steps yet: the plan is made of the findings&rsquo; actions, and there are no findings so far.
      </p>
    );
  }
  return (
    <div className="grid gap-10 lg:grid-cols-3 lg:gap-8 print:block print:space-y-8">
      {HORIZONS.map((horizon) => {
        const steps = plan.filter((step) => step.horizon === horizon);
        return (
          <div key={horizon} className="border-t-2 border-ink pt-4">
            <h3 className="flex items-baseline justify-between gap-3 text-heading">
              {HORIZON_META[horizon].label}
              <span className="font-sans text-sm font-normal text-muted">{plural(steps.length, "step")}</span>
            </h3>
            <p className="mt-1 text-[0.9375rem] text-muted">{HORIZON_META[horizon].blurb}</p>
            {steps.length === 0 ? (
              <p className="mt-5 text-[0.9375rem] text-muted italic">Nothing at this horizon.</p>
            ) : (
              <ol className="mt-5 print:columns-2 print:gap-10">
                {steps.map((step) => (
                  <li key={step.action} className="border-t border-line py-3.5 break-inside-avoid first:border-t-0 first:pt-0 print:border-t-0 print:border-b print:pt-0">
                    <p className="text-[0.9375rem]">{step.action}</p>
                    <p className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-muted">
                      <RiskIcon level={step.severity} className="size-3" />
                      <span className="mr-1">
                        {RISK_META[step.severity].label}
                        <span className="sr-only"> severity</span>
                      </span>
                      <span className="sr-only">Answers findings</span>
                      {step.findingIds.map((id) => (
                        <FindingLink key={id} findingId={id} refs={refs} />
                      ))}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </div>
  );
}
