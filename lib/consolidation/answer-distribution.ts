import type { TAnswerState } from "@/lib/questionnaire/answer";
import type { TQuestion } from "@/lib/questionnaire/schema";

type TNumberQuestion = Extract<TQuestion, { type: "number" }>;

// How a team answered one question, as buckets a bar chart can draw: pure, so the presenter, the
// consolidation view and tests share one definition of "who said what".

/** One respondent's answer to the question, as loaded (load-team-answers.ts) and named. */
export type TDistributionInput = {
  respondentId: string;
  name: string;
  state: TAnswerState;
  /** A choice id, choice ids, a number or text, by question type; ignored unless answered. */
  value?: unknown;
  note?: string | null;
};

export type TBucketKind = "choice" | "value" | "range" | "text" | "unknown" | "not_applicable";

export type TBucketMember = {
  respondentId: string;
  name: string;
  /** The exact answer where the bucket groups several (a number in a range, a text). */
  detail?: string;
};

export type TBucket = {
  /** Stable within a question: a choice id, "value:3", "range:0", "text:<n>", "unknown", "not_applicable". */
  key: string;
  kind: TBucketKind;
  label: string;
  count: number;
  members: TBucketMember[];
};

export type TDistribution = {
  questionId: string;
  /** Multi-choice: one respondent counts once in every choice they picked, so counts can add up to more. */
  multi: boolean;
  buckets: TBucket[];
  /** Respondents with an answer of any state (answered, don't know, not applicable). */
  answered: number;
  /**
   * The buckets with the most respondents (several when tied); empty when nobody answered.
   * For multi-choice, the choices picked most often.
   */
  leading: string[];
  /** The one bucket holding more than half of the respondents who answered, else null. */
  majority: string | null;
  /**
   * How many different positions the team holds: respondents in exactly the same buckets share one
   * (two people who both picked A and B agree; one who picked only A does not). Above 1, they differ.
   */
  positions: number;
};

export const UNKNOWN_LABEL = "Don't know";
export const NOT_APPLICABLE_LABEL = "Not applicable";

/** Distinct numbers up to this many are shown one bar each; more are grouped into ranges. */
const MAX_VALUE_BUCKETS = 6;
const RANGE_BUCKETS = 5;

export function answerDistribution(question: TQuestion, inputs: readonly TDistributionInput[]): TDistribution {
  const answered = inputs.filter((input) => isKnownState(input.state));
  const given = answered.filter((input) => input.state === "answered");
  const buckets = valueBuckets(question, given);
  if (question.allowUnknown || answered.some((input) => input.state === "unknown")) {
    buckets.push(stateBucket("unknown", UNKNOWN_LABEL, answered));
  }
  if (question.allowNotApplicable || answered.some((input) => input.state === "not_applicable")) {
    buckets.push(stateBucket("not_applicable", NOT_APPLICABLE_LABEL, answered));
  }
  const top = Math.max(0, ...buckets.map((bucket) => bucket.count));
  const leading = top === 0 ? [] : buckets.filter((bucket) => bucket.count === top).map((bucket) => bucket.key);
  const majority = leading.length === 1 && top * 2 > answered.length ? leading[0]! : null;
  const positions = new Set(answered.map((input) => positionOf(input.respondentId, buckets))).size;
  return { questionId: question.id, multi: question.type === "multi", buckets, answered: answered.length, leading, majority, positions };
}

function positionOf(respondentId: string, buckets: readonly TBucket[]): string {
  return buckets
    .filter((bucket) => bucket.members.some((member) => member.respondentId === respondentId))
    .map((bucket) => bucket.key)
    .join("|");
}

/** How many buckets hold at least one respondent: more than one means the team does not agree. */
export function occupiedBuckets(distribution: TDistribution): number {
  return distribution.buckets.filter((bucket) => bucket.count > 0).length;
}

function isKnownState(state: unknown): state is TAnswerState {
  return state === "answered" || state === "unknown" || state === "not_applicable";
}

function member(input: TDistributionInput, detail?: string): TBucketMember {
  return detail === undefined ? { respondentId: input.respondentId, name: input.name } : { respondentId: input.respondentId, name: input.name, detail };
}

