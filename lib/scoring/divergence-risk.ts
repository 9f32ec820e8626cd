import { divergenceLevelRank, type TDivergenceLevel } from "../consolidation/divergence";
import { levelForScore, roundScore } from "./levels";
import type { TRules } from "./rules-schema";
import type { TSectionScore } from "./score-sections";

/**
 * Strong divergence as team-area risk (index.json, `divergence`): each shown question on which the team
 * diverges at least the rules' level adds weightPerQuestion (capped at maxWeight) at risk 1 to that
 * area's weighted average. Risk 1 is the top of the scale, so this can raise the score and never lower
 * it; an area with nothing answered yet stays unscored. One respondent: no divergence, no change.
 */
export function addDivergenceRisk(areas: TSectionScore[], rules: TRules, divergence: ReadonlyMap<string, TDivergenceLevel>): TSectionScore[] {
  const settings = rules.divergence;
  if (!settings) return areas;
  const floor = divergenceLevelRank(settings.level);
  const diverging = [...divergence].filter(([, level]) => divergenceLevelRank(level) >= floor).map(([id]) => id);
  if (diverging.length === 0) return areas;
  const weight = Math.min(settings.maxWeight, diverging.length * settings.weightPerQuestion);
  return areas.map((area) => {
    if (area.id !== settings.area || area.score === null) return area;
    const contributions = [...area.contributions, { questionId: diverging[0], weight, risk: 1, source: "divergence" as const }];
    const total = contributions.reduce((sum, c) => sum + c.weight, 0);
    const risk = contributions.reduce((sum, c) => sum + c.weight * c.risk, 0);
    const score = roundScore(risk / total);
    return { ...area, contributions, score, level: levelForScore(score, rules.levels) };
  });
}
