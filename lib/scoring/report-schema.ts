import { z } from "zod";

import { ZAreaId } from "../questionnaire/schema";
import { ZLevel } from "./levels";
import { ZHorizon, ZPathId } from "./rules-schema";

// The report: DESIGN.md's public contract ("The report") plus extensions. Fields of the contract are
// never renamed; everything else is added beside them. Scores are 0-100 and higher means more risk.

export const ZEvidence = z.strictObject({
  questionId: z.string(),
  /** The answer in words: choice labels, a number with its unit, "Don't know", "Not applicable: <reason>". */
  answer: z.string(),
  prompt: z.string(),
  state: z.enum(["answered", "unknown", "not-applicable"]),
  /** The raw value (a choice id, ids, a number); null for "don't know" and "not applicable". */
  value: z.unknown(),
  note: z.string().optional(),
});

export const ZReportFinding = z.strictObject({
  id: z.string(),
  area: ZAreaId,
  severity: ZLevel,
  title: z.string(),
  explanation: z.string(),
  evidence: z.array(ZEvidence),
  actions: z.array(z.string()),
  /** The article's name for how this fails, when it names one. */
  failureMode: z.strictObject({ id: z.string(), label: z.string() }).nullable(),
  diagnostics: z.array(z.string()),
  steps: z.array(z.strictObject({ action: z.string(), horizon: ZHorizon })),
});

const ZScored = {
  score: z.number().int().min(0).max(100).nullable(),
  level: ZLevel.nullable(),
};

export const ZReport = z.strictObject({
  questionnaire: z.strictObject({ key: z.string(), version: z.number().int(), title: z.string() }),
  /** What the numbers mean. */
  legend: z.strictObject({ score: z.string(), levels: z.string(), fit: z.string() }),
  coverage: z.strictObject({
    answered: z.number().int(),
    total: z.number().int(),
    unknown: z.number().int(),
    notApplicable: z.number().int(),
    unanswered: z.number().int(),
    summary: z.string(),
  }),
  overall: z.strictObject({ ...ZScored, summary: z.string(), reasons: z.array(z.string()) }),
  urgency: z.strictObject({ ...ZScored, meaning: z.string(), summary: z.string(), evidence: z.array(ZEvidence) }),
  areas: z.array(
    z.strictObject({
      id: ZAreaId,
      title: z.string(),
      ...ZScored,
      summary: z.string(),
      answered: z.number().int(),
      total: z.number().int(),
      unknown: z.number().int(),
      notApplicable: z.number().int(),
      findingIds: z.array(z.string()),
    }),
  ),
  loadShape: z.array(
    z.strictObject({
      id: z.string(),
      question: z.string(),
      state: z.enum(["answered", "partial", "unknown"]),
      answer: z.string(),
      questionIds: z.array(z.string()),
    }),
  ),
  findings: z.array(ZReportFinding),
  recommendation: z.strictObject({
    option: ZPathId,
    confidence: z.enum(["low", "medium", "high"]),
    rationale: z.array(z.string()),
    whatWouldChangeIt: z.array(z.string()),
    title: z.string(),
    confidenceReasons: z.array(z.string()),
    alternatives: z.array(
      z.strictObject({
        option: ZPathId,
        changes: z.array(z.strictObject({ questionId: z.string(), from: z.string(), to: z.string(), value: z.unknown() })),
      }),
    ),
  }),
  paths: z.array(
    z.strictObject({
      option: ZPathId,
      title: z.string(),
      shortTermRelief: z.string(),
      longTermRisk: z.string(),
      whenItMakesSense: z.string(),
      chosen: z.boolean(),
      eligible: z.boolean(),
      /** Fit points from recommendation.json; only their order matters. */
      fit: z.number(),
      why: z.string(),
    }),
  ),
  plan: z.array(z.strictObject({ horizon: ZHorizon, action: z.string(), findingIds: z.array(z.string()), severity: ZLevel })),
  respondents: z
    .strictObject({
      count: z.number().int().min(1),
      /** Shown questions on which the respondents' answers differ, most divergent first. */
      disagreements: z.array(
        z.strictObject({
          questionId: z.string(),
          prompt: z.string(),
          answers: z.array(z.string()),
          /** 0-1 (lib/consolidation/divergence.ts); 0 for text answers, which are not measured. */
          divergence: z.number().min(0).max(1),
          level: z.enum(["none", "low", "moderate", "strong"]),
          /** No agreed answer is recorded: the report uses the majority's answer for now. */
          provisional: z.boolean(),
        }),
      ),
    })
    .optional(),
});
export type TReport = z.infer<typeof ZReport>;
export type TReportFinding = z.infer<typeof ZReportFinding>;
export type TEvidence = z.infer<typeof ZEvidence>;
