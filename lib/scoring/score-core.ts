import type { TAnswer } from "../questionnaire/answer";
import { listQuestions, type TLocatedQuestion } from "../questionnaire/find-question";
import type { TAreaId, TQuestion, TQuestionnaire } from "../questionnaire/schema";
import { getVisibleQuestionIds } from "../questionnaire/visibility";
import { assessConfidence, type TConfidence } from "./assess-confidence";
import { choosePath, type TOptionScore } from "./choose-path";
import { evaluateRuleCondition, type TConditionFacts, type TEvaluation } from "./evaluate-rule-condition";
import { overallRisk, type TOverallRisk } from "./overall-risk";
import { raiseFindings, type TRaisedFinding } from "./raise-findings";
import type { TMetric } from "./rule-condition-schema";
import type { TPathId, TRules } from "./rules-schema";
import type { TScoringAnswer, TScoringAnswers } from "./scoring-answers";
import { scoreSections, type TSectionScore } from "./score-sections";
import { addDivergenceRisk } from "./divergence-risk";
import type { TDivergenceLevel } from "../consolidation/divergence";

/** What does not change between runs on one questionnaire: built once, reused by the search. */
export type TPrepared = {
  questionnaire: TQuestionnaire;
  rules: TRules;
  located: TLocatedQuestion[];
  questions: ReadonlyMap<string, TQuestion>;
  order: ReadonlyMap<string, number>;
  /** With several respondents: how far their answers diverge, by question (build-report.ts, TRespondents). */
  divergence?: ReadonlyMap<string, TDivergenceLevel>;
};

export function prepare(questionnaire: TQuestionnaire, rules: TRules, divergence?: ReadonlyMap<string, TDivergenceLevel>): TPrepared {
  const located = listQuestions(questionnaire);
  return {
    questionnaire,
    rules,
    located,
    questions: new Map(located.map(({ question }) => [question.id, question])),
    order: new Map(located.map(({ question }, index) => [question.id, index])),
    ...(divergence ? { divergence } : {}),
  };
}

export type TCounts = { visible: number; answered: number; unknown: number; notApplicable: number; unanswered: number };

/** Everything the numbers and the decision need; build-report.ts adds the words. */
export type TCore = {
  visible: ReadonlySet<string>;
  visibleAnswers: Readonly<Record<string, TScoringAnswer>>;
  counts: TCounts;
  contexts: ReadonlyMap<string, TEvaluation>;
  areas: TSectionScore[];
  urgency: TSectionScore | null;
  findings: TRaisedFinding[];
  overall: TOverallRisk;
  metrics: Partial<Record<TMetric, number>>;
  confidence: TConfidence;
  options: TOptionScore[];
  chosen: TPathId;
};

/** Scores answers that have passed checkScoringAnswers. Pure: no clock, no randomness, no I/O. */
export function scoreCore(prepared: TPrepared, answers: TScoringAnswers): TCore {
  const { questionnaire, rules, located, questions, order } = prepared;
  const visible = getVisibleQuestionIds(questionnaire, answers as Readonly<Record<string, TAnswer | undefined>>);
  const visibleAnswers: Record<string, TScoringAnswer> = {};
  const counts: TCounts = { visible: 0, answered: 0, unknown: 0, notApplicable: 0, unanswered: 0 };
  for (const { question } of located) {
    if (!visible.has(question.id) || question.type === "text") continue;
    counts.visible += 1;
    const answer = answers[question.id];
    if (!answer) {
      counts.unanswered += 1;
      continue;
    }
    visibleAnswers[question.id] = answer;
    if (answer.state === "answered") counts.answered += 1;
    else if (answer.state === "unknown") counts.unknown += 1;
    else counts.notApplicable += 1;
  }

  // Only shown questions count, in the order they are asked (the finding cites them in that order).
  const divergence = prepared.divergence
    ? new Map(located.filter(({ question }) => visible.has(question.id) && prepared.divergence!.has(question.id)).map(({ question }) => [question.id, prepared.divergence!.get(question.id)!]))
    : undefined;
  const base: TConditionFacts = { questions, answers: visibleAnswers as Record<string, TAnswer>, ...(divergence ? { divergence } : {}) };
  const contexts = new Map(rules.contexts.map((context) => [context.id, evaluateRuleCondition(context.when, base)]));
  const facts: TConditionFacts = { ...base, contexts };
  const sections = scoreSections(questionnaire, rules, answers, visible, facts);
  const { urgency } = sections;
  const areas = divergence ? addDivergenceRisk(sections.areas, rules, divergence) : sections.areas;
  const areaScores = new Map<TAreaId, number | null>(areas.map((area) => [area.id as TAreaId, area.score]));
  const findings = raiseFindings(rules, facts, areaScores, order);
  const overall = overallRisk(areas, findings, rules);

  const share = (n: number) => (counts.visible === 0 ? 1 : n / counts.visible);
  const metrics: Partial<Record<TMetric, number>> = {
    "unknown-share": share(counts.unknown),
    "gap-share": share(counts.unknown + counts.unanswered),
  };
  if (urgency?.score != null) metrics.urgency = urgency.score;
  if (overall.score !== null) metrics.overall = overall.score;

  const full: TConditionFacts = {
    ...facts,
    areas: new Map(areas.map((area) => [area.id as TAreaId, { score: area.score, level: area.level }])),
    findings: new Map(findings.map((finding) => [finding.rule.id, finding.severity])),
    metrics,
  };
  const confidence = assessConfidence(rules, full);
  const { options, chosen } = choosePath(rules, full);
  return { visible, visibleAnswers, counts, contexts, areas, urgency, findings, overall, metrics, confidence, options, chosen };
}
