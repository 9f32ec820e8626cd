import type { TQuestion } from "../questionnaire/schema";
import { describeAnswer } from "./describe-answer";
import type { TRules } from "./rules-schema";
import type { TScoringAnswer } from "./scoring-answers";

export type TLoadShapeAnswer = {
  id: string;
  /** The article's question, e.g. "Where do spikes come from?" */
  question: string;
  /** answered: every source question answered; partial: some; unknown: none, or only "don't know". */
  state: "answered" | "partial" | "unknown";
  /** The answer in the respondent's words, source by source. */
  answer: string;
  questionIds: string[];
};

/**
 * The article's four load-shape questions (where spikes come from, what blocks under pressure, what can
 * queue safely, what must respond immediately), each answered from the answers listed in
 * load-shape.json. Hidden source questions are skipped.
 */
export function describeLoadShape(
  rules: TRules,
  questions: ReadonlyMap<string, TQuestion>,
  visibleAnswers: Readonly<Record<string, TScoringAnswer>>,
  visible: ReadonlySet<string>,
): TLoadShapeAnswer[] {
  return rules.loadShape.questions.map((entry) => {
    const sources = entry.sources.filter((source) => visible.has(source.question));
    const known = sources.filter((source) => visibleAnswers[source.question]?.state === "answered");
    const parts = sources
      .filter((source) => visibleAnswers[source.question])
      .map((source) => `${source.lead}: ${describeAnswer(questions.get(source.question) as TQuestion, visibleAnswers[source.question])}`);
    const state = known.length === 0 ? "unknown" : known.length === sources.length ? "answered" : "partial";
    return {
      id: entry.id,
      question: entry.question,
      state,
      answer: state === "unknown" && parts.length === 0 ? "Not answered yet." : `${parts.join(". ")}.`.replace(/\.\.$/, "."),
      questionIds: sources.map((source) => source.question),
    };
  });
}
