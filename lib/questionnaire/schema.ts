import { z } from "zod";

import { checkQuestionnaire } from "./check-questionnaire";

// The format of a question bank in content/<key>/. README.md beside this file explains the meaning of
// each field; the shapes are here and the rules that span several fields are in check-questionnaire.ts.

/** The six scored areas of the review (DESIGN.md, "What the review covers"). */
export const AREA_IDS = ["load", "database", "foundations", "state", "observability", "team"] as const;
export const ZAreaId = z.enum(AREA_IDS);
export type TAreaId = z.infer<typeof ZAreaId>;

/** A diagnostic belongs to one of the six areas, or to the symptoms that set urgency. */
export const ZDiagnosticArea = z.enum([...AREA_IDS, "symptoms"]);
export type TDiagnosticArea = z.infer<typeof ZDiagnosticArea>;

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const QUESTION_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+$/;

export const ZSlug = z.string().regex(SLUG, "Use lower-case kebab-case or snake_case, e.g. burst-source");
export const ZQuestionId = z
  .string()
  .regex(QUESTION_ID, "Use <section id>.<slug>, e.g. load.burst-source");

/** 0 is the healthy end, 1 the worst. */
export const ZRisk = z.number().min(0).max(1);

const ZLabel = z.string().min(1).max(300);

/**
 * showIf: a leaf names one earlier question and exactly one operator; `all` and `any` combine
 * conditions. A leaf is true only when that question is visible and answered (not unknown, not
 * "not applicable"). Flat on purpose: one object shape gives errors a precise path.
 */
export type TCondition = {
  question?: string;
  equals?: string | number;
  in?: string[];
  notIn?: string[];
  includes?: string;
  gte?: number;
  lte?: number;
  all?: TCondition[];
  any?: TCondition[];
};

export const ZCondition: z.ZodType<TCondition> = z.strictObject({
  question: ZQuestionId.optional(),
  equals: z.union([z.string(), z.number()]).optional(),
  in: z.array(z.string()).min(1).optional(),
  notIn: z.array(z.string()).min(1).optional(),
  includes: z.string().optional(),
  gte: z.number().optional(),
  lte: z.number().optional(),
  get all() {
    return z.array(ZCondition).min(1).optional();
  },
  get any() {
    return z.array(ZCondition).min(1).optional();
  },
});

export const ZChoice = z.strictObject({
  id: ZSlug,
  label: ZLabel,
  /** Required in scored sections, absent in unscored ones (check-questionnaire.ts). */
  risk: ZRisk.optional(),
  /** multi only: picking it clears the others ("None of these"). */
  exclusive: z.boolean().optional(),
});
export type TChoice = z.infer<typeof ZChoice>;

const questionBase = {
  id: ZQuestionId,
  prompt: z.string().min(10).max(300),
  /** "Why we ask": one to three sentences. */
  help: z.string().min(20).max(600),
  /** Importance within its area, 1-3. Required for scored questions. */
  weight: z.int().min(1).max(3).optional(),
  /** Diagnostic ids (declared in the bank's `diagnostics`) this question gives evidence on. */
  probes: z.array(ZSlug).default([]),
  allowUnknown: z.boolean().default(false),
  /** The risk of answering "don't know"; required when a scored question allows it. */
  unknownRisk: ZRisk.optional(),
  /** The UI then asks for a reason; a not-applicable answer is left out of the score. */
  allowNotApplicable: z.boolean().default(false),
  showIf: ZCondition.optional(),
};

export const ZSingleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("single"),
  choices: z.array(ZChoice).min(2),
});

export const ZMultiQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("multi"),
  choices: z.array(ZChoice).min(2),
  /** How the risks of the picked choices combine: the worst one, or their sum capped at 1. */
  aggregate: z.enum(["max", "sum"]).default("max"),
});

export const ZScaleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("scale"),
  min: z.int(),
  max: z.int(),
  labels: z.strictObject({ min: ZLabel, max: ZLabel }),
  /** Which end is the risky one; risk is linear between the ends. Required when scored. */
  riskyEnd: z.enum(["min", "max"]).optional(),
});

export const ZRiskBand = z.strictObject({
  /** The band covers values from here up to the next band's `from`. */
  from: z.number(),
  risk: ZRisk,
});

export const ZNumberQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("number"),
  min: z.number(),
  max: z.number(),
  unit: z.string().min(1).max(40),
  integer: z.boolean().default(true),
  /** Ascending; the first starts at `min`. Required when scored. */
  bands: z.array(ZRiskBand).min(1).optional(),
});

export const TEXT_MAX_LENGTH = 5000;

export const ZTextQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("text"),
  maxLength: z.int().min(1).max(TEXT_MAX_LENGTH).default(TEXT_MAX_LENGTH),
});

export const ZQuestion = z.discriminatedUnion("type", [
  ZSingleQuestion,
  ZMultiQuestion,
  ZScaleQuestion,
  ZNumberQuestion,
  ZTextQuestion,
]);
export type TQuestion = z.infer<typeof ZQuestion>;
export type TQuestionType = TQuestion["type"];
export type TChoiceQuestion = Extract<TQuestion, { type: "single" | "multi" }>;

export const ZSection = z.strictObject({
  id: ZSlug,
  title: ZLabel,
  intro: z.string().min(1).max(600),
  /** Unscored sections (context) drive branching and the recommendation only. */
  scored: z.boolean(),
  /** risk: one of the six areas; urgency: how pressing the findings are (symptoms). */
  measures: z.enum(["risk", "urgency"]).optional(),
  area: ZAreaId.optional(),
  questions: z.array(ZQuestion).min(1),
});
export type TSection = z.infer<typeof ZSection>;

export const ZDiagnostic = z.strictObject({
  id: ZSlug,
  label: ZLabel,
  area: ZDiagnosticArea,
});
export type TDiagnostic = z.infer<typeof ZDiagnostic>;

export const ZQuestionnaireShape = z.strictObject({
  key: ZSlug,
  version: z.int().min(1),
  title: ZLabel,
  intro: z.string().min(1).max(1000).optional(),
  diagnostics: z.array(ZDiagnostic).min(1),
  sections: z.array(ZSection).min(1),
});

export type TQuestionnaire = z.infer<typeof ZQuestionnaireShape>;

/** The bank with every cross-field rule (check-questionnaire.ts) applied. */
export const ZQuestionnaire = ZQuestionnaireShape.superRefine((questionnaire, ctx) => {
  checkQuestionnaire(questionnaire, (path, message) => {
    ctx.addIssue({ code: "custom", path, message });
  });
});
