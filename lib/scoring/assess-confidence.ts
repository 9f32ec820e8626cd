import { evaluateRuleCondition, type TConditionFacts } from "./evaluate-rule-condition";
import { minLevel } from "./levels";
import type { TRules } from "./rules-schema";

export type TConfidence = { level: "low" | "medium" | "high"; reasons: string[] };

/**
 * Confidence starts high and each cap in the rules that holds lowers it. Caps look only at the share
 * of "don't know" answers and of gaps (don't know or unanswered), which never fall when an answer is
 * replaced by "don't know", so an unknown can never raise confidence.
 */
export function assessConfidence(rules: TRules, facts: TConditionFacts): TConfidence {
  let level: TConfidence["level"] = "high";
  const reasons: string[] = [];
  for (const cap of rules.confidence.caps) {
    if (!evaluateRuleCondition(cap.when, facts).ok) continue;
    level = minLevel(level, cap.atMost) as TConfidence["level"];
    reasons.push(cap.because);
  }
  return { level, reasons };
}
