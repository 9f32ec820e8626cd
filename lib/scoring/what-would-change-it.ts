import { conditionNumbers } from "../questionnaire/condition";
import type { TQuestion } from "../questionnaire/schema";
import type { TRuleCondition } from "./rule-condition-schema";
import type { TPathId } from "./rules-schema";
import { scoreCore, type TCore, type TPrepared } from "./score-core";
import type { TScoringAnswers } from "./scoring-answers";

export type TAnswerChange = { questionId: string; value: unknown };
export type TFlip = { option: TPathId; changes: TAnswerChange[] };
export type TFlipSearch = { flips: TFlip[]; unreachable: TPathId[] };
export type TFlipLimits = { perPath: number; pairPool: number };

type TCandidate = { change: TAnswerChange; core: TCore; order: number; wasGap: boolean };

/**
 * The smallest sets of answer changes that make another path the recommendation, found by search:
 * every alternative answer to every visible question first (each other choice; one choice added or
 * removed; each point of a scale; each number a rule or showIf compares with, and its neighbours),
 * then, for paths no single change reaches, pairs among the changes that bring that path closest.
 * Bounded (a few hundred runs of the scoring) and deterministic: candidates are tried in bank order.
 */
export function whatWouldChangeIt(
  prepared: TPrepared,
  answers: TScoringAnswers,
  current: TCore,
  limits: TFlipLimits = { perPath: 3, pairPool: 10 },
): TFlipSearch {
  const thresholds = collectThresholds(prepared);
  const candidates: TCandidate[] = [];
  prepared.located.forEach(({ question }, order) => {
    if (!current.visible.has(question.id) || question.type === "text") return;
    const answer = answers[question.id];
    const wasGap = !answer || answer.state === "unknown";
    for (const value of alternatives(question, answer?.state === "answered" ? answer.value : undefined, thresholds.get(question.id) ?? [])) {
      const change = { questionId: question.id, value };
      candidates.push({ change, core: scoreCore(prepared, { ...answers, [question.id]: { state: "answered", value } }), order, wasGap });
    }
  });

  const flips: TFlip[] = [];
  const reached = new Set<TPathId>([current.chosen]);
  const others = prepared.rules.recommendation.tieOrder.filter((id) => id !== current.chosen);
  for (const target of others) {
    const singles = candidates
      .filter((c) => c.core.chosen === target)
      .sort((a, b) => Number(b.wasGap) - Number(a.wasGap) || margin(b.core) - margin(a.core) || a.order - b.order);
    const seen = new Set<string>();
    for (const single of singles) {
      if (seen.has(single.change.questionId) || seen.size >= limits.perPath) continue;
      seen.add(single.change.questionId);
      flips.push({ option: target, changes: [single.change] });
      reached.add(target);
    }
  }
  for (const target of others) {
    if (reached.has(target)) continue;
    const pool = [...candidates].sort((a, b) => closeness(b.core, target) - closeness(a.core, target) || a.order - b.order).slice(0, limits.pairPool);
    let found = 0;
    for (let i = 0; i < pool.length && found < Math.min(2, limits.perPath); i++) {
      for (let j = i + 1; j < pool.length && found < Math.min(2, limits.perPath); j++) {
        const [a, b] = [pool[i], pool[j]].sort((x, y) => x.order - y.order);
        if (a.change.questionId === b.change.questionId) continue;
        const both = { ...answers, [a.change.questionId]: { state: "answered" as const, value: a.change.value }, [b.change.questionId]: { state: "answered" as const, value: b.change.value } };
        if (scoreCore(prepared, both).chosen !== target) continue;
        flips.push({ option: target, changes: [a.change, b.change] });
        reached.add(target);
        found += 1;
      }
    }
  }
  return { flips, unreachable: others.filter((id) => !reached.has(id)) };
}

/** How clearly the winner wins: its points minus the best other eligible option's. */
function margin(core: TCore): number {
  const eligible = core.options.filter((o) => o.eligible).map((o) => o.points).sort((a, b) => b - a);
  return eligible.length > 1 ? eligible[0] - eligible[1] : eligible[0] ?? 0;
}

