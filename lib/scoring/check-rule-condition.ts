import type { TPathSegment } from "../questionnaire/format-issues";
import { AREA_IDS, type TQuestion, type TSection } from "../questionnaire/schema";
import {
  ALL_OPERATORS,
  OPERATORS_BY_SUBJECT,
  SUBJECTS,
  type TRuleCondition,
  type TSubject,
} from "./rule-condition-schema";

export type TReportIssue = (path: TPathSegment[], message: string) => void;

/** What the checker knows about the bank and the rest of the rules. */
export type TCheckScope = {
  questions: ReadonlyMap<string, { question: TQuestion; section: TSection }>;
  contexts: ReadonlySet<string>;
  findings: ReadonlySet<string>;
};

/**
 * Where a condition sits decides what it may look at. Findings and their actions look only at
 * answers and team contexts (so findings never depend on each other or on scores); `monotone` also
 * demands that a finding only gets truer as answers get riskier (see checkMonotone).
 */
export type TConditionPlace = { subjects: readonly TSubject[]; monotone: boolean; allowNot: boolean; unscoredOnly?: boolean };

export const PLACES = {
  context: { subjects: ["question"], monotone: false, allowNot: false, unscoredOnly: true },
  // A divergence leaf looks at how far several respondents' answers are apart, not at how risky an
  // answer is, so it cannot break the promise that a riskier answer never lowers a finding.
  finding: { subjects: ["question", "context", "divergence"], monotone: true, allowNot: false },
  action: { subjects: ["question", "context", "divergence"], monotone: false, allowNot: false },
  implied: { subjects: ["question"], monotone: false, allowNot: false },
  recommendation: { subjects: [...SUBJECTS], monotone: false, allowNot: true },
  confidence: { subjects: ["metric"], monotone: false, allowNot: false },
} satisfies Record<string, TConditionPlace>;

/** Reports every problem in a rule condition. */
export function checkRuleCondition(
  condition: TRuleCondition,
  path: TPathSegment[],
  place: TConditionPlace,
  scope: TCheckScope,
  report: TReportIssue,
): void {
  const subjects = SUBJECTS.filter((subject) => condition[subject] !== undefined);
  const operators = ALL_OPERATORS.filter((operator) => condition[operator] !== undefined);
  const combinators = (["all", "any", "not"] as const).filter((key) => condition[key] !== undefined);
  const isLeaf = subjects.length > 0 || operators.length > 0;
  if (combinators.length + (isLeaf ? 1 : 0) !== 1) {
    report(path, 'A condition is exactly one of a leaf ({question, <operator>}, {context}, ...), {"all": [...]}, {"any": [...]} or {"not": {...}}');
    return;
  }
  if (condition.all) condition.all.forEach((part, i) => checkRuleCondition(part, [...path, "all", i], place, scope, report));
  if (condition.any) condition.any.forEach((part, i) => checkRuleCondition(part, [...path, "any", i], place, scope, report));
  if (condition.not) {
    if (!place.allowNot) report([...path, "not"], '"not" is only allowed in the recommendation rules');
    else checkRuleCondition(condition.not, [...path, "not"], { ...place, monotone: false }, scope, report);
  }
  if (!isLeaf) return;

  if (subjects.length !== 1) {
    report(path, `A leaf names exactly one subject (${SUBJECTS.join(", ")}); found ${subjects.join(", ") || "none"}`);
    return;
  }
  const subject = subjects[0];
  if (!place.subjects.includes(subject)) {
    report([...path, subject], `"${subject}" cannot be used here; use ${place.subjects.join(" or ")}`);
    return;
  }
  const allowed = OPERATORS_BY_SUBJECT[subject];
  const wrong = operators.filter((operator) => !allowed.includes(operator));
  if (wrong.length > 0) {
    report([...path, wrong[0]], `"${wrong[0]}" does not apply to a ${subject} leaf`);
    return;
  }
  const needsOne = subject === "question" || subject === "area" || subject === "metric" || subject === "divergence";
  if ((needsOne && operators.length !== 1) || operators.length > 1) {
    report(path, `Give ${needsOne ? "exactly" : "at most"} one operator (${allowed.join(", ")}); found ${operators.join(", ") || "none"}`);
    return;
  }
  if (subject === "context" && !scope.contexts.has(condition.context as string)) {
    report([...path, "context"], `Unknown context "${condition.context}"`);
  } else if (subject === "finding" && !scope.findings.has(condition.finding as string)) {
    report([...path, "finding"], `Unknown finding "${condition.finding}"`);
  } else if (subject === "area" && !(AREA_IDS as readonly string[]).includes(condition.area as string)) {
    report([...path, "area"], `Unknown area "${condition.area}" (${AREA_IDS.join(", ")})`);
  } else if (subject === "divergence" && !(Number.isInteger(condition.gte) && (condition.gte as number) >= 1)) {
    report([...path, "gte"], "Give the number of diverging questions as a whole number of at least 1");
  } else if (subject === "question") {
    checkQuestionLeaf(condition, operators[0], path, place, scope, report);
  }
}

