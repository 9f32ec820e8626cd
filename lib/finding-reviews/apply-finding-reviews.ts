import { levelRank, maxLevel, type TLevel } from "../scoring/levels";
import { overallRisk } from "../scoring/overall-risk";
import type { TRaisedFinding } from "../scoring/raise-findings";
import type { TReport } from "../scoring/report-schema";
import type { TRules } from "../scoring/rules-schema";
import type { TSectionScore } from "../scoring/score-sections";
import { summarizeArea, summarizeOverall } from "../scoring/summarize";
import type { TFindingReview, TReviewedFinding, TReviewedReport } from "./schemas";

/**
 * A report with the reviewers' notes and severity adjustments applied. Pure.
 * - Each finding keeps its computed severity in `computedSeverity`; `severity` becomes the effective one
 *   (the reviewer's when adjusted) and the findings re-sort by it, worst first, keeping the scoring's
 *   order between equals.
 * - The overall level is recomputed with the effective severities (lib/scoring/overall-risk.ts: a
 *   critical finding floors the overall level), so a finding a reviewer raises to critical lifts it and
 *   one they lower no longer holds it up. A reason says so when this changes the level.
 * - Plan steps take the worst effective severity of the findings they answer and re-sort within their
 *   horizon.
 * - An area whose findings the reviewer re-graded gets its summary written again from the effective
 *   severities ("the most serious (critical)"), saying that they include the reviewer's.
 * - The recommended path stays the scoring's: it is computed from the answers, and the rationale's
 *   "(critical)" is Faultline's reading; the reviewer's view is shown beside each finding.
 * Reviews of findings the report does not raise (answers changed since) are kept, and not shown.
 */
export function applyFindingReviews(report: TReport, reviews: readonly TFindingReview[], rules: TRules): TReviewedReport {
  const byFinding = new Map(reviews.filter((r) => r.note !== null || r.severity !== null).map((r) => [r.findingId, r]));
  if (byFinding.size === 0) return report;

  const findings: TReviewedFinding[] = report.findings.map((finding) => {
    const review = byFinding.get(finding.id);
    if (!review) return finding;
    return { ...finding, severity: review.severity ?? finding.severity, computedSeverity: finding.severity, review };
  });
  const sorted = stableWorstFirst(findings, (f) => f.severity);
  const effective = new Map(sorted.map((f) => [f.id, f.severity]));
  const adjusted = sorted.some((f) => f.computedSeverity !== undefined && f.computedSeverity !== f.severity);
  if (!adjusted) return { ...report, findings: sorted };

  return {
    ...report,
    findings: sorted,
    overall: recomputeOverall(report, sorted, rules),
    areas: report.areas.map((area) => resummarizeArea(area, sorted, rules)),
    plan: stableWorstFirst(
      report.plan.map((step) => {
        const findingIds = stableWorstFirst(step.findingIds, (id) => effective.get(id) ?? step.severity);
        return { ...step, findingIds, severity: maxLevel(findingIds.map((id) => effective.get(id) ?? step.severity)) };
      }),
      (step) => step.severity,
    ).sort((a, b) => HORIZON_ORDER[a.horizon] - HORIZON_ORDER[b.horizon]),
  };
}

const HORIZON_ORDER = { now: 0, next: 1, later: 2 } as const;

/** Worst first; equals keep their order (Array.prototype.sort is stable). */
function stableWorstFirst<T>(items: readonly T[], level: (item: T) => TLevel): T[] {
  return [...items].sort((a, b) => levelRank(level(b)) - levelRank(level(a)));
}

// overallRisk and summarizeArea read an area's id, title, score, level and counts, and a finding's
// severity and rule id, area and title; the report carries exactly these, so the same code runs here as
// in the scoring.
function sectionScoreOf(area: TReport["areas"][number]): TSectionScore {
  return { id: area.id, sectionId: area.id, title: area.title, score: area.score, level: area.level, answered: area.answered, unknown: area.unknown, notApplicable: area.notApplicable, unanswered: area.total - area.answered - area.unknown - area.notApplicable, total: area.total, contributions: [] };
}

function raisedOf(findings: readonly TReviewedFinding[]): TRaisedFinding[] {
  return findings.map((f) => ({ rule: { id: f.id, area: f.area, title: f.title }, severity: f.severity }) as unknown as TRaisedFinding);
}

function resummarizeArea(area: TReport["areas"][number], findings: readonly TReviewedFinding[], rules: TRules): TReport["areas"][number] {
  const own = findings.filter((f) => f.area === area.id);
  if (!own.some((f) => f.computedSeverity !== undefined && f.computedSeverity !== f.severity)) return area;
  const about = rules.areas[area.id as keyof TRules["areas"]]?.about ?? "";
  return { ...area, summary: `${summarizeArea(sectionScoreOf(area), raisedOf(own), about)} Finding severities include the reviewer's adjustments.` };
}

function recomputeOverall(report: TReport, findings: readonly TReviewedFinding[], rules: TRules): TReport["overall"] {
  const areas = report.areas.map(sectionScoreOf);
  const raised = raisedOf(findings);
  const risk = overallRisk(areas, raised, rules);
  const reasons = [...risk.reasons];
  if (risk.level !== report.overall.level) {
    reasons.push(`With the reviewer's severities the overall level is ${risk.level}; from the answers alone Faultline computed ${report.overall.level}.`);
  }
  const assessedAreas = report.areas.filter((area) => area.score !== null).length;
  return { ...report.overall, level: risk.level, summary: summarizeOverall(risk.score, risk.level, assessedAreas), reasons: [...reasons, rules.overall.about] };
}
