import type { TQuestion } from "../questionnaire/schema";
import type { TScoringAnswer } from "./scoring-answers";

/**
 * An answer in words, as the report quotes it: the choice label(s), a number with its unit, a point on
 * a scale with what its ends mean, "Don't know", or "Not applicable: <reason>".
 */
export function describeAnswer(question: TQuestion, answer: TScoringAnswer | undefined): string {
  if (!answer) return "Not answered";
  if (answer.state === "unknown") return "Don't know";
  if (answer.state === "not_applicable") return `Not applicable: ${answer.note?.trim() || "no reason given"}`;
  return describeValue(question, answer.value);
}

export function describeValue(question: TQuestion, value: unknown): string {
  switch (question.type) {
    case "single":
      return question.choices.find((choice) => choice.id === value)?.label ?? String(value);
    case "multi": {
      const picked = Array.isArray(value) ? value : [];
      const labels = question.choices.filter((choice) => picked.includes(choice.id)).map((choice) => choice.label);
      return labels.join("; ") || "Nothing picked";
    }
    case "scale":
      return `${value} on a scale from ${question.min} (${question.labels.min}) to ${question.max} (${question.labels.max})`;
    case "number":
      return `${value} ${value === 1 ? singular(question.unit) : question.unit}`;
    case "text":
      return typeof value === "string" ? value : "";
  }
}

function singular(unit: string): string {
  return unit.endsWith("s") ? unit.slice(0, -1) : unit;
}
