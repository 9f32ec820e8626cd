import type { RiskLevel } from "@/components/ui/risk-levels";
import type { TReport } from "@/lib/scoring/report-schema";

// Helpers of the report document on screen; what it shares with the PDF is in lib/reports/report-text.ts.
export { bySeverity, findingAnchor, findingRefs, formatReportDate, levelThresholds, parseRationale, plural, respondedCount, splitLabelled } from "@/lib/reports/report-text";
export type { TFindingRefs, TThresholds } from "@/lib/reports/report-text";
import { respondedCount } from "@/lib/reports/report-text";

/** Under half the questions answered: the report still renders, and says it will firm up. */
export function isEarlyReport(report: TReport): boolean {
  const { total } = report.coverage;
  return total === 0 || respondedCount(report.coverage) / total < 0.5 || report.overall.score === null;
}

export const HORIZON_META = {
  now: { label: "Now", blurb: "First steps: measure, write down, contain. Days to weeks, no big changes." },
  next: { label: "Next", blurb: "Fix the structure, one finding at a time, measuring before and after." },
  later: { label: "Later", blurb: "Make it last: the habits and larger moves that keep it from coming back." },
} as const;

export const CONFIDENCE_LABEL = { low: "Low", medium: "Medium", high: "High" } as const;

export const STATUS_LABEL = { draft: "Draft", published: "Published" } as const;

/** The article's long-term risk of each path, as a level so it can wear the risk palette and shape. */
export const PATH_RISK_LEVEL: Record<TReport["paths"][number]["option"], RiskLevel> = {
  "full-rewrite": "critical",
  "add-infrastructure": "medium",
  "targeted-refactor": "low",
  "system-audit": "low",
};

/** A multiple-choice answer reads "Choice A; Choice B"; each choice starts with a capital letter. */
export function splitChoices(answer: string): string[] {
  const parts = answer.split(/;\s+(?=[A-Z])/);
  return parts.length > 1 ? parts : [answer];
}
