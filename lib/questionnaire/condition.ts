import type { TCondition } from "./schema";

export const CONDITION_OPERATORS = ["equals", "in", "notIn", "includes", "gte", "lte"] as const;
export type TConditionOperator = (typeof CONDITION_OPERATORS)[number];

/**
 * The value a condition may look at: the answered value of a visible question, or undefined when the
 * question is hidden, unanswered, answered "don't know" or "not applicable".
 */
export type TValueLookup = (questionId: string) => unknown;

/** The operators present on a leaf, in a fixed order (a well-formed leaf has exactly one). */
export function leafOperators(condition: TCondition): TConditionOperator[] {
  return CONDITION_OPERATORS.filter((operator) => condition[operator] !== undefined);
}

/**
 * True when the condition holds. Only `all` and `any` combine leaves and no leaf is true without an
 * answer, so answering more can only make more questions visible: the search in reachability.ts
 * relies on this.
 */
export function evaluateCondition(condition: TCondition, valueOf: TValueLookup): boolean {
  if (condition.all) return condition.all.every((part) => evaluateCondition(part, valueOf));
  if (condition.any) return condition.any.some((part) => evaluateCondition(part, valueOf));
  if (condition.question === undefined) return false;

  const value = valueOf(condition.question);
  if (value === undefined || value === null) return false;

  if (condition.equals !== undefined) return value === condition.equals;
  if (condition.in) return typeof value === "string" && condition.in.includes(value);
  if (condition.notIn) return typeof value === "string" && !condition.notIn.includes(value);
  if (condition.includes !== undefined) {
    return Array.isArray(value) && value.includes(condition.includes);
  }
  if (condition.gte !== undefined) return typeof value === "number" && value >= condition.gte;
  if (condition.lte !== undefined) return typeof value === "number" && value <= condition.lte;
  return false;
}

/** Every question id a condition refers to, nested ones included. */
export function conditionQuestionIds(condition: TCondition): string[] {
  const ids = new Set<string>();
  const visit = (part: TCondition) => {
    if (part.question !== undefined) ids.add(part.question);
    part.all?.forEach(visit);
    part.any?.forEach(visit);
  };
  visit(condition);
  return [...ids];
}

/** The numbers a condition compares a question with (for the search in reachability.ts). */
export function conditionNumbers(condition: TCondition, questionId: string): number[] {
  const numbers: number[] = [];
  const visit = (part: TCondition) => {
    if (part.question === questionId) {
      for (const value of [part.equals, part.gte, part.lte]) {
        if (typeof value === "number") numbers.push(value);
      }
    }
    part.all?.forEach(visit);
    part.any?.forEach(visit);
  };
  visit(condition);
  return numbers;
}
