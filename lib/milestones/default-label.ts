import { formatReportDate } from "@/lib/reports/report-text";

/** "Milestone 2 — 27 November 2026": the label of a milestone published without one. */
export function defaultMilestoneLabel(number: number, publishedAt: Date): string {
  return `Milestone ${number} — ${formatReportDate(publishedAt.toISOString())}`;
}
