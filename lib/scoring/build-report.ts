import { divergence, type TDivergence } from "../consolidation/divergence";
import { listQuestions } from "../questionnaire/find-question";
import type { TQuestion, TQuestionnaire } from "../questionnaire/schema";
import type { TRuleCondition } from "./rule-condition-schema";
import { buildPlan } from "./build-plan";
import { describeAnswer } from "./describe-answer";
import { describeLoadShape } from "./describe-load-shape";
import { buildPathsTable, explainRecommendation } from "./explain-recommendation";
import { loadRules } from "./load-rules";
import type { TRaisedFinding } from "./raise-findings";
import type { TEvidence, TReport, TReportFinding } from "./report-schema";
import type { TRules } from "./rules-schema";
import { prepare, scoreCore } from "./score-core";
import { checkScoringAnswers, ScoringInputError, type TScoringAnswer, type TScoringAnswers } from "./scoring-answers";
import { summarizeArea, summarizeCoverage, summarizeOverall, summarizeUrgency } from "./summarize";
import { whatWouldChangeIt, type TFlipLimits } from "./what-would-change-it";

export type { TReport } from "./report-schema";
export { ZReport } from "./report-schema";

/**
 * With several respondents, the consolidation (lib/consolidation) settles one answer per question (the
 * agreed answer, else the majority's) and passes every question on which the team's answers differ.
 * The report lists them with how far they diverge (lib/consolidation/divergence.ts), and strong
 * divergence is team-area evidence: the article reads it as a mental model that is not shared.
 */
export type TRespondents = {
  /** How many people answered. */
  count: number;
  disagreements: {
    questionId: string;
    /** Every answer given, in respondent order. */
    answers: TScoringAnswer[];
    /** Whether the consultant recorded an agreed answer; if not, the answer the report uses is provisional. */
    agreed?: boolean;
  }[];
};

export type TBuildReportOptions = {
  /** The rules to score with; by default those beside the bank in content/ (load-rules.ts). */
  rules?: TRules;
  contentDir?: string;
  respondents?: TRespondents;
  /** Search for the answers that would change the recommendation (a few hundred scorings); on by default. */
  whatWouldChangeIt?: boolean | TFlipLimits;
};

/**
 * The risk report for a questionnaire and its answers (DESIGN.md, "The report"). Answers to hidden
 * questions are ignored. Throws ScoringInputError when an answer does not fit the questionnaire (a
 * "not applicable" needs a reason in its note). Deterministic: the same input gives the same report.
 */
