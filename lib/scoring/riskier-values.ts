// Test support: answers that are riskier than a given one, by the bank's own risk data.
import { answerRisk } from "../questionnaire/answer-risk";
import type { TQuestion } from "../questionnaire/schema";

/**
 * Every answered value at least as risky as `value` that differs from it: a single choice with a
 * higher risk; one more choice picked for a multi (or a first risky choice instead of "none"); a scale
 * point further towards its risky end; a number whose band is at least as risky, towards the risky end.
 */
export function riskierValues(question: TQuestion, value: unknown): unknown[] {
  const risk = answerRisk(question, { state: "answered", value });
  if (risk === null) return [];
  switch (question.type) {
    case "single":
      return question.choices.filter((c) => (c.risk ?? 0) > risk).map((c) => c.id);
    case "multi": {
      const picked = value as string[];
      const exclusive = new Set(question.choices.filter((c) => c.exclusive).map((c) => c.id));
      const open = question.choices.filter((c) => !c.exclusive && !picked.includes(c.id)).map((c) => c.id);
      const base = picked.filter((id) => !exclusive.has(id));
      return open.map((id) => question.choices.map((c) => c.id).filter((c) => c === id || base.includes(c)));
    }
    case "scale": {
      const step = question.riskyEnd === "max" ? 1 : -1;
      const values: number[] = [];
      for (let v = (value as number) + step; v >= question.min && v <= question.max; v += step) values.push(v);
      return values;
    }
    case "number": {
      const candidates = [question.min, question.max, ...(question.bands ?? []).flatMap((b) => [b.from - 1, b.from, b.from + 1])];
      return [...new Set(candidates)]
        .filter((v) => v >= question.min && v <= question.max && v !== value)
        .filter((v) => (answerRisk(question, { state: "answered", value: v }) ?? 0) >= risk)
        .filter((v) => {
          // towards the risky end: the side where the bands' risk grows
          const bands = question.bands ?? [];
          const rises = bands.length < 2 || bands[bands.length - 1].risk >= bands[0].risk;
          return rises ? v > (value as number) : v < (value as number);
        });
    }
    case "text":
      return [];
  }
}