function bucket(key: string, kind: TBucketKind, label: string, members: TBucketMember[]): TBucket {
  return { key, kind, label, count: members.length, members };
}

function stateBucket(state: "unknown" | "not_applicable", label: string, inputs: readonly TDistributionInput[]): TBucket {
  return bucket(state, state, label, inputs.filter((input) => input.state === state).map((input) => member(input)));
}

function valueBuckets(question: TQuestion, given: readonly TDistributionInput[]): TBucket[] {
  switch (question.type) {
    case "single":
      return question.choices.map((choice) =>
        bucket(choice.id, "choice", choice.label, given.filter((input) => input.value === choice.id).map((input) => member(input))),
      );
    case "multi":
      return question.choices.map((choice) =>
        bucket(
          choice.id,
          "choice",
          choice.label,
          given.filter((input) => Array.isArray(input.value) && input.value.includes(choice.id)).map((input) => member(input)),
        ),
      );
    case "scale": {
      // A scale is short (1-5, 0-10): one bar per step, the ends carry their labels.
      const steps = Array.from({ length: question.max - question.min + 1 }, (_, index) => question.min + index);
      return steps.map((step) => {
        const end = step === question.min ? question.labels.min : step === question.max ? question.labels.max : null;
        return bucket(`value:${step}`, "value", end ? `${step} (${end})` : String(step), given.filter((input) => input.value === step).map((input) => member(input)));
      });
    }
    case "number":
      return numberBuckets(question, given);
    case "text":
      return textBuckets(given);
  }
}

function numberBuckets(question: TNumberQuestion, given: readonly TDistributionInput[]): TBucket[] {
  const numbered = given.filter((input): input is TDistributionInput & { value: number } => typeof input.value === "number" && Number.isFinite(input.value));
  const distinct = [...new Set(numbered.map((input) => input.value))].sort((a, b) => a - b);
  const unit = question.unit;
  // Few distinct answers read best as the values themselves; else the bank's risk bands (the ranges the
  // questionnaire's author found meaningful), else equal ranges over what was answered.
  if (distinct.length <= MAX_VALUE_BUCKETS) {
    return distinct.map((value) =>
      bucket(`value:${value}`, "value", `${formatNumber(value)} ${unit}`, numbered.filter((input) => input.value === value).map((input) => member(input))),
    );
  }
  const edges = question.bands?.map((band) => band.from) ?? equalEdges(distinct[0]!, distinct.at(-1)!, question.integer);
  return edges.map((from, index) => {
    const next = edges[index + 1];
    const inRange = numbered.filter((input) => input.value >= from && (next === undefined || input.value < next));
    return bucket(`range:${index}`, "range", rangeLabel(from, next, question.integer, unit), inRange.map((input) => member(input, formatNumber(input.value))));
  });
}

function equalEdges(low: number, high: number, integer: boolean): number[] {
  const width = (high - low) / RANGE_BUCKETS;
  const step = integer ? Math.max(1, Math.ceil(width)) : width;
  return Array.from({ length: RANGE_BUCKETS }, (_, index) => low + index * step).filter((from, index) => index === 0 || from <= high);
}

function rangeLabel(from: number, next: number | undefined, integer: boolean, unit: string): string {
  if (next === undefined) return `${formatNumber(from)} ${unit} or more`;
  if (integer) {
    const last = Math.ceil(next) - 1;
    return last <= from ? `${formatNumber(from)} ${unit}` : `${formatNumber(from)}–${formatNumber(last)} ${unit}`;
  }
  return `${formatNumber(from)} to under ${formatNumber(next)} ${unit}`;
}

function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Free text: identical answers (ignoring case and spacing) share a bar, each distinct one has its own. */
function textBuckets(given: readonly TDistributionInput[]): TBucket[] {
  const groups = new Map<string, { label: string; members: TBucketMember[] }>();
  for (const input of given) {
    if (typeof input.value !== "string" || input.value.trim() === "") continue;
    const text = input.value.trim();
    const normal = text.toLowerCase().replace(/\s+/g, " ");
    const group = groups.get(normal) ?? { label: text, members: [] };
    group.members.push(member(input, text));
    groups.set(normal, group);
  }
  return [...groups.values()].map((group, index) => bucket(`text:${index}`, "text", group.label, group.members));
}
