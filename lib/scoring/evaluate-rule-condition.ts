import type { TAnswer } from "../questionnaire/answer";
import { evaluateCondition } from "../questionnaire/condition";
import type { TAreaId, TQuestion } from "../questionnaire/schema";
import { divergenceLevelRank, type TDivergenceLevel } from "../consolidation/divergence";
import { levelRank, type TLevel } from "./levels";
import type { TMetric, TRuleCondition } from "./rule-condition-schema";

/** What a condition can look at. Only the facts a rule's location may use need to be given. */
export type TConditionFacts = {
  questions: ReadonlyMap<string, TQuestion>;
  /** Answers to visible questions only: a hidden question's answer is never seen. */
  answers: Readonly<Record<string, TAnswer>>;
  contexts?: ReadonlyMap<string, TEvaluation>;
  areas?: ReadonlyMap<TAreaId, { score: number | null; level: TLevel | null }>;
  findings?: ReadonlyMap<string, TLevel>;
  metrics?: Partial<Record<TMetric, number>>;
  /** With several respondents: how far their answers diverge on each shown question (absent for one respondent). */
  divergence?: ReadonlyMap<string, TDivergenceLevel>;
};

/** Whether a condition holds, and the questions whose answers made it hold (the evidence). */
export type TEvaluation = { ok: boolean; cited: string[] };

const FALSE: TEvaluation = { ok: false, cited: [] };

export function evaluateRuleCondition(condition: TRuleCondition, facts: TConditionFacts): TEvaluation {
  if (condition.all) {
    const parts = condition.all.map((part) => evaluateRuleCondition(part, facts));
    return parts.every((part) => part.ok) ? { ok: true, cited: parts.flatMap((part) => part.cited) } : FALSE;
  }
  if (condition.any) {
    const held = condition.any.map((part) => evaluateRuleCondition(part, facts)).filter((part) => part.ok);
    return held.length > 0 ? { ok: true, cited: held.flatMap((part) => part.cited) } : FALSE;
  }
  if (condition.not) return { ok: !evaluateRuleCondition(condition.not, facts).ok, cited: [] };
  if (condition.question !== undefined) return evaluateQuestionLeaf(condition, condition.question, facts);
  if (condition.context !== undefined) return facts.contexts?.get(condition.context) ?? FALSE;
  if (condition.area !== undefined) return { ok: evaluateAreaLeaf(condition, facts), cited: [] };
  if (condition.finding !== undefined) {
    const severity = facts.findings?.get(condition.finding);
    const ok =
      severity !== undefined &&
      (condition.severityAtLeast === undefined || levelRank(severity) >= levelRank(condition.severityAtLeast));
    return { ok, cited: [] };
  }
  if (condition.divergence !== undefined) {
    const floor = divergenceLevelRank(condition.divergence);
    const cited = [...(facts.divergence ?? [])].filter(([, level]) => divergenceLevelRank(level) >= floor).map(([id]) => id);
    return cited.length > 0 && cited.length >= (condition.gte ?? 1) ? { ok: true, cited } : FALSE;
  }
  if (condition.metric !== undefined) {
    const value = facts.metrics?.[condition.metric];
    return { ok: value !== undefined && compare(value, condition), cited: [] };
  }
  return FALSE;
}

function evaluateQuestionLeaf(leaf: TRuleCondition, questionId: string, facts: TConditionFacts): TEvaluation {
  const answer = facts.answers[questionId];
  const yes = { ok: true, cited: [questionId] };
  if (leaf.unknown) return answer?.state === "unknown" ? yes : FALSE;
  if (answer?.state !== "answered") return FALSE;
  const value = answer.value;

  if (leaf.includesAny) {
    return Array.isArray(value) && leaf.includesAny.some((id) => value.includes(id)) ? yes : FALSE;
  }
  if (leaf.excludes !== undefined) {
    return Array.isArray(value) && !value.includes(leaf.excludes) ? yes : FALSE;
  }
  if (leaf.picksAtLeast !== undefined) {
    const question = facts.questions.get(questionId);
    if (!Array.isArray(value) || question?.type !== "multi") return FALSE;
    const counted = question.choices.filter((choice) => !choice.exclusive && value.includes(choice.id));
    return counted.length >= leaf.picksAtLeast ? yes : FALSE;
  }
  // The operators shared with showIf behave exactly as they do there.
  const { question, equals, in: inList, notIn, includes, gte, lte } = leaf;
  const showIfLeaf = { question, equals, in: inList, notIn, includes, gte, lte };
  return evaluateCondition(showIfLeaf, (id) => (id === questionId ? value : undefined)) ? yes : FALSE;
}

function evaluateAreaLeaf(leaf: TRuleCondition, facts: TConditionFacts): boolean {
  const area = facts.areas?.get(leaf.area as TAreaId);
  if (!area || area.score === null || area.level === null) return false;
  if (leaf.levelAtLeast) return levelRank(area.level) >= levelRank(leaf.levelAtLeast);
  if (leaf.levelAtMost) return levelRank(area.level) <= levelRank(leaf.levelAtMost);
  if (leaf.hottest) {
    const others = [...(facts.areas?.values() ?? [])].map((other) => other.score ?? -1);
    return area.score >= Math.max(...others);
  }
  return compare(area.score, leaf);
}

function compare(value: number, leaf: TRuleCondition): boolean {
  if (leaf.gte !== undefined) return value >= leaf.gte;
  if (leaf.lte !== undefined) return value <= leaf.lte;
  return false;
}
