import type { TPublicQuestion } from "@/lib/questionnaire/public-questionnaire";

/** An answer in words, as the person gave it: choice labels, a number with its unit, or the state. */
export function describeAnswer(question: TPublicQuestion, answer: { state: string; value: unknown; note?: string | null }): string {
  if (answer.state === "unknown") return "Don’t know";
  if (answer.state === "not-applicable") return `Not applicable${answer.note ? `: ${answer.note}` : ""}`;
  const label = (id: unknown) => question.choices?.find((choice) => choice.id === id)?.label ?? String(id);
  if (Array.isArray(answer.value)) return answer.value.map(label).join("; ");
  if (question.type === "number") return `${answer.value} ${question.unit ?? ""}`.trim();
  if (question.type === "scale") return `${answer.value} of ${question.max}`;
  if (question.type === "single") return label(answer.value);
  return String(answer.value ?? "");
}
