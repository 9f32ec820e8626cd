import type { RiskLevel } from "@/components/ui/risk-levels";
import { RISK_META } from "@/components/ui/risk-levels";
import type { TReport, TReportFinding } from "@/lib/scoring/report-schema";

// Small, pure helpers shared by the parts of the report document. Nothing here reads the clock or
// the locale of the machine, so the server and a later PDF render print the same words.

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "27 November 2026": en-GB, in UTC, so every reader and every render sees the same date. */
export function formatReportDate(iso: string): string {
  return DATE.format(new Date(iso));
}

export type TThresholds = { medium: number; high: number; critical: number };

const DEFAULT_THRESHOLDS: TThresholds = { medium: 25, high: 50, critical: 75 };

/**
 * The score where each level begins, read from the legend's sentence ("… medium from 25, high from
 * 50, critical from 75 …"). The report carries the thresholds only as words today; this falls back to
 * the bank's 25/50/75 if the sentence ever changes shape.
 */
export function levelThresholds(legend: string): TThresholds {
  const read = (level: keyof TThresholds) => {
    const match = new RegExp(`${level} from (\\d{1,3})`, "i").exec(legend);
    return match ? Number(match[1]) : NaN;
  };
  const parsed = { medium: read("medium"), high: read("high"), critical: read("critical") };
  const valid = Object.values(parsed).every((n) => n >= 0 && n <= 100) && parsed.medium < parsed.high && parsed.high < parsed.critical;
  return valid ? parsed : DEFAULT_THRESHOLDS;
}

/** Worst first; findings of the same severity keep the order the scoring gave them. */
export function bySeverity<T extends { severity: RiskLevel }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => RISK_META[b.item.severity].rank - RISK_META[a.item.severity].rank || a.index - b.index)
    .map(({ item }) => item);
}

export function findingAnchor(findingId: string): string {
  return `finding-${findingId}`;
}

/** Each finding's reference in this report ("F1" is the most severe), for the plan and the summary. */
export type TFindingRefs = Map<string, { number: string; finding: TReportFinding }>;

export function findingRefs(findings: readonly TReportFinding[]): TFindingRefs {
  return new Map(bySeverity(findings).map((finding, i) => [finding.id, { number: `F${i + 1}`, finding }]));
}

/** Questions that have any answer, "don't know" and "not applicable" included. */
export function respondedCount(coverage: TReport["coverage"]): number {
  return coverage.total - coverage.unanswered;
}

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

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const RATIONALE_FINDING = /^Finding ([a-z0-9-]+): "(.+)" \((low|medium|high|critical)\)\.?$/;

/** A rationale line that cites a finding ("Finding db-x: "Title" (critical).") becomes a reference. */
export function parseRationale(line: string): { findingId: string } | null {
  const match = RATIONALE_FINDING.exec(line);
  return match ? { findingId: match[1] } : null;
}

/**
 * A load-shape answer reads "Label: value. Label: value."; split it into its parts so each reads on
 * its own line. Only splits where every part has a short label; otherwise the sentence stays whole.
 */
export function splitLabelled(answer: string): { label: string | null; text: string }[] {
  const parts = answer.split(/(?<=\.)\s+(?=[A-Z][^:.]{1,60}:\s)/);
  const labelled = parts.map((part) => /^([A-Z][^:.]{1,60}):\s+([\s\S]+)$/.exec(part));
  if (parts.length < 2 || labelled.some((m) => !m)) return [{ label: null, text: answer }];
  return labelled.map((m) => ({ label: m![1], text: m![2] }));
}

/** A multiple-choice answer reads "Choice A; Choice B"; each choice starts with a capital letter. */
export function splitChoices(answer: string): string[] {
  const parts = answer.split(/;\s+(?=[A-Z])/);
  return parts.length > 1 ? parts : [answer];
}
