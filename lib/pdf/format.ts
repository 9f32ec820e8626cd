import { RISK_META, type RiskLevel } from "../../components/ui/risk-levels";
import type { TReport } from "../scoring/report-schema";

// Pure helpers for the PDF's words and numbers. Nothing reads the clock or the machine's locale, so
// every render of the same report prints the same text. Finding numbers (F1 is the most severe) follow
// the same rule as the report on screen (components/report/report-format.ts), so "F3" means the same
// finding in both.

export { formatReportDate as formatDate } from "../reports/report-text";
export { bySeverity, findingAnchor, findingRefs, levelThresholds, parseRationale, plural, respondedCount, splitLabelled } from "../reports/report-text";
export type { TFindingRefs, TThresholds } from "../reports/report-text";

export function levelWord(level: RiskLevel): string {
  return RISK_META[level].label;
}

/** The start of a long text, cut at a word boundary, with an ellipsis; short texts unchanged. */
export function shorten(text: string, max: number): { text: string; cut: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, cut: false };
  const head = chars.slice(0, max).join("");
  const space = head.lastIndexOf(" ");
  return { text: `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`, cut: true };
}

export const HORIZON = {
  now: { label: "Now", blurb: "First steps: measure, write down, contain. Days to weeks, no big changes." },
  next: { label: "Next", blurb: "Fix the structure, one finding at a time, measuring before and after." },
  later: { label: "Later", blurb: "Make it last: the habits and larger moves that keep it from coming back." },
} as const;

export const CONFIDENCE_LABEL = { low: "Low", medium: "Medium", high: "High" } as const;

/** The article's long-term risk of each path, as a level so it wears the risk palette and shape. */
export const PATH_RISK_LEVEL: Record<TReport["paths"][number]["option"], RiskLevel> = {
  "full-rewrite": "critical",
  "add-infrastructure": "medium",
  "targeted-refactor": "low",
  "system-audit": "low",
};

export const ANSWER_STATE_LABEL = {
  answered: null,
  unknown: "Don't know",
  "not-applicable": "Not applicable",
  unanswered: "Not answered",
} as const;