export function buildReport(questionnaire: TQuestionnaire, answers: TScoringAnswers, options: TBuildReportOptions = {}): TReport {
  const issues = checkScoringAnswers(questionnaire, answers);
  if (issues.length > 0) throw new ScoringInputError(issues);
  const rules = options.rules ?? loadRules(questionnaire, { contentDir: options.contentDir });
  const divergences = measureDisagreements(questionnaire, options.respondents);
  const prepared = prepare(questionnaire, rules, divergences.size > 0 ? new Map([...divergences].map(([id, d]) => [id, d.level])) : undefined);
  const core = scoreCore(prepared, answers);
  const { questions } = prepared;
  const evidence = (id: string): TEvidence => evidenceFor(questions.get(id) as TQuestion, answers[id]);
  // A finding raised by divergence quotes what each person said, not the answer the report settled on.
  const teamEvidence = (id: string): TEvidence => {
    const item = evidence(id);
    const disagreement = options.respondents?.disagreements.find((d) => d.questionId === id);
    const measured = divergences.get(id);
    if (!disagreement || !measured) return item;
    const said = disagreement.answers.map((answer) => describeAnswer(questions.get(id) as TQuestion, answer)).join(" · ");
    // The settled answer's note would read as everyone's: leave it to the appendix.
    const { note: _note, ...rest } = item;
    return { ...rest, answer: `The team answered: ${said} (${measured.level} divergence, ${measured.score.toFixed(2)})` };
  };

  const search =
    options.whatWouldChangeIt === false
      ? null
      : whatWouldChangeIt(prepared, answers, core, typeof options.whatWouldChangeIt === "object" ? options.whatWouldChangeIt : undefined);
  const urgencyMeaning = core.urgency?.level ? rules.urgency.meaning[core.urgency.level] : "";
  const assessedAreas = core.areas.filter((area) => area.score !== null).length;

  const report: TReport = {
    questionnaire: { key: questionnaire.key, version: questionnaire.version, title: questionnaire.title },
    legend: {
      score: rules.scale,
      levels: `Levels by score: low below ${rules.levels.medium}, medium from ${rules.levels.medium}, high from ${rules.levels.high}, critical from ${rules.levels.critical}. A finding's severity uses the same four words.`,
      fit: "Fit points rank the four paths for this team; they are not a risk score and only their order matters.",
    },
    coverage: {
      answered: core.counts.answered,
      total: core.counts.visible,
      unknown: core.counts.unknown,
      notApplicable: core.counts.notApplicable,
      unanswered: core.counts.unanswered,
      summary: summarizeCoverage(core.counts),
    },
    overall: {
      score: core.overall.score,
      level: core.overall.level,
      summary: summarizeOverall(core.overall.score, core.overall.level, assessedAreas),
      reasons: [...core.overall.reasons, rules.overall.about],
    },
    urgency: {
      score: core.urgency?.score ?? null,
      level: core.urgency?.level ?? null,
      meaning: urgencyMeaning,
      summary: summarizeUrgency(core.urgency, urgencyMeaning),
      evidence: (core.urgency?.contributions ?? []).filter((c) => c.source === "answer" || c.source === "unknown").map((c) => evidence(c.questionId)),
    },
    areas: core.areas.map((area) => ({
      id: area.id as TReport["areas"][number]["id"],
      title: area.title,
      score: area.score,
      level: area.level,
      summary: summarizeArea(area, core.findings, rules.areas[area.id as keyof TRules["areas"]]?.about ?? ""),
      answered: area.answered,
      total: area.total,
      unknown: area.unknown,
      notApplicable: area.notApplicable,
      findingIds: core.findings.filter((f) => f.rule.area === area.id).map((f) => f.rule.id),
    })),
    loadShape: describeLoadShape(rules, questions, core.visibleAnswers, core.visible),
    findings: core.findings.map((finding) => reportFinding(finding, rules, usesDivergence(finding.rule.when) ? teamEvidence : evidence)),
    recommendation: explainRecommendation(rules, core, questions, answers, search),
    paths: buildPathsTable(rules, core),
    plan: buildPlan(core.findings),
  };
  if (options.respondents) {
    report.respondents = {
      count: options.respondents.count,
      disagreements: options.respondents.disagreements
        .filter((d) => core.visible.has(d.questionId) && questions.has(d.questionId))
        .map((d) => {
          const question = questions.get(d.questionId) as TQuestion;
          const measured = divergences.get(d.questionId) ?? divergence(question, d.answers);
          return {
            questionId: d.questionId,
            prompt: question.prompt,
            answers: d.answers.map((a) => describeAnswer(question, a)),
            divergence: measured.score,
            level: measured.level,
            provisional: !d.agreed,
          };
        })
        .sort((a, b) => b.divergence - a.divergence || (prepared.order.get(a.questionId) ?? 0) - (prepared.order.get(b.questionId) ?? 0)),
    };
  }
  return report;
}

/** How far the team's answers diverge on each question they disagree on (text questions are not measured). */
function measureDisagreements(questionnaire: TQuestionnaire, respondents: TRespondents | undefined): Map<string, TDivergence> {
  const measured = new Map<string, TDivergence>();
  if (!respondents || respondents.count < 2) return measured;
  const questions = new Map(listQuestions(questionnaire).map(({ question }) => [question.id, question]));
  for (const d of respondents.disagreements) {
    const question = questions.get(d.questionId);
    if (question && question.type !== "text") measured.set(d.questionId, divergence(question, d.answers));
  }
  return measured;
}

function usesDivergence(condition: TRuleCondition): boolean {
  return condition.divergence !== undefined || [...(condition.all ?? []), ...(condition.any ?? [])].some(usesDivergence);
}

function reportFinding(finding: TRaisedFinding, rules: TRules, evidence: (id: string) => TEvidence): TReportFinding {
  const mode = finding.rule.failureMode ? rules.failureModes.find((m) => m.id === finding.rule.failureMode) : undefined;
  return {
    id: finding.rule.id,
    area: finding.rule.area,
    severity: finding.severity,
    title: finding.rule.title,
    explanation: finding.note ? `${finding.rule.explanation} ${finding.note}` : finding.rule.explanation,
    evidence: finding.cited.map(evidence),
    actions: finding.actions.map((action) => action.text),
    failureMode: mode ? { id: mode.id, label: mode.label } : null,
    diagnostics: finding.rule.diagnostics,
    steps: finding.actions.map((action) => ({ action: action.text, horizon: action.horizon })),
  };
}

function evidenceFor(question: TQuestion, answer: TScoringAnswer | undefined): TEvidence {
  const state = answer?.state === "not_applicable" ? "not-applicable" : (answer?.state ?? "answered");
  const item: TEvidence = {
    questionId: question.id,
    answer: describeAnswer(question, answer),
    prompt: question.prompt,
    state,
    value: answer?.state === "answered" ? answer.value : null,
  };
  if (answer?.note) item.note = answer.note;
  return item;
}
