import { z } from "zod";

import { ZLevel, type TLevel } from "./levels";

/**
 * A condition in the rules. It extends the showIf shape of lib/questionnaire/condition.ts (one flat
 * object: a subject and one operator, or all/any) with what rules need beyond a question's value:
 *
 * - question leaf: `question` + one of equals, in, notIn, includes, gte, lte (as in showIf), or
 *   includesAny (a multi has at least one of these picked), excludes (answered and that choice not
 *   picked), picksAtLeast (at least n choices picked, an exclusive "none" not counted),
 *   unknown: true (answered "don't know"). Like showIf, a leaf only sees visible questions.
 * - context leaf: `context` names a team context defined in index.json (e.g. "small-team").
 * - area leaf: `area` + levelAtLeast, levelAtMost, gte, lte (its 0-100 score) or hottest: true.
 * - finding leaf: `finding` (raised), optionally severityAtLeast.
 * - metric leaf: `metric` + gte or lte; metrics are listed in METRICS.
 * - divergence leaf: `divergence` (a level: low, moderate or strong) + gte: at least this many shown
 *   questions on which the team's answers diverge at least that much (lib/consolidation/divergence.ts);
 *   it cites those questions. It never holds for one respondent's answers.
 * - not: the opposite of one condition (recommendation rules only; see check-rules.ts).
 *
 * Which leaves may appear where, and that a finding's conditions only ever get truer as answers get
 * riskier, is checked in check-rules.ts.
 */
export const METRICS = [
  /** share (0-1) of the visible questions answered "don't know" */
  "unknown-share",
  /** share (0-1) of the visible questions answered "don't know" or not answered at all */
  "gap-share",
  /** the urgency score, 0-100 */
  "urgency",
  /** the overall risk score, 0-100 */
  "overall",
] as const;
export const ZMetric = z.enum(METRICS);
export type TMetric = z.infer<typeof ZMetric>;

export type TRuleCondition = {
  question?: string;
  equals?: string | number;
  in?: string[];
  notIn?: string[];
  includes?: string;
  includesAny?: string[];
  excludes?: string;
  picksAtLeast?: number;
  gte?: number;
  lte?: number;
  unknown?: true;
  context?: string;
  area?: string;
  levelAtLeast?: TLevel;
  levelAtMost?: TLevel;
  hottest?: true;
  finding?: string;
  severityAtLeast?: TLevel;
  metric?: TMetric;
  divergence?: "low" | "moderate" | "strong";
  all?: TRuleCondition[];
  any?: TRuleCondition[];
  not?: TRuleCondition;
};

export const ZRuleCondition: z.ZodType<TRuleCondition> = z.strictObject({
  question: z.string().optional(),
  equals: z.union([z.string(), z.number()]).optional(),
  in: z.array(z.string()).min(1).optional(),
  notIn: z.array(z.string()).min(1).optional(),
  includes: z.string().optional(),
  includesAny: z.array(z.string()).min(1).optional(),
  excludes: z.string().optional(),
  picksAtLeast: z.int().min(1).optional(),
  gte: z.number().optional(),
  lte: z.number().optional(),
  unknown: z.literal(true).optional(),
  context: z.string().optional(),
  area: z.string().optional(),
  levelAtLeast: ZLevel.optional(),
  levelAtMost: ZLevel.optional(),
  hottest: z.literal(true).optional(),
  finding: z.string().optional(),
  severityAtLeast: ZLevel.optional(),
  metric: ZMetric.optional(),
  divergence: z.enum(["low", "moderate", "strong"]).optional(),
  get all() {
    return z.array(ZRuleCondition).min(1).optional();
  },
  get any() {
    return z.array(ZRuleCondition).min(1).optional();
  },
  get not() {
    return ZRuleCondition.optional();
  },
});

export const SUBJECTS = ["question", "context", "area", "finding", "metric", "divergence"] as const;
export type TSubject = (typeof SUBJECTS)[number];

/** The operators each kind of leaf accepts. */
export const OPERATORS_BY_SUBJECT: Record<TSubject, readonly (keyof TRuleCondition)[]> = {
  question: ["equals", "in", "notIn", "includes", "includesAny", "excludes", "picksAtLeast", "gte", "lte", "unknown"],
  context: [],
  area: ["levelAtLeast", "levelAtMost", "gte", "lte", "hottest"],
  finding: ["severityAtLeast"],
  metric: ["gte", "lte"],
  divergence: ["gte"],
};

export const ALL_OPERATORS = [
  ...new Set(Object.values(OPERATORS_BY_SUBJECT).flat()),
] as readonly (keyof TRuleCondition)[];
