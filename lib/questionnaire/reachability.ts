import {
  conditionNumbers,
  conditionQuestionIds,
  evaluateCondition,
} from "./condition";
import type { TCondition, TQuestion } from "./schema";

/** Above this many combinations of earlier answers we refuse to guess; keep conditions simple. */
export const MAX_COMBINATIONS = 50_000;

export type TSatisfiability = "satisfiable" | "unsatisfiable" | "too-complex";

/**
 * Can some set of answers to earlier questions make `condition` true, given that those questions
 * may themselves be hidden by their own conditions?
 *
 * Leaves are only true for answered, visible questions and only `all`/`any` combine them (no
 * negation), so it is enough to try every question in the condition's closure answered. For each
 * question a small set of answers stands for all others: every choice of a single; each choice alone
 * and all non-exclusive choices together for a multi (only `includes` applies to it); the ends and
 * every number any condition compares it with for a number or scale.
 *
 * `earlier` holds the questions asked before the one being checked, by id, in bank order.
 */
export function conditionSatisfiability(
  condition: TCondition,
  earlier: ReadonlyMap<string, TQuestion>,
): TSatisfiability {
  const closure = conditionClosure(condition, earlier);
  const conditions = [condition, ...closure.flatMap((question) => question.showIf ?? [])];
  const domains = closure.map((question) => answerCandidates(question, conditions));

  const combinations = domains.reduce((product, domain) => product * domain.length, 1);
  if (combinations === 0) return "unsatisfiable";
  if (combinations > MAX_COMBINATIONS) return "too-complex";

  const picks = domains.map(() => 0);
  for (let tried = 0; tried < combinations; tried++) {
    const visibleValues = new Map<string, unknown>();
    const valueOf = (id: string) => visibleValues.get(id);
    closure.forEach((question, index) => {
      if (!question.showIf || evaluateCondition(question.showIf, valueOf)) {
        visibleValues.set(question.id, domains[index][picks[index]]);
      }
    });
    if (evaluateCondition(condition, valueOf)) return "satisfiable";
    advance(picks, domains);
  }
  return "unsatisfiable";
}

/** The earlier questions a condition depends on, directly or through their own showIf, in bank order. */
function conditionClosure(
  condition: TCondition,
  earlier: ReadonlyMap<string, TQuestion>,
): TQuestion[] {
  const found = new Set<string>();
  const pending = conditionQuestionIds(condition);
  while (pending.length > 0) {
    const id = pending.pop() as string;
    const question = earlier.get(id);
    if (!question || found.has(id)) continue;
    found.add(id);
    if (question.showIf) pending.push(...conditionQuestionIds(question.showIf));
  }
  return [...earlier.values()].filter((question) => found.has(question.id));
}

function answerCandidates(question: TQuestion, conditions: TCondition[]): unknown[] {
  switch (question.type) {
    case "single":
      return question.choices.map((choice) => choice.id);
    case "multi": {
      const alone = question.choices.map((choice) => [choice.id]);
      const together = question.choices.filter((choice) => !choice.exclusive).map((c) => c.id);
      return together.length > 1 ? [...alone, together] : alone;
    }
    case "scale":
    case "number": {
      const compared = conditions.flatMap((part) => conditionNumbers(part, question.id));
      const inRange = compared.filter((value) => value >= question.min && value <= question.max);
      return [...new Set([question.min, question.max, ...inRange])];
    }
    case "text":
      return [];
  }
}

function advance(picks: number[], domains: unknown[][]): void {
  for (let index = 0; index < picks.length; index++) {
    picks[index] += 1;
    if (picks[index] < domains[index].length) return;
    picks[index] = 0;
  }
}
