import type { TAnswer } from "./answer";
import type { TQuestion } from "./schema";

/**
 * The risk (0 healthy to 1 worst) an answer carries, as the bank defines it, or null when it carries
 * none: no answer, "not applicable", a text question, or a question in an unscored section (whose
 * choices, scales and numbers hold no risk data). In the urgency section the value is urgency.
 *
 * - single: the chosen choice's risk
 * - multi: the worst picked risk, or the sum of picked risks capped at 1 (`aggregate`)
 * - scale: linear from the healthy end (0) to the risky end (1)
 * - number: the risk of the last band whose `from` is at or below the value
 * - "don't know": the question's unknownRisk
 *
 * Every rule is monotone: a riskier choice, or adding a picked choice, never lowers the result.
 */
export function answerRisk(question: TQuestion, answer: TAnswer | undefined): number | null {
  if (!answer || answer.state === "not_applicable") return null;
  if (answer.state === "unknown") return question.allowUnknown ? (question.unknownRisk ?? null) : null;

  const value = answer.value;
  switch (question.type) {
    case "single": {
      const choice = question.choices.find((c) => c.id === value);
      return choice?.risk ?? null;
    }
    case "multi": {
      if (!Array.isArray(value) || value.length === 0) return null;
      const risks = question.choices.filter((c) => value.includes(c.id)).map((c) => c.risk);
      if (risks.length === 0 || risks.some((risk) => risk === undefined)) return null;
      const known = risks as number[];
      return question.aggregate === "sum"
        ? Math.min(1, known.reduce((sum, risk) => sum + risk, 0))
        : Math.max(...known);
    }
    case "scale": {
      if (typeof value !== "number" || question.riskyEnd === undefined) return null;
      const share = (value - question.min) / (question.max - question.min);
      return clamp(question.riskyEnd === "max" ? share : 1 - share);
    }
    case "number": {
      if (typeof value !== "number" || !question.bands) return null;
      const band = question.bands.findLast((b) => b.from <= value);
      return band?.risk ?? null;
    }
    case "text":
      return null;
  }
}

function clamp(risk: number): number {
  return Math.min(1, Math.max(0, risk));
}
