import { evaluateRuleCondition, type TConditionFacts } from "./evaluate-rule-condition";
import type { TPathId, TRules } from "./rules-schema";

export type TOptionScore = {
  id: TPathId;
  /** Fit points: base plus every signal that holds. Not a risk; only their order matters. */
  points: number;
  /** False when a requirement does not hold: the option cannot be recommended. */
  eligible: boolean;
  /** The requirements that do not hold, as the rules say them. */
  unmet: string[];
  /** The signals that hold, with the answers that made them hold. */
  signals: { because: string; points: number; cited: string[] }[];
};

/**
 * Scores the four paths with recommendation.json: an option is eligible when all its requirements
 * hold; its points are its base plus the points of each signal that holds. The eligible option with
 * the most points wins; ties go to the earlier option in `tieOrder`. Deterministic by construction.
 */
export function choosePath(rules: TRules, facts: TConditionFacts): { options: TOptionScore[]; chosen: TPathId } {
  const options = rules.recommendation.options.map((option): TOptionScore => {
    const unmet = option.requires.filter((r) => !evaluateRuleCondition(r.when, facts).ok).map((r) => r.says);
    const signals = option.signals.flatMap((signal) => {
      const held = evaluateRuleCondition(signal.when, facts);
      return held.ok ? [{ because: signal.because, points: signal.points, cited: held.cited }] : [];
    });
    const points = option.base + signals.reduce((sum, s) => sum + s.points, 0);
    return { id: option.id, points, eligible: unmet.length === 0, unmet, signals };
  });
  const tie = (id: TPathId) => rules.recommendation.tieOrder.indexOf(id);
  const ranked = options.filter((o) => o.eligible).sort((a, b) => b.points - a.points || tie(a.id) - tie(b.id));
  return { options, chosen: ranked[0]?.id ?? rules.recommendation.tieOrder[0] };
}
