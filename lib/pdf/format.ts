import { RISK_META, type RiskLevel } from "../../components/ui/risk-levels";
import type { TReport, TReportFinding } from "../scoring/report-schema";

// Pure helpers for the PDF's words and numbers. Nothing reads the clock or the machine's locale, so
// every render of the same report prints the same text. Finding numbers (F1 is the most severe) follow
// the same rule as the report on screen (components/report/report-format.ts), so "F3" means the same
// finding in both.

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "24 November 2026": en-GB, in UTC. */
export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

export function levelWord(level: RiskLevel): string {
  return RISK_META[level].label;
}

export type TThresholds = { medium: number; high: number; critical: number };

const DEFAULT_THRESHOLDS: TThresholds = { medium: 25, high: 50, critical: 75 };

/** Where each level begins, read from the legend's sentence ("… medium from 25, high from 50 …"). */
export function levelThresholds(legend: string): TThresholds {
  const read = (level: keyof TThresholds) => Number(new RegExp(`${level} from (\\d{1,3})`, "i").exec(legend)?.[1] ?? NaN);
  const t = { medium: read("medium"), high: read("high"), critical: read("critical") };
  const valid = Object.values(t).every((n) => n >= 0 && n <= 100) && t.medium < t.high && t.high < t.critical;
  return valid ? t : DEFAULT_THRESHOLDS;
}

/** Worst first; findings of the same severity keep the scoring's order. */
export function bySeverity<T extends { severity: RiskLevel }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => RISK_META[b.item.severity].rank - RISK_META[a.item.severity].rank || a.index - b.index)
    .map(({ item }) => item);
}

export type TFindingRefs = Map<string, { number: string; finding: TReportFinding }>;

export function findingRefs(findings: readonly TReportFinding[]): TFindingRefs {
  return new Map(bySeverity(findings).map((finding, i) => [finding.id, { number: `F${i + 1}`, finding }]));
}

export function findingAnchor(findingId: string): string {
  return `finding-${findingId}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Questions with any answer, "don't know" and "not applicable" included. */
export function respondedCount(coverage: TReport["coverage"]): number {
  return coverage.total - coverage.unanswered;
}

const RATIONALE_FINDING = /^Finding ([a-z0-9-]+): "(.+)" \((low|medium|high|critical)\)\.?$/;

/** A rationale line that cites a finding ("Finding db-x: "Title" (critical).") becomes a reference. */
export function parseRationale(line: string): { findingId: string } | null {
  const match = RATIONALE_FINDING.exec(line);
  return match ? { findingId: match[1] } : null;
}

/** A load-shape answer reads "Label: value. Label: value."; each part on its own line. */
export function splitLabelled(answer: string): { label: string | null; text: string }[] {
  const parts = answer.split(/(?<=\.)\s+(?=[A-Z][^:.]{1,60}:\s)/);
  const labelled = parts.map((part) => /^([A-Z][^:.]{1,60}):\s+([\s\S]+)$/.exec(part));
  if (parts.length < 2 || labelled.some((m) => !m)) return [{ label: null, text: answer }];
  return labelled.map((m) => ({ label: m![1], text: m![2] }));
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