const OPERATORS_BY_TYPE: Record<TQuestion["type"], readonly (keyof TRuleCondition)[]> = {
  single: ["equals", "in", "notIn", "unknown"],
  multi: ["includes", "includesAny", "excludes", "picksAtLeast", "unknown"],
  scale: ["equals", "gte", "lte", "unknown"],
  number: ["equals", "gte", "lte", "unknown"],
  text: [],
};

function checkQuestionLeaf(
  leaf: TRuleCondition,
  operator: keyof TRuleCondition,
  path: TPathSegment[],
  place: TConditionPlace,
  scope: TCheckScope,
  report: TReportIssue,
): void {
  const id = leaf.question as string;
  const found = scope.questions.get(id);
  if (!found) {
    report([...path, "question"], `Unknown question "${id}"`);
    return;
  }
  const { question, section } = found;
  if (place.unscoredOnly && section.scored) {
    report([...path, "question"], `"${id}" is scored; a team context may only look at unscored (context) questions`);
    return;
  }
  if (!OPERATORS_BY_TYPE[question.type].includes(operator)) {
    report([...path, operator], `"${operator}" does not apply to "${id}", a ${question.type} question`);
    return;
  }
  if (operator === "unknown" && !question.allowUnknown) {
    report([...path, operator], `"${id}" cannot be answered "don't know"`);
    return;
  }
  if (question.type === "single" || question.type === "multi") {
    const ids = question.choices.map((choice) => choice.id);
    const operand = leaf[operator];
    if (typeof operand === "number" && operator === "picksAtLeast") {
      if (operand > ids.length) report([...path, operator], `"${id}" has only ${ids.length} choices`);
    } else if (operator !== "unknown") {
      const values = Array.isArray(operand) ? operand : [operand];
      values.forEach((value, i) => {
        if (typeof value !== "string" || !ids.includes(value)) {
          const at = Array.isArray(operand) ? [...path, operator, i] : [...path, operator];
          report(at, `${JSON.stringify(value)} is not a choice of "${id}" (${ids.join(", ")})`);
        }
      });
    }
  } else if (question.type === "scale" || question.type === "number") {
    const value = leaf[operator];
    if (operator !== "unknown" && (typeof value !== "number" || value < question.min || value > question.max)) {
      report([...path, operator], `"${id}" takes a number from ${question.min} to ${question.max}; got ${JSON.stringify(value)}`);
    }
  }
  if (place.monotone && section.scored) checkMonotone(leaf, operator, question, path, report);
}

/**
 * A finding must never disappear, nor its severity drop, because an answer got riskier (DESIGN.md:
 * "giving a riskier answer never lowers a risk"). So a leaf on a scored question must hold for every
 * answer at least as risky as one it holds for: a set of single choices contains every riskier choice,
 * a multi leaf holds more as more is picked, a scale or number is compared towards its risky end.
 */
function checkMonotone(
  leaf: TRuleCondition,
  operator: keyof TRuleCondition,
  question: TQuestion,
  path: TPathSegment[],
  report: TReportIssue,
): void {
  const at = [...path, operator];
  if (operator === "unknown") return;
  if (question.type === "single") {
    const named = operator === "equals" ? [leaf.equals] : operator === "in" ? (leaf.in ?? []) : [];
    const held = operator === "notIn"
      ? question.choices.filter((c) => !(leaf.notIn ?? []).includes(c.id))
      : question.choices.filter((c) => named.includes(c.id));
    if (held.length === 0) return;
    const lowest = Math.min(...held.map((c) => c.risk ?? 0));
    const missing = question.choices.filter((c) => (c.risk ?? 0) >= lowest && !held.includes(c)).map((c) => c.id);
    if (missing.length > 0) {
      report(at, `Riskier answers must raise it too: add ${missing.map((m) => `"${m}"`).join(", ")} (risk ≥ ${lowest})`);
    }
  } else if (question.type === "multi") {
    if (operator === "excludes") report(at, '"excludes" gets less true as more is picked; use it in the recommendation only');
    const named = operator === "includes" ? [leaf.includes] : operator === "includesAny" ? (leaf.includesAny ?? []) : [];
    const exclusive = question.choices.filter((c) => c.exclusive && named.includes(c.id)).map((c) => c.id);
    if (exclusive.length > 0) report(at, `"${exclusive[0]}" is the healthy "none" answer; a finding cannot rest on it`);
  } else if (question.type === "scale" || question.type === "number") {
    const riskyHigh = question.type === "scale" ? question.riskyEnd === "max" : bandsRise(question);
    if (operator === "equals") report(at, 'Use gte or lte: "equals" does not hold for riskier answers');
    else if (riskyHigh && operator === "lte") report(at, `The risky end of "${question.id}" is high: use gte`);
    else if (!riskyHigh && operator === "gte") report(at, `The risky end of "${question.id}" is low: use lte`);
  }
}

function bandsRise(question: Extract<TQuestion, { type: "number" }>): boolean {
  const bands = question.bands ?? [];
  return bands.length < 2 || bands[bands.length - 1].risk >= bands[0].risk;
}
