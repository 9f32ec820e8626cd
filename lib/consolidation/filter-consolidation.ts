import { z } from "zod";
import type { TConsolidationQuestion } from "./get-consolidation";

/** The consolidation page's filter: every question, those where the team differs, those without an agreed answer. */
export const CONSOLIDATION_FILTERS = ["all", "diverging", "not-agreed"] as const;
export const ZConsolidationFilter = z.enum(CONSOLIDATION_FILTERS).catch("all");
export type TConsolidationFilter = z.infer<typeof ZConsolidationFilter>;

export const FILTER_LABELS: Record<TConsolidationFilter, string> = { all: "All questions", diverging: "Diverging", "not-agreed": "Not agreed yet" };

/** "Not agreed yet" lists questions someone answered: those nobody answered have nothing to settle. */
export function matchesFilter(question: Pick<TConsolidationQuestion, "divergence" | "agreed" | "answers">, filter: TConsolidationFilter): boolean {
  if (filter === "diverging") return question.divergence.score > 0;
  if (filter === "not-agreed") return question.agreed === null && question.answers.length > 0;
  return true;
}
