import { z } from "zod";

/** Risk levels, also used for finding severity, urgency and (low/medium/high) confidence. */
export const LEVELS = ["low", "medium", "high", "critical"] as const;
export const ZLevel = z.enum(LEVELS);
export type TLevel = z.infer<typeof ZLevel>;

/** The lowest score (0-100) of each level above "low". */
export const ZLevelThresholds = z
  .strictObject({ medium: z.number().min(0).max(100), high: z.number().min(0).max(100), critical: z.number().min(0).max(100) })
  .refine((t) => t.medium < t.high && t.high < t.critical, "Thresholds must rise: medium < high < critical");
export type TLevelThresholds = z.infer<typeof ZLevelThresholds>;

export function levelRank(level: TLevel): number {
  return LEVELS.indexOf(level);
}

export function levelForScore(score: number, thresholds: TLevelThresholds): TLevel {
  if (score >= thresholds.critical) return "critical";
  if (score >= thresholds.high) return "high";
  if (score >= thresholds.medium) return "medium";
  return "low";
}

export function maxLevel(levels: readonly TLevel[]): TLevel {
  return levels.reduce<TLevel>((worst, level) => (levelRank(level) > levelRank(worst) ? level : worst), "low");
}

export function minLevel(a: TLevel, b: TLevel): TLevel {
  return levelRank(a) <= levelRank(b) ? a : b;
}

/** `level` lowered by `steps`, never below "low". */
export function stepDown(level: TLevel, steps: number): TLevel {
  return LEVELS[Math.max(0, levelRank(level) - steps)];
}

/** Scores are whole numbers in reports; rounding keeps the order of scores, so it keeps monotonicity. */
export function roundScore(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}