/** Higher is closer to making `target` win: fewer unmet requirements, then a smaller points gap. */
function closeness(core: TCore, target: TPathId): number {
  const option = core.options.find((o) => o.id === target);
  if (!option) return -Infinity;
  const best = Math.max(...core.options.filter((o) => o.eligible && o.id !== target).map((o) => o.points));
  return -option.unmet.length * 1000 + (option.points - best);
}

function alternatives(question: TQuestion, current: unknown, thresholds: number[]): unknown[] {
  switch (question.type) {
    case "single":
      return question.choices.map((c) => c.id).filter((id) => id !== current);
    case "multi": {
      const picked = Array.isArray(current) ? (current as string[]) : [];
      if (picked.length === 0) return question.choices.map((c) => [c.id]);
      const exclusive = new Set(question.choices.filter((c) => c.exclusive).map((c) => c.id));
      return question.choices.flatMap((choice) => {
        if (picked.includes(choice.id)) {
          const rest = picked.filter((id) => id !== choice.id);
          return rest.length > 0 ? [inChoiceOrder(question, rest)] : [];
        }
        if (choice.exclusive) return [[choice.id]];
        return [inChoiceOrder(question, [...picked.filter((id) => !exclusive.has(id)), choice.id])];
      });
    }
    case "scale": {
      const values: number[] = [];
      for (let v = question.min; v <= question.max; v++) if (v !== current) values.push(v);
      return values;
    }
    case "number":
      return numberAlternatives(question, typeof current === "number" ? current : undefined, thresholds);
    case "text":
      return [];
  }
}

/**
 * Every comparison in the rules cuts a number's range into intervals whose values all score alike, so
 * one value per interval is enough: the one nearest the current answer (the smallest change). Number
 * questions are stepped by whole units.
 */
function numberAlternatives(question: Extract<TQuestion, { type: "number" }>, current: number | undefined, cuts: number[]): number[] {
  const bandCuts = (question.bands ?? []).map((band) => band.from);
  const starts = [...new Set([question.min, ...cuts, ...bandCuts])]
    .filter((v) => v >= question.min && v <= question.max)
    .sort((a, b) => a - b);
  const values = starts.map((lo, i) => {
    const hi = i + 1 < starts.length ? starts[i + 1] - 1 : question.max;
    if (current === undefined || current < lo) return lo;
    return current > hi ? hi : current;
  });
  return [...new Set(values)].filter((v) => v !== current);
}

function inChoiceOrder(question: Extract<TQuestion, { type: "multi" }>, ids: string[]): string[] {
  return question.choices.map((c) => c.id).filter((id) => ids.includes(id));
}

/** Where each number question's comparisons (in rules and showIf) cut its range: a value and the next differ. */
function collectThresholds(prepared: TPrepared): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const visit = (condition: TRuleCondition | undefined) => {
    if (!condition) return;
    if (condition.question !== undefined) {
      const cuts = [
        ...(typeof condition.gte === "number" ? [condition.gte] : []),
        ...(typeof condition.lte === "number" ? [condition.lte + 1] : []),
        ...(typeof condition.equals === "number" ? [condition.equals, condition.equals + 1] : []),
      ];
      if (cuts.length > 0) found.set(condition.question, [...(found.get(condition.question) ?? []), ...cuts]);
    }
    condition.all?.forEach(visit);
    condition.any?.forEach(visit);
    visit(condition.not);
  };
  const { rules } = prepared;
  rules.contexts.forEach((c) => visit(c.when));
  rules.hiddenQuestions.implied.forEach((i) => visit(i.when));
  rules.findings.forEach((f) => {
    visit(f.when);
    f.severity.forEach((s) => visit(s.when));
    f.actions.forEach((a) => visit(a.when));
  });
  rules.recommendation.options.forEach((o) => {
    o.requires.forEach((r) => visit(r.when));
    o.signals.forEach((s) => visit(s.when));
  });
  for (const { question } of prepared.located) {
    if (!question.showIf) continue;
    for (const { question: target } of prepared.located) {
      // showIf only uses gte here and there; both neighbours of each number are cut points.
      const numbers = conditionNumbers(question.showIf, target.id).flatMap((n) => [n, n + 1]);
      if (numbers.length > 0) found.set(target.id, [...(found.get(target.id) ?? []), ...numbers]);
    }
  }
  return found;
}
