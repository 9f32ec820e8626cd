import type { TCondition, TQuestion, TQuestionnaire } from "./schema";

// The questionnaire as GET /api/v1/questionnaires/{key} returns it (DESIGN.md, HTTP API v1). Risk
// values, weights, probes and diagnostics stay out: they are not secret, but they are for the scoring,
// not for the form. Fields beyond the contract (intro, scored, unit, labels...) are what a form needs.

export type TPublicChoice = { id: string; label: string; exclusive?: true };

export type TPublicQuestion = {
  id: string;
  type: TQuestion["type"];
  prompt: string;
  help: string;
  choices?: TPublicChoice[];
  min?: number;
  max?: number;
  /** scale: what each end means */
  labels?: { min: string; max: string };
  /** number */
  unit?: string;
  integer?: boolean;
  /** text */
  maxLength?: number;
  allowUnknown: boolean;
  allowNotApplicable: boolean;
  showIf?: TCondition;
};

export type TPublicSection = {
  id: string;
  title: string;
  intro: string;
  scored: boolean;
  questions: TPublicQuestion[];
};

export type TPublicQuestionnaire = {
  key: string;
  version: number;
  title: string;
  intro?: string;
  sections: TPublicSection[];
};

export function toPublicQuestionnaire(questionnaire: TQuestionnaire): TPublicQuestionnaire {
  return {
    key: questionnaire.key,
    version: questionnaire.version,
    title: questionnaire.title,
    ...(questionnaire.intro !== undefined && { intro: questionnaire.intro }),
    sections: questionnaire.sections.map((section) => ({
      id: section.id,
      title: section.title,
      intro: section.intro,
      scored: section.scored,
      questions: section.questions.map(toPublicQuestion),
    })),
  };
}

function toPublicQuestion(question: TQuestion): TPublicQuestion {
  const common = {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    help: question.help,
  };
  const tail = {
    allowUnknown: question.allowUnknown,
    allowNotApplicable: question.allowNotApplicable,
    ...(question.showIf !== undefined && { showIf: structuredClone(question.showIf) }),
  };
  switch (question.type) {
    case "single":
    case "multi":
      return {
        ...common,
        choices: question.choices.map((choice) => ({
          id: choice.id,
          label: choice.label,
          ...(choice.exclusive === true && { exclusive: true as const }),
        })),
        ...tail,
      };
    case "scale":
      return { ...common, min: question.min, max: question.max, labels: { ...question.labels }, ...tail };
    case "number":
      return {
        ...common,
        min: question.min,
        max: question.max,
        unit: question.unit,
        integer: question.integer,
        ...tail,
      };
    case "text":
      return { ...common, maxLength: question.maxLength, ...tail };
  }
}
