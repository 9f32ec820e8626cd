import { CONDITION_OPERATORS, leafOperators, type TConditionOperator } from "./condition";
import type { TPathSegment } from "./format-issues";
import type { TCondition, TQuestion } from "./schema";

export type TReport = (path: TPathSegment[], message: string) => void;

/** Which operators apply to which question type. */
const OPERATORS_BY_TYPE: Record<TQuestion["type"], readonly TConditionOperator[]> = {
  single: ["equals", "in", "notIn"],
  multi: ["includes"],
  scale: ["equals", "gte", "lte"],
  number: ["equals", "gte", "lte"],
  text: [],
};

/**
 * Reports every problem in a showIf and returns whether it is well-formed. `earlier` holds the
 * questions asked before the one that carries the condition; `all` holds every question of the bank,
 * to tell "asked later" from "does not exist".
 */
export function checkCondition(
  condition: TCondition,
  path: TPathSegment[],
  earlier: ReadonlyMap<string, TQuestion>,
  all: ReadonlySet<string>,
  report: TReport,
): boolean {
  const isLeaf = condition.question !== undefined || leafOperators(condition).length > 0;
  const forms = [condition.all !== undefined, condition.any !== undefined, isLeaf].filter(Boolean);
  if (forms.length !== 1) {
    report(path, 'A condition is exactly one of {question, <operator>}, {"all": [...]} or {"any": [...]}');
    return false;
  }
  for (const combinator of ["all", "any"] as const) {
    const parts = condition[combinator];
    if (parts) {
      const results = parts.map((part, index) =>
        checkCondition(part, [...path, combinator, index], earlier, all, report),
      );
      return results.every(Boolean);
    }
  }
  return checkLeaf(condition, path, earlier, all, report);
}

function checkLeaf(
  leaf: TCondition,
  path: TPathSegment[],
  earlier: ReadonlyMap<string, TQuestion>,
  all: ReadonlySet<string>,
  report: TReport,
): boolean {
  if (leaf.question === undefined) {
    report([...path, "question"], "A condition must name the question it looks at");
    return false;
  }
  const operators = leafOperators(leaf);
  if (operators.length !== 1) {
    const found = operators.length === 0 ? "none" : operators.join(", ");
    report(path, `Give exactly one operator (${CONDITION_OPERATORS.join(", ")}); found ${found}`);
    return false;
  }
  const target = earlier.get(leaf.question);
  if (!target) {
    report(
      [...path, "question"],
      all.has(leaf.question)
        ? `"${leaf.question}" is not asked before this question; showIf may only refer to earlier questions`
        : `Unknown question "${leaf.question}"`,
    );
    return false;
  }

  const operator = operators[0];
  const allowed = OPERATORS_BY_TYPE[target.type];
  if (!allowed.includes(operator)) {
    const instead = allowed.length > 0 ? `use ${allowed.join(", ")}` : "it cannot be used in a condition";
    report(
      [...path, operator],
      `"${operator}" does not apply to "${target.id}", a ${target.type} question; ${instead}`,
    );
    return false;
  }
  return checkOperand(leaf, operator, target, path, report);
}

function checkOperand(
  leaf: TCondition,
  operator: TConditionOperator,
  target: TQuestion,
  path: TPathSegment[],
  report: TReport,
): boolean {
  if (target.type === "single" || target.type === "multi") {
    const choiceIds = target.choices.map((choice) => choice.id);
    const operand = leaf[operator];
    const values = Array.isArray(operand) ? operand : [operand];
    let ok = true;
    values.forEach((value, index) => {
      if (typeof value === "string" && choiceIds.includes(value)) return;
      ok = false;
      const at = Array.isArray(operand) ? [...path, operator, index] : [...path, operator];
      report(at, `${JSON.stringify(value)} is not a choice of "${target.id}" (${choiceIds.join(", ")})`);
    });
    return ok;
  }
  if (target.type === "scale" || target.type === "number") {
    const value = leaf[operator];
    const integer = target.type === "scale" || target.integer;
    const fits =
      typeof value === "number" &&
      value >= target.min &&
      value <= target.max &&
      (!integer || Number.isInteger(value));
    if (!fits) {
      const kind = integer ? "an integer" : "a number";
      report(
        [...path, operator],
        `"${target.id}" takes ${kind} from ${target.min} to ${target.max}; got ${JSON.stringify(value)}`,
      );
    }
    return fits;
  }
  return false;
}
