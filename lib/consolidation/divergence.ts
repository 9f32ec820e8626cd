import type { TAnswer } from "../questionnaire/answer";
import type { TQuestion } from "../questionnaire/schema";

/**
 * How far a team's answers to one question diverge, from 0 (everyone gave the same answer) to 1 (every
 * pair of answers is as far apart as two answers can be). README.md beside this file explains the
 * choices; in short, it is the mean distance over every pair of answers, where:
 *
 * - equal answers (same state, same value; a multi's picks compared as a set) are 0 apart;
 * - "don't know", "not applicable" and an answer are 1 apart from each other: one person knows, or the
 *   question applies for one and not the other, which is the disagreement that matters most;
 * - two choices of a single-choice question: 0.25 + 0.75 × |risk gap| / the question's risk range, so
 *   two different choices are never "the same", neighbours are low to moderate and the two ends are 1;
 *   without risks (context questions) two different choices are 1 apart;
 * - multi choice: the Jaccard distance of the two sets of picks (1 − shared / all picked);
 * - scale: |a − b| / (max − min);
 * - number: |a − b| / max(|a|, |b|), the relative difference, capped at 1 (10 and 20 are 0.5 apart);
 * - text answers are not compared (free text differs in wording, not in meaning we can measure).
 *
 * Pure: no I/O, no clock. The mean is taken over pairs, so the order of respondents does not matter.
 */
export const DIVERGENCE_LEVELS = ["none", "low", "moderate", "strong"] as const;
export type TDivergenceLevel = (typeof DIVERGENCE_LEVELS)[number];

/** Lowest divergence of each level above "none" (which is exactly 0). */
export const DIVERGENCE_THRESHOLDS = { low: 0, moderate: 0.25, strong: 0.5 } as const;

export type TDivergence = {
  /** 0-1, rounded to two decimals; 0 when fewer than two answers can be compared. */
  score: number;
  level: TDivergenceLevel;
  /** How many answers were compared (respondents who answered, text questions excepted). */
  compared: number;
};

export function divergenceLevel(score: number): TDivergenceLevel {
  if (score >= DIVERGENCE_THRESHOLDS.strong) return "strong";
  if (score >= DIVERGENCE_THRESHOLDS.moderate) return "moderate";
  if (score > DIVERGENCE_THRESHOLDS.low) return "low";
  return "none";
}

export function divergenceLevelRank(level: TDivergenceLevel): number {
  return DIVERGENCE_LEVELS.indexOf(level);
}

/** Whether two answers to a question say the same thing. */
export function sameAnswer(question: TQuestion, a: TAnswer, b: TAnswer): boolean {
  return answerKey(question, a) === answerKey(question, b);
}

/** A stable text form of an answer, for grouping equal answers and breaking ties deterministically. */
export function answerKey(question: TQuestion, answer: TAnswer): string {
  return `${answer.state}:${canonicalValue(question, answer)}`;
}

function canonicalValue(question: TQuestion, answer: TAnswer): string {
  if (answer.state !== "answered") return "";
  if (question.type === "multi" && Array.isArray(answer.value)) return JSON.stringify([...answer.value].map(String).sort());
  if (question.type === "text" && typeof answer.value === "string") return JSON.stringify(answer.value.trim());
  return JSON.stringify(answer.value ?? null);
}

/** The distance between two answers to one question, 0-1 (see the module comment). */
export function answerDistance(question: TQuestion, a: TAnswer, b: TAnswer): number {
  if (a.state !== b.state) return 1;
  if (a.state !== "answered") return 0;
  switch (question.type) {
    case "single": {
      if (a.value === b.value) return 0;
      const risks = question.choices.map((choice) => choice.risk);
      const riskA = question.choices.find((choice) => choice.id === a.value)?.risk;
      const riskB = question.choices.find((choice) => choice.id === b.value)?.risk;
      if (riskA === undefined || riskB === undefined || risks.some((risk) => risk === undefined)) return 1;
      const range = Math.max(...(risks as number[])) - Math.min(...(risks as number[]));
      return range === 0 ? 0.25 : 0.25 + (0.75 * Math.abs(riskA - riskB)) / range;
    }
    case "multi": {
      const setA = new Set(Array.isArray(a.value) ? a.value.map(String) : []);
      const setB = new Set(Array.isArray(b.value) ? b.value.map(String) : []);
      const union = new Set([...setA, ...setB]);
      if (union.size === 0) return 0;
      const shared = [...setA].filter((id) => setB.has(id)).length;
      return 1 - shared / union.size;
    }
    case "scale": {
      if (typeof a.value !== "number" || typeof b.value !== "number") return a.value === b.value ? 0 : 1;
      const span = question.max - question.min;
      return span === 0 ? 0 : Math.min(1, Math.abs(a.value - b.value) / span);
    }
    case "number": {
      if (typeof a.value !== "number" || typeof b.value !== "number") return a.value === b.value ? 0 : 1;
      const larger = Math.max(Math.abs(a.value), Math.abs(b.value));
      return larger === 0 ? 0 : Math.min(1, Math.abs(a.value - b.value) / larger);
    }
    case "text":
      return 0;
  }
}

/** The divergence of a team's answers to one question. Missing answers are left out. */
export function divergence(question: TQuestion, answers: readonly (TAnswer | undefined | null)[]): TDivergence {
  const given = question.type === "text" ? [] : answers.filter((answer): answer is TAnswer => Boolean(answer));
  if (given.length < 2) return { score: 0, level: "none", compared: given.length };
  const distances: number[] = [];
  for (let i = 0; i < given.length; i += 1) {
    for (let j = i + 1; j < given.length; j += 1) distances.push(answerDistance(question, given[i], given[j]));
  }
  // Summed in sorted order: floating-point addition depends on order, and the respondents' order must
  // not move a score across a rounding boundary (0.665 read as 0.66 one way and 0.67 the other).
  const sum = distances.sort((a, b) => a - b).reduce((total, d) => total + d, 0);
  const score = Math.round((sum / distances.length) * 100) / 100;
  return { score, level: divergenceLevel(score), compared: given.length };
}
