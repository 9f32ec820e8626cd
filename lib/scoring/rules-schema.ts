import { z } from "zod";

import { AREA_IDS, ZAreaId } from "../questionnaire/schema";
import { ZLevel, ZLevelThresholds } from "./levels";
import { ZRuleCondition } from "./rule-condition-schema";

// The scoring rules of a question bank, kept beside it in content/<key>/rules/ and described for
// reviewers in content/<key>/rules/README.md. Shapes are here; the rules that need the bank (ids
// exist, conditions fit their questions, severity only rises with risk) are in check-rules.ts.

const ZId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case kebab-case");
const ZText = z.string().min(1).max(600);
const ZLongText = z.string().min(1).max(1500);

export const PATH_IDS = ["full-rewrite", "add-infrastructure", "targeted-refactor", "system-audit"] as const;
export const ZPathId = z.enum(PATH_IDS);
export type TPathId = z.infer<typeof ZPathId>;

export const HORIZONS = ["now", "next", "later"] as const;
export const ZHorizon = z.enum(HORIZONS);
export type THorizon = z.infer<typeof ZHorizon>;

export const ZAction = z.strictObject({
  text: ZText,
  horizon: ZHorizon,
  /** Only for teams in this situation; an action without `when` applies to everyone. */
  when: ZRuleCondition.optional(),
});
export type TActionRule = z.infer<typeof ZAction>;

export const ZSeverityRule = z.strictObject({
  level: ZLevel,
  /** The first rule whose `when` holds sets the severity; the last rule has no `when`. */
  when: ZRuleCondition.optional(),
  /** Added to the explanation when this rule sets the severity: why it is worse (or milder) here. */
  note: ZText.optional(),
});

export const ZFindingRule = z.strictObject({
  id: ZId,
  area: ZAreaId,
  title: z.string().min(5).max(120),
  /** Bank diagnostics this finding speaks to. */
  diagnostics: z.array(ZId).min(1),
  /** One of index.json's failureModes, when the article names the way this fails. */
  failureMode: ZId.optional(),
  /** The answers that raise the finding. */
  when: ZRuleCondition,
  severity: z.array(ZSeverityRule).min(1),
  explanation: ZLongText,
  actions: z.array(ZAction).min(1),
});
export type TFindingRule = z.infer<typeof ZFindingRule>;

export const ZFindingsFile = z.strictObject({ area: ZAreaId, findings: z.array(ZFindingRule).min(1) });

export const ZPathRow = z.strictObject({
  id: ZPathId,
  title: z.string().min(1).max(60),
  /** "a targeted refactor": how a sentence names it. */
  phrase: z.string().min(1).max(60),
  /** The article's table, cell by cell. */
  shortTermRelief: z.string().min(1).max(60),
  longTermRisk: z.string().min(1).max(60),
  whenItMakesSense: z.string().min(1).max(120),
  /** What choosing it means for this team, in a sentence or two. */
  meaning: ZText,
});

export const ZSignal = z.strictObject({ when: ZRuleCondition, points: z.number().min(-200).max(200), because: ZText });
export const ZRequirement = z.strictObject({ when: ZRuleCondition, says: ZText });

export const ZOptionRule = z.strictObject({
  id: ZPathId,
  /** Points before any signal. */
  base: z.number().min(0).max(200),
  /** All must hold for the option to be recommended at all. */
  requires: z.array(ZRequirement).default([]),
  signals: z.array(ZSignal).default([]),
  /** Said first in the rationale when this option is chosen. */
  summary: ZLongText,
  /** Said last in the rationale when chosen: the caveat (temporary relief, the risk of a rewrite). */
  caveat: ZLongText.optional(),
  /** Which findings the rationale cites when this option is chosen. */
  cite: z.strictObject({ areas: z.array(ZAreaId).min(1).default([...AREA_IDS]), max: z.int().min(1).max(10).default(3) }),
});
export type TOptionRule = z.infer<typeof ZOptionRule>;

export const ZRecommendationFile = z.strictObject({
  paths: z.array(ZPathRow).length(4),
  /** When two options tie on points, the earlier in this list wins. */
  tieOrder: z.array(ZPathId).length(4),
  options: z.array(ZOptionRule).length(4),
});

export const ZLoadShapeFile = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: ZId,
        question: z.string().min(5).max(120),
        sources: z.array(z.strictObject({ question: z.string(), lead: z.string().min(1).max(60) })).min(1),
      }),
    )
    .length(4),
});

export const ZRulesIndex = z.strictObject({
  questionnaire: z.strictObject({ key: ZId, version: z.int().min(1) }),
  about: ZLongText,
  /** Lowest score of each level; a score below `medium` is low. */
  levels: ZLevelThresholds,
  scale: ZText,
  areas: z.record(ZAreaId, z.strictObject({ weight: z.number().min(0.1).max(5), about: ZText })),
  /** Multiplies a question's bank weight, when the rules weigh it differently (stated reason). */
  weightAdjustments: z
    .array(z.strictObject({ question: z.string(), factor: z.number().min(0.25).max(4), because: ZText }))
    .default([]),
  hiddenQuestions: z.strictObject({
    about: ZLongText,
    /** A hidden question scored as if answered `value` when `when` holds. */
    implied: z
      .array(z.strictObject({ question: z.string(), value: z.string(), when: ZRuleCondition, because: ZText }))
      .default([]),
  }),
  overall: z.strictObject({
    about: ZLongText,
    /** The overall level is at least the worst area's level lowered by this many steps. */
    worstAreaStepsDown: z.int().min(0).max(3),
    /** This many critical areas make the overall level critical. */
    criticalAreasForCritical: z.int().min(1).max(6),
    /** A critical finding makes the overall level at least this. */
    criticalFindingFloor: ZLevel,
  }),
  urgency: z.strictObject({
    about: ZText,
    /** What each urgency level means for timing. */
    meaning: z.strictObject({ low: ZText, medium: ZText, high: ZText, critical: ZText }),
  }),
  confidence: z.strictObject({
    about: ZText,
    /** Confidence starts high; each rule that holds caps it at `atMost`. Rules may use metrics only. */
    caps: z.array(z.strictObject({ when: ZRuleCondition, atMost: z.enum(["low", "medium"]), because: ZText })).min(1),
  }),
  contexts: z.array(z.strictObject({ id: ZId, label: ZText, when: ZRuleCondition })).default([]),
  /**
   * With several respondents, strong divergence is team-area risk (the article: a backend is a shared
   * mental model). Each question on which the team diverges at least `level` adds `weightPerQuestion`
   * (at most `maxWeight`) at risk 1 to `area`'s weighted average, so it can only raise that score.
   * Absent (rules stored before it existed): divergence does not change the score.
   */
  divergence: z
    .strictObject({
      about: ZText,
      area: ZAreaId,
      level: z.enum(["low", "moderate", "strong"]),
      weightPerQuestion: z.number().min(0.1).max(3),
      maxWeight: z.number().min(0.1).max(10),
    })
    .optional(),
  failureModes: z.array(z.strictObject({ id: ZId, label: z.string().min(1).max(80), article: ZText })).min(1),
  files: z.strictObject({ findings: z.array(z.string()).min(1), recommendation: z.string(), loadShape: z.string() }),
});

export const ZRules = ZRulesIndex.omit({ files: true }).extend({
  findings: z.array(ZFindingRule).min(1),
  recommendation: ZRecommendationFile,
  loadShape: ZLoadShapeFile,
});
export type TRules = z.infer<typeof ZRules>;
