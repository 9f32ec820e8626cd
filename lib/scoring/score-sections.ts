import { answerRisk } from "../questionnaire/answer-risk";
import { conditionQuestionIds } from "../questionnaire/condition";
import type { TAreaId, TQuestion, TQuestionnaire, TSection } from "../questionnaire/schema";
import { evaluateRuleCondition, type TConditionFacts } from "./evaluate-rule-condition";
import { levelForScore, roundScore, type TLevel } from "./levels";
import type { TRules } from "./rules-schema";
import type { TScoringAnswers } from "./scoring-answers";

/** How a question counted towards its section's score. */
export type TContribution = {
  questionId: string;
  weight: number;
  /** 0 healthy to 1 worst */
  risk: number;
  /**
   * answer: its value; unknown: "don't know" and its unknownRisk; implied / premise-absent: hidden, see
   * below; divergence: the team's strong divergence (divergence-risk.ts), citing the first such question.
   */
  source: "answer" | "unknown" | "implied" | "premise-absent" | "divergence";
};

export type TSectionScore = {
  /** An area id, or "urgency" for the symptoms section. */
  id: TAreaId | "urgency";
  sectionId: string;
  title: string;
  /** 0-100, higher is riskier (more urgent); null when nothing in the section is answered yet. */
  score: number | null;
  level: TLevel | null;
  /** Counts over the visible, non-text questions of the section. */
  answered: number;
  unknown: number;
  notApplicable: number;
  unanswered: number;
  total: number;
  contributions: TContribution[];
};

/**
 * Each scored section's score: the weighted mean of its questions' risks (the bank's choice risks,
 * bands, scales and unknownRisk; weight = the question's weight × any rules adjustment), as 0-100.
 * "Not applicable" and unanswered questions are left out. A hidden question is left out when the
 * context hides it (one service: no service questions); when a scored answer hides it (the database is
 * not a queue: no queue backlog), it counts as risk 0 because the risk it asks about is absent, or as
 * the answer index.json implies. That keeps a riskier answer from ever lowering a score: revealing a
 * follow-up only adds risk.
 */
export function scoreSections(
  questionnaire: TQuestionnaire,
  rules: TRules,
  answers: TScoringAnswers,
  visible: ReadonlySet<string>,
  facts: TConditionFacts,
): { areas: TSectionScore[]; urgency: TSectionScore | null } {
  const scoredSectionOf = new Map<string, TSection>();
  for (const section of questionnaire.sections) {
    if (section.scored) section.questions.forEach((q) => scoredSectionOf.set(q.id, section));
  }
  const factor = new Map(rules.weightAdjustments.map((a) => [a.question, a.factor]));
  const results = questionnaire.sections
    .filter((section) => section.scored)
    .map((section) => scoreSection(section, rules, answers, visible, facts, factor, scoredSectionOf));
  return {
    areas: results.filter((result) => result.id !== "urgency"),
    urgency: results.find((result) => result.id === "urgency") ?? null,
  };
}

function scoreSection(
  section: TSection,
  rules: TRules,
  answers: TScoringAnswers,
  visible: ReadonlySet<string>,
  facts: TConditionFacts,
  factor: ReadonlyMap<string, number>,
  scoredSectionOf: ReadonlyMap<string, TSection>,
): TSectionScore {
  const result: TSectionScore = {
    id: section.measures === "urgency" ? "urgency" : (section.area as TAreaId),
    sectionId: section.id,
    title: section.title,
    score: null,
    level: null,
    answered: 0,
    unknown: 0,
    notApplicable: 0,
    unanswered: 0,
    total: 0,
    contributions: [],
  };
  const hidden: TContribution[] = [];
  for (const question of section.questions) {
    if (question.type === "text") continue;
    const weight = (question.weight ?? 1) * (factor.get(question.id) ?? 1);
    if (!visible.has(question.id)) {
      const risk = hiddenRisk(question, rules, facts, scoredSectionOf);
      if (risk) hidden.push({ questionId: question.id, weight, ...risk });
      continue;
    }
    result.total += 1;
    const answer = answers[question.id];
    if (!answer) result.unanswered += 1;
    else if (answer.state === "not_applicable") result.notApplicable += 1;
    else {
      if (answer.state === "unknown") result.unknown += 1;
      else result.answered += 1;
      const risk = answerRisk(question, answer);
      if (risk !== null) {
        result.contributions.push({ questionId: question.id, weight, risk, source: answer.state === "unknown" ? "unknown" : "answer" });
      }
    }
  }
  if (result.contributions.length > 0) {
    result.contributions.push(...hidden);
    const weight = result.contributions.reduce((sum, c) => sum + c.weight, 0);
    const risk = result.contributions.reduce((sum, c) => sum + c.weight * c.risk, 0);
    result.score = roundScore(risk / weight);
    result.level = levelForScore(result.score, rules.levels);
  }
  return result;
}

function hiddenRisk(
  question: TQuestion,
  rules: TRules,
  facts: TConditionFacts,
  scoredSectionOf: ReadonlyMap<string, TSection>,
): Pick<TContribution, "risk" | "source"> | null {
  const implied = rules.hiddenQuestions.implied.find(
    (entry) => entry.question === question.id && evaluateRuleCondition(entry.when, facts).ok,
  );
  if (implied) {
    const risk = answerRisk(question, { state: "answered", value: implied.value });
    return risk === null ? null : { risk, source: "implied" };
  }
  const premises = question.showIf ? conditionQuestionIds(question.showIf).filter((id) => scoredSectionOf.has(id)) : [];
  if (premises.length === 0) return null;
  return premises.every((id) => facts.answers[id]?.state === "answered") ? { risk: 0, source: "premise-absent" } : null;
}
