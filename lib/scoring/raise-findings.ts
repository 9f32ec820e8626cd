import type { TAreaId } from "../questionnaire/schema";
import { evaluateRuleCondition, type TConditionFacts } from "./evaluate-rule-condition";
import { levelRank, type TLevel } from "./levels";
import type { TActionRule, TFindingRule, TRules } from "./rules-schema";

export type TRaisedFinding = {
  rule: TFindingRule;
  severity: TLevel;
  /** The questions whose answers raised it (and set its severity), in the order they are asked. */
  cited: string[];
  /** The severity rule's note, when it has one. */
  note?: string;
  /** The actions that fit this team's context. */
  actions: TActionRule[];
};

/**
 * Every finding whose `when` holds, with the severity of its first matching severity rule, sorted by
 * severity (worst first), then by the score of its area (hotter first), then in the rules' order.
 */
export function raiseFindings(
  rules: TRules,
  facts: TConditionFacts,
  areaScores: ReadonlyMap<TAreaId, number | null>,
  questionOrder: ReadonlyMap<string, number>,
): TRaisedFinding[] {
  const raised: { finding: TRaisedFinding; index: number }[] = [];
  rules.findings.forEach((rule, index) => {
    const trigger = evaluateRuleCondition(rule.when, facts);
    if (!trigger.ok) return;
    let severity: TLevel = rule.severity[rule.severity.length - 1].level;
    let note: string | undefined;
    const cited = [...trigger.cited];
    for (const candidate of rule.severity) {
      const held = candidate.when ? evaluateRuleCondition(candidate.when, facts) : { ok: true, cited: [] };
      if (!held.ok) continue;
      severity = candidate.level;
      note = candidate.note;
      cited.push(...held.cited);
      break;
    }
    const actions = rule.actions.filter((action) => !action.when || evaluateRuleCondition(action.when, facts).ok);
    const order = (id: string) => questionOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
    const uniqueCited = [...new Set(cited)].sort((a, b) => order(a) - order(b));
    raised.push({ finding: { rule, severity, cited: uniqueCited, note, actions }, index });
  });
  const heat = (area: TAreaId) => areaScores.get(area) ?? -1;
  raised.sort(
    (a, b) =>
      levelRank(b.finding.severity) - levelRank(a.finding.severity) ||
      heat(b.finding.rule.area) - heat(a.finding.rule.area) ||
      a.index - b.index,
  );
  return raised.map((entry) => entry.finding);
}
