import { formatReportDate } from "@/lib/reports/report-text";

/** "27 November 2026, 14:05 UTC": milestones of one day are told apart by their time. */
export function formatPublished(iso: string): string {
  const time = new Date(iso).toISOString().slice(11, 16);
  return `${formatReportDate(iso)}, ${time} UTC`;
}
