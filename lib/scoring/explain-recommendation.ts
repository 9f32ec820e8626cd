import type { TQuestion } from "../questionnaire/schema";
import { describeAnswer, describeValue } from "./describe-answer";
import type { TRaisedFinding } from "./raise-findings";
import type { TPathId, TRules } from "./rules-schema";
import type { TReport } from "./report-schema";
import type { TCore } from "./score-core";
import type { TScoringAnswers } from "./scoring-answers";
import type { TFlipSearch } from "./what-would-change-it";

type TRecommendation = TReport["recommendation"];
type TPathRow = TReport["paths"][number];

/** The recommendation in words: why this path, how sure, and which answers would change it. */
export function explainRecommendation(
  rules: TRules,
  core: TCore,
  questions: ReadonlyMap<string, TQuestion>,
  answers: TScoringAnswers,
  search: TFlipSearch | null,
): TRecommendation {
  const option = rules.recommendation.options.find((o) => o.id === core.chosen);
  const scored = core.options.find((o) => o.id === core.chosen);
  const rationale: string[] = [];
  if (option) rationale.push(option.summary);
  for (const signal of scored?.signals ?? []) {
    const cited = signal.cited.map((id) => `'${describeAnswer(questions.get(id) as TQuestion, answers[id])}'`);
    rationale.push(cited.length > 0 ? `${signal.because} You answered ${[...new Set(cited)].join(" and ")}.` : signal.because);
  }
  const cite = option?.cite ?? { areas: [], max: 3 };
  const cited = core.findings.filter((f) => cite.areas.includes(f.rule.area)).slice(0, cite.max);
  for (const finding of cited) rationale.push(citeFinding(finding));
  const runnerUp = core.options
    .filter((o) => o.eligible && o.id !== core.chosen)
    .sort((a, b) => b.points - a.points)[0];
  if (runnerUp && scored && scored.points - runnerUp.points <= 10) {
    rationale.push(`A close call: ${phrase(rules, runnerUp.id)} came close (${runnerUp.points} fit points against ${scored.points}).`);
  }
  if (option?.caveat) rationale.push(option.caveat);

  const alternatives = (search?.flips ?? []).map((flip) => ({
    option: flip.option,
    changes: flip.changes.map((change) => {
      const question = questions.get(change.questionId) as TQuestion;
      return { questionId: change.questionId, from: describeAnswer(question, answers[change.questionId]), to: describeValue(question, change.value), value: change.value };
    }),
  }));
  const whatWouldChangeIt = alternatives.map((alternative) => {
    const clauses = alternative.changes.map((change) => {
      const prompt = questions.get(change.questionId)?.prompt ?? change.questionId;
      return `"${prompt}" were answered '${change.to}' instead of '${change.from}'`;
    });
    return `If ${clauses.join(", and ")}, the recommendation would be ${phrase(rules, alternative.option)}.`;
  });
  for (const id of search?.unreachable ?? []) {
    whatWouldChangeIt.push(`No change to one or two answers would make ${phrase(rules, id)} the recommendation.`);
  }

  return {
    option: core.chosen,
    confidence: core.confidence.level,
    rationale,
    whatWouldChangeIt,
    title: rules.recommendation.paths.find((p) => p.id === core.chosen)?.title ?? core.chosen,
    confidenceReasons: core.confidence.reasons.length > 0
      ? core.confidence.reasons
      : ["Few questions are unanswered or answered \"don't know\"."],
    alternatives,
  };
}

/** The article's four paths, with this team's verdict on each. */
export function buildPathsTable(rules: TRules, core: TCore): TPathRow[] {
  const chosen = core.options.find((o) => o.id === core.chosen);
  return rules.recommendation.paths.map((path) => {
    const scored = core.options.find((o) => o.id === path.id);
    const isChosen = path.id === core.chosen;
    let why: string;
    if (isChosen) why = `Recommended. ${path.meaning}`;
    else if (scored && !scored.eligible) why = `Not recommended: it needs ${scored.unmet.join("; ")}.`;
    else {
      const reasons = scored?.signals.map((s) => s.because) ?? [];
      why = `Possible, but it fits less well here (${scored?.points ?? 0} fit points against ${chosen?.points ?? 0})${reasons.length > 0 ? `: ${reasons.join(" ")}` : "."}`;
    }
    return {
      option: path.id,
      title: path.title,
      shortTermRelief: path.shortTermRelief,
      longTermRisk: path.longTermRisk,
      whenItMakesSense: path.whenItMakesSense,
      chosen: isChosen,
      eligible: scored?.eligible ?? false,
      fit: scored?.points ?? 0,
      why,
    };
  });
}

function citeFinding(finding: TRaisedFinding): string {
  return `Finding ${finding.rule.id}: "${finding.rule.title}" (${finding.severity}).`;
}

function phrase(rules: TRules, id: TPathId): string {
  return rules.recommendation.paths.find((p) => p.id === id)?.phrase ?? id;
}
