import type { TLevel } from "./levels";
import type { TRaisedFinding } from "./raise-findings";
import type { TCounts } from "./score-core";
import type { TSectionScore } from "./score-sections";

// Sentences for the report's numbers: each says what the number means.

const LEVEL_WORD: Record<TLevel, string> = { low: "Low", medium: "Medium", high: "High", critical: "Critical" };

export function summarizeArea(area: TSectionScore, findings: readonly TRaisedFinding[], about: string): string {
  const counts = `${area.answered} of ${area.total} questions answered${area.unknown > 0 ? `, ${area.unknown} "don't know"` : ""}${area.notApplicable > 0 ? `, ${area.notApplicable} not applicable` : ""}.`;
  if (area.score === null || area.level === null) return `Not assessed yet: ${counts} ${about}`;
  const own = findings.filter((f) => f.rule.area === area.id);
  const worst = own[0];
  const findingText =
    own.length === 0
      ? "No findings."
      : `${own.length} finding${own.length === 1 ? "" : "s"}; the most serious (${worst.severity}): ${worst.rule.title}.`;
  return `${LEVEL_WORD[area.level]} risk: ${area.score} out of 100, where 0 means no sign of risk and 100 the worst answer to every question. ${findingText} ${counts}`;
}

export function summarizeOverall(score: number | null, level: TLevel | null, areaCount: number): string {
  if (score === null || level === null) return "Not assessed yet: no area has been answered.";
  return `${LEVEL_WORD[level]} overall risk. The average of the ${areaCount} area scores is ${score} out of 100 (higher is riskier); the level also reflects the worst area and the most severe finding, so one area in trouble is never averaged away.`;
}

export function summarizeUrgency(urgency: TSectionScore | null, meaning: string): string {
  if (!urgency || urgency.score === null || urgency.level === null) {
    return "Urgency not assessed: the symptoms questions are not answered yet.";
  }
  return `${LEVEL_WORD[urgency.level]} urgency: ${urgency.score} out of 100, from how delivery speed, incidents and the pressure to rewrite are trending (higher is more pressing). ${meaning}`;
}

export function summarizeCoverage(counts: TCounts): string {
  const covered = counts.answered + counts.unknown + counts.notApplicable;
  return `${covered} of ${counts.visible} questions that apply were answered: ${counts.answered} with an answer, ${counts.unknown} "don't know" (scored as a risk of its own), ${counts.notApplicable} not applicable (left out of the scores), ${counts.unanswered} not answered yet (left out, and lowering confidence).`;
}
