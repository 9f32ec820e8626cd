import { levelRank, type TLevel } from "./levels";
import type { TRaisedFinding } from "./raise-findings";
import { HORIZONS, type THorizon } from "./rules-schema";

export type TPlanStep = {
  horizon: THorizon;
  action: string;
  /** The findings this step answers, worst first. */
  findingIds: string[];
  /** The worst severity among them. */
  severity: TLevel;
};

/**
 * The improvement plan: every action of every finding, merged when two findings ask for the same
 * action (kept at the earliest horizon either gives it), then ordered now → next → later, and within
 * a horizon by the worst severity it answers, then by the order of the findings (already worst first).
 */
export function buildPlan(findings: readonly TRaisedFinding[]): TPlanStep[] {
  const steps = new Map<string, TPlanStep & { first: number }>();
  findings.forEach((finding, index) => {
    for (const action of finding.actions) {
      const key = action.text.trim().toLowerCase();
      const step = steps.get(key);
      if (!step) {
        steps.set(key, { horizon: action.horizon, action: action.text, findingIds: [finding.rule.id], severity: finding.severity, first: index });
        continue;
      }
      if (!step.findingIds.includes(finding.rule.id)) step.findingIds.push(finding.rule.id);
      if (HORIZONS.indexOf(action.horizon) < HORIZONS.indexOf(step.horizon)) step.horizon = action.horizon;
      if (levelRank(finding.severity) > levelRank(step.severity)) step.severity = finding.severity;
    }
  });
  return [...steps.values()]
    .sort(
      (a, b) =>
        HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon) ||
        levelRank(b.severity) - levelRank(a.severity) ||
        a.first - b.first,
    )
    .map(({ horizon, action, findingIds, severity }) => ({ horizon, action, findingIds, severity }));
}
