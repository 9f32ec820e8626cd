import { describe, expect, it } from "vitest";

import { answerValueSchema, isAnswerStateAllowed } from "./answer-value";
import { findQuestion } from "./find-question";
import { formatIssues } from "./format-issues";
import type { TQuestion } from "./schema";
import { miniQuestionnaire } from "./test-fixtures";

const mini = miniQuestionnaire();
const question = (id: string): TQuestion => {
  const found = findQuestion(mini, id);
  if (!found) throw new Error(`No ${id}`);
  return found.question;
};

function check(id: string, value: unknown) {
  const result = answerValueSchema(question(id)).safeParse(value);
  return result.success ? { ok: true as const } : { ok: false as const, issues: formatIssues(result.error) };
}

describe("answerValueSchema", () => {
  it("single: one of the question's choice ids", () => {
    expect(check("a.gate", "left")).toEqual({ ok: true });
    expect(check("a.gate", "up")).toEqual({
      ok: false,
      issues: [{ path: "", message: "Expected one of: left, right" }],
    });
    expect(check("a.gate", ["left"]).ok).toBe(false);
    expect(check("a.gate", 1).ok).toBe(false);
    expect(check("a.gate", null).ok).toBe(false);
  });

  it("multi: a non-empty array of distinct choice ids, exclusive choices alone", () => {
    expect(check("b.follow-up", ["x", "z"])).toEqual({ ok: true });
    expect(check("b.follow-up", ["none"])).toEqual({ ok: true });
    expect(check("b.follow-up", [])).toMatchObject({ ok: false, issues: [{ message: "Pick at least one choice" }] });
    expect(check("b.follow-up", ["x", "x"])).toMatchObject({
      ok: false,
      issues: [{ path: "[1]", message: '"x" is picked twice' }],
    });
    expect(check("b.follow-up", ["x", "nope"])).toMatchObject({ ok: false, issues: [{ path: "[1]" }] });
    expect(check("b.follow-up", ["none", "y"])).toMatchObject({
      ok: false,
      issues: [{ path: "[0]", message: '"none" cannot be combined with other choices' }],
    });
    expect(check("b.follow-up", "x").ok).toBe(false);
  });

  it("scale: a whole number between the ends", () => {
    expect(check("b.deeper", 1)).toEqual({ ok: true });
    expect(check("b.deeper", 5)).toEqual({ ok: true });
    for (const bad of [0, 6, 2.5, "3", Number.NaN]) expect(check("b.deeper", bad).ok, String(bad)).toBe(false);
  });

  it("number: within min and max, whole unless the question says otherwise", () => {
    expect(check("a.count", 3)).toEqual({ ok: true });
    expect(check("a.count", 3.5).ok).toBe(false);
    expect(check("a.count", 0).ok).toBe(false);
    expect(check("a.count", 101).ok).toBe(false);
    expect(check("b.ratio", 0.25)).toEqual({ ok: true });
    for (const bad of [Number.POSITIVE_INFINITY, Number.NaN, "1", -1]) {
      expect(check("b.ratio", bad).ok, String(bad)).toBe(false);
    }
  });

  it("text: a string of at most 5000 characters", () => {
    expect(check("b.notes", "Our last outage was a queue backlog.")).toEqual({ ok: true });
    expect(check("b.notes", "x".repeat(5000))).toEqual({ ok: true });
    expect(check("b.notes", "x".repeat(5001)).ok).toBe(false);
    expect(check("b.notes", 42).ok).toBe(false);
  });
});

describe("isAnswerStateAllowed", () => {
  it("allows don't know and not applicable only where the question offers them", () => {
    expect(isAnswerStateAllowed(question("b.ratio"), "unknown")).toBe(true);
    expect(isAnswerStateAllowed(question("b.ratio"), "not_applicable")).toBe(true);
    expect(isAnswerStateAllowed(question("a.gate"), "unknown")).toBe(false);
    expect(isAnswerStateAllowed(question("a.gate"), "not_applicable")).toBe(false);
    expect(isAnswerStateAllowed(question("a.gate"), "answered")).toBe(true);
  });
});
