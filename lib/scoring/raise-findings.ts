import { answerRisk } from "../questionnaire/answer-risk";
import type { TAreaId } from "../questionnaire/schema";
import { evaluateRuleCondition, type TConditionFacts } from "./evaluate-rule-condition";
import { levelRank, type TLevel } from "./levels";
import type { TActionRule, TFindingRule, TRules } from "./rules-schema";

export type TRaisedFinding = {
  rule: TFindingRule;
  severity: TLevel;
  /** The questions whose answers raised it, then those that set its severity, each in the order asked. */
  cited: string[];
  /** The severity rule's note, when it has one. */
  note?: string;
  /** The actions that fit this team's context. */
  actions: TActionRule[];
};

/**
 * Every finding whose `when` holds, with the severity of its first matching severity rule, sorted by
 * severity (worst first), then by the strength of its evidence (the highest weight × risk among the
 * scored answers it cites), then by the score of its area (hotter first), then in the rules' order.
 */
export function raiseFindings(
  rules: TRules,
  facts: TConditionFacts,
  areaScores: ReadonlyMap<TAreaId, number | null>,
  questionOrder: ReadonlyMap<string, number>,
): TRaisedFinding[] {
  const raised: { finding: TRaisedFinding; index: number; strength: number }[] = [];
  rules.findings.forEach((rule, index) => {
    const trigger = evaluateRuleCondition(rule.when, facts);
    if (!trigger.ok) return;
    let severity: TLevel = rule.severity[rule.severity.length - 1].level;
    let note: string | undefined;
    let escalation: string[] = [];
    for (const candidate of rule.severity) {
      const held = candidate.when ? evaluateRuleCondition(candidate.when, facts) : { ok: true, cited: [] };
      if (!held.ok) continue;
      severity = candidate.level;
      note = candidate.note;
      escalation = held.cited;
      break;
    }
    const actions = rule.actions.filter((action) => !action.when || evaluateRuleCondition(action.when, facts).ok);
    // The answers that raised the finding come first, then those that set its severity.
    const order = (id: string) => questionOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
    const raisedBy = [...new Set(trigger.cited)].sort((a, b) => order(a) - order(b));
    const uniqueCited = [...raisedBy, ...[...new Set(escalation)].filter((id) => !raisedBy.includes(id)).sort((a, b) => order(a) - order(b))];
    const strength = Math.max(0, ...uniqueCited.map((id) => evidenceStrength(id, facts)));
    raised.push({ finding: { rule, severity, cited: uniqueCited, note, actions }, index, strength });
  });
  const heat = (area: TAreaId) => areaScores.get(area) ?? -1;
  raised.sort(
    (a, b) =>
      levelRank(b.finding.severity) - levelRank(a.finding.severity) ||
      b.strength - a.strength ||
      heat(b.finding.rule.area) - heat(a.finding.rule.area) ||
      a.index - b.index,
  );
  return raised.map((entry) => entry.finding);
}

/** weight × risk of a cited answer; 0 for context answers, which carry no risk. */
function evidenceStrength(questionId: string, facts: TConditionFacts): number {
  const question = facts.questions.get(questionId);
  if (!question || question.weight === undefined) return 0;
  return question.weight * (answerRisk(question, facts.answers[questionId]) ?? 0);
}
