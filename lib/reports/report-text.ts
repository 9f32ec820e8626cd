import { RISK_META, type RiskLevel } from "../../components/ui/risk-levels";
import type { TReport, TReportFinding } from "../scoring/report-schema";

// Words and numbers of a report that the page (components/report) and the PDF (lib/pdf) must print
// the same way: dates, level thresholds, finding order and numbers (F1 is the most severe), and the
// reading of the scoring's sentences. Pure: no clock, no machine locale.

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "27 November 2026": en-GB, in UTC, so every reader and every render sees the same date. */
export function formatReportDate(iso: string): string {
  return DATE.format(new Date(iso));
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
