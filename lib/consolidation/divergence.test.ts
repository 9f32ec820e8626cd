import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { TAnswer } from "../questionnaire/answer";
import { listQuestions } from "../questionnaire/find-question";
import type { TQuestion } from "../questionnaire/schema";
import { answerArbitrary, bankAndRules } from "../scoring/test-fixtures";
import { answerDistance, divergence, divergenceLevel } from "./divergence";

const { questionnaire } = bankAndRules();
const questions = listQuestions(questionnaire).map(({ question }) => question).filter((q) => q.type !== "text");
const byId = (id: string) => questions.find((q) => q.id === id) as TQuestion;
const a = (value: unknown): TAnswer => ({ state: "answered", value });

/** A question of the real bank and two to six answers to it (some respondents may not have answered). */
const teamArbitrary = fc
  .constantFrom(...questions)
  .chain((question) => fc.tuple(fc.constant(question), fc.array(answerArbitrary(question), { minLength: 2, maxLength: 6 })));

describe("divergence", () => {
  it("scores the examples of the README", () => {
    const deploys = byId("team.deploys");
    expect(divergence(deploys, [a("routine"), a("routine")])).toEqual({ score: 0, level: "none", compared: 2 });
    // The two ends of the risk range: as far apart as answers get.
    expect(divergence(deploys, [a("routine"), a("feared")]).score).toBe(1);
    // Neighbours: routine (0) and careful (0.4): 0.25 + 0.75 × 0.4 = 0.55.
    expect(divergence(deploys, [a("routine"), a("careful")])).toMatchObject({ score: 0.55, level: "strong" });
    // tense (0.75) and feared (1): 0.25 + 0.75 × 0.25 ≈ 0.44.
    expect(divergence(deploys, [a("tense"), a("feared")])).toMatchObject({ score: 0.44, level: "moderate" });
    // Three people: one pair agrees, two pairs are 1 apart → 2/3.
    expect(divergence(deploys, [a("routine"), a("routine"), a("feared")]).score).toBe(0.67);
    const responders = byId("team.incident-responders");
    expect(divergence(responders, [a(10), a(20)])).toMatchObject({ score: 0.5, level: "strong" });
    expect(divergence(responders, [a(10), a(11)])).toMatchObject({ score: 0.09, level: "low" });
    expect(divergence(responders, [a(3), { state: "unknown" }])).toMatchObject({ score: 1, level: "strong" });
  });

  it("compares multi-choice picks as sets (Jaccard distance)", () => {
    const roles = byId("database.roles");
    const [x, y, z] = roles.type === "multi" ? roles.choices.filter((c) => !c.exclusive).map((c) => c.id) : [];
    expect(answerDistance(roles, a([x, y]), a([y, x]))).toBe(0);
    expect(answerDistance(roles, a([x, y]), a([y, z]))).toBeCloseTo(2 / 3);
    expect(answerDistance(roles, a([x]), a([z]))).toBe(1);
  });

  it("leaves out missing answers and never compares fewer than two", () => {
    const deploys = byId("team.deploys");
    expect(divergence(deploys, [a("routine"), undefined, null])).toEqual({ score: 0, level: "none", compared: 1 });
  });

  it("is 0 when everyone gives the same answer", () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.integer({ min: 2, max: 6 }), (question, n) =>
        fc.assert(
          fc.property(answerArbitrary(question), (answer) => {
            if (!answer) return;
            expect(divergence(question, Array(n).fill(answer)).score).toBe(0);
          }),
          { numRuns: 5 },
        ),
      ),
      { numRuns: 60 },
    );
  });

  it("is between 0 and 1, and its level matches its score", () => {
    fc.assert(
      fc.property(teamArbitrary, ([question, answers]) => {
        const result = divergence(question, answers);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        expect(result.level).toBe(divergenceLevel(result.score));
      }),
    );
  });

  it("does not depend on the order of respondents, and each distance is symmetric", () => {
    fc.assert(
      fc.property(teamArbitrary, fc.integer(), ([question, answers], seed) => {
        const shuffled = [...answers].sort(() => 0).reverse();
        const rotated = answers.map((_, i) => answers[(i + Math.abs(seed)) % answers.length]);
        expect(divergence(question, shuffled)).toEqual(divergence(question, answers));
        expect(divergence(question, rotated)).toEqual(divergence(question, answers));
        const [x, y] = answers.filter(Boolean) as TAnswer[];
        if (x && y) expect(answerDistance(question, x, y)).toBe(answerDistance(question, y, x));
      }),
    );
  });

  it("never rises when someone agrees with the answer closest to everyone else's", () => {
    // Adding a copy of *any* answer can raise it: three people say A and one says X; a second X makes
    // the team split 3 to 2 instead of 3 to 1 (0.5 → 0.6). Agreeing with the team's centre (the answer
    // with the least total distance to the others) never does.
    const deploys = byId("team.deploys");
    expect(divergence(deploys, [a("routine"), a("routine"), a("routine"), a("feared"), a("feared")]).score).toBeGreaterThan(
      divergence(deploys, [a("routine"), a("routine"), a("routine"), a("feared")]).score,
    );
    fc.assert(
      fc.property(teamArbitrary, ([question, answers]) => {
        const given = answers.filter(Boolean) as TAnswer[];
        if (given.length < 2) return;
        const total = (x: TAnswer) => given.reduce((sum, y) => sum + answerDistance(question, x, y), 0);
        const centre = given.reduce((best, x) => (total(x) < total(best) ? x : best));
        expect(divergence(question, [...given, centre]).score).toBeLessThanOrEqual(divergence(question, given).score);
      }),
    );
  });

  it("rises when one answer moves further from the others on a single-choice question", () => {
    const deploys = byId("team.deploys");
    const order = ["routine", "careful", "tense", "feared"];
    for (let k = 1; k < order.length - 1; k += 1) {
      expect(divergence(deploys, [a("routine"), a(order[k + 1])]).score).toBeGreaterThan(divergence(deploys, [a("routine"), a(order[k])]).score);
    }
  });
});
