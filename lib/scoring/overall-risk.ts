import { levelForScore, levelRank, maxLevel, roundScore, stepDown, type TLevel } from "./levels";
import type { TRaisedFinding } from "./raise-findings";
import type { TRules } from "./rules-schema";
import type { TSectionScore } from "./score-sections";

export type TOverallRisk = {
  /** 0-100, higher is riskier: the weighted mean of the assessed areas' scores. */
  score: number | null;
  level: TLevel | null;
  /** Why the level is what it is, in the order the rules were applied. */
  reasons: string[];
};

/**
 * The overall level is the highest of:
 * 1. the level of the weighted mean score;
 * 2. the worst area's level lowered by `worstAreaStepsDown` (one step: a critical area makes the
 *    whole at least high), so good averages cannot hide one area in trouble;
 * 3. critical, when `criticalAreasForCritical` areas are critical;
 * 4. `criticalFindingFloor`, when any finding is critical.
 * Each rule only rises with area scores and findings, so a riskier answer never lowers the level
 * through them.
 */
export function overallRisk(areas: readonly TSectionScore[], findings: readonly TRaisedFinding[], rules: TRules): TOverallRisk {
  const assessed = areas.filter((area) => area.score !== null && area.level !== null);
  if (assessed.length === 0) return { score: null, level: null, reasons: ["No area has been answered yet."] };

  const weightOf = (area: TSectionScore) => rules.areas[area.id as keyof TRules["areas"]]?.weight ?? 1;
  const totalWeight = assessed.reduce((sum, area) => sum + weightOf(area), 0);
  const mean = assessed.reduce((sum, area) => sum + weightOf(area) * (area.score as number), 0) / totalWeight;
  const score = roundScore(mean / 100);
  const { worstAreaStepsDown, criticalAreasForCritical, criticalFindingFloor } = rules.overall;

  const candidates: { level: TLevel; reason: string }[] = [
    { level: levelForScore(score, rules.levels), reason: `The weighted average of the areas is ${score} out of 100.` },
  ];
  const worst = [...assessed].sort((a, b) => (b.score as number) - (a.score as number))[0];
  const fromWorst = stepDown(worst.level as TLevel, worstAreaStepsDown);
  candidates.push({
    level: fromWorst,
    reason: `${worst.title} is ${worst.level} (${worst.score}/100); the overall level is never more than ${worstAreaStepsDown} step${worstAreaStepsDown === 1 ? "" : "s"} below the worst area.`,
  });
  const critical = assessed.filter((area) => area.level === "critical");
  if (critical.length >= criticalAreasForCritical) {
    candidates.push({ level: "critical", reason: `${critical.length} areas are critical: ${critical.map((a) => a.title).join(", ")}.` });
  }
  const criticalFindings = findings.filter((finding) => finding.severity === "critical");
  if (criticalFindings.length > 0) {
    candidates.push({
      level: criticalFindingFloor,
      reason: `${criticalFindings.length} critical finding${criticalFindings.length === 1 ? "" : "s"} (${criticalFindings.map((f) => f.rule.id).join(", ")}) make the overall level at least ${criticalFindingFloor}.`,
    });
  }
  const level = maxLevel(candidates.map((c) => c.level));
  const base = candidates[0];
  const raisedBy = candidates.slice(1).filter((c) => c.level === level && levelRank(level) > levelRank(base.level));
  return { score, level, reasons: [base.reason, ...raisedBy.map((c) => c.reason)] };
}
