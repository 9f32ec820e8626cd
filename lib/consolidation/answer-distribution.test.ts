import { describe, expect, it } from "vitest";

import { ZQuestion, type TQuestion } from "@/lib/questionnaire/schema";
import { answerDistribution, occupiedBuckets, type TDistribution, type TDistributionInput } from "./answer-distribution";

const base = { prompt: "A question that is long enough?", help: "Why we ask this, in more than twenty characters." };

const single = ZQuestion.parse({
  ...base,
  id: "load.shape",
  type: "single",
  allowUnknown: true,
  choices: [
    { id: "flat", label: "Flat", risk: 0 },
    { id: "spiky", label: "Spiky", risk: 0.5 },
    { id: "wild", label: "Wild", risk: 1 },
  ],
});

const multi = ZQuestion.parse({
  ...base,
  id: "load.sources",
  type: "multi",
  allowNotApplicable: true,
  choices: [
    { id: "users", label: "Users", risk: 0.3 },
    { id: "jobs", label: "Jobs", risk: 0.5 },
    { id: "none", label: "None of these", risk: 0, exclusive: true },
  ],
});

const scale = ZQuestion.parse({ ...base, id: "symptoms.pressure", type: "scale", min: 1, max: 5, labels: { min: "None", max: "Constant" } });
const banded = ZQuestion.parse({
  ...base,
  id: "team.responders",
  type: "number",
  min: 0,
  max: 5000,
  unit: "engineers",
  bands: [{ from: 0, risk: 1 }, { from: 1, risk: 0.8 }, { from: 3, risk: 0.2 }],
});
const plainNumber = ZQuestion.parse({ ...base, id: "context.age", type: "number", min: 0, max: 60, unit: "years" });
const text = ZQuestion.parse({ ...base, id: "context.notes", type: "text" });

let next = 0;
function answer(state: TDistributionInput["state"], value?: unknown, name = `Person ${++next}`): TDistributionInput {
  return { respondentId: `r-${name}`, name, state, value };
}

function counts(distribution: TDistribution): Record<string, number> {
  return Object.fromEntries(distribution.buckets.map((bucket) => [bucket.label, bucket.count]));
}

describe("answerDistribution", () => {
  it("lists every choice in the bank's order, then don't know, with who picked what", () => {
    const result = answerDistribution(single, [
      answer("answered", "wild", "Ana"),
      answer("answered", "flat", "Ben"),
      answer("answered", "wild", "Cy"),
      answer("unknown", undefined, "Di"),
    ]);
    expect(result.buckets.map((bucket) => bucket.key)).toEqual(["flat", "spiky", "wild", "unknown"]);
    expect(counts(result)).toEqual({ Flat: 1, Spiky: 0, Wild: 2, "Don't know": 1 });
    expect(result.buckets[2]!.members.map((member) => member.name)).toEqual(["Ana", "Cy"]);
    expect(result.answered).toBe(4);
    expect(result.leading).toEqual(["wild"]);
    // Two of four is not more than half.
    expect(result.majority).toBeNull();
    expect(occupiedBuckets(result)).toBe(3);
    expect(result.positions).toBe(3);
  });

  it("names a majority only when one bucket holds more than half", () => {
    const result = answerDistribution(single, [answer("answered", "spiky"), answer("answered", "spiky"), answer("answered", "flat")]);
    expect(result.majority).toBe("spiky");
    const tie = answerDistribution(single, [answer("answered", "spiky"), answer("answered", "flat")]);
    expect(tie.leading).toEqual(["flat", "spiky"]);
    expect(tie.majority).toBeNull();
  });

  it("counts a multi-choice respondent once in every choice they picked", () => {
    const result = answerDistribution(multi, [
      answer("answered", ["users", "jobs"], "Ana"),
      answer("answered", ["jobs"], "Ben"),
      answer("not_applicable", undefined, "Cy"),
    ]);
    expect(result.multi).toBe(true);
    expect(counts(result)).toEqual({ Users: 1, Jobs: 2, "None of these": 0, "Not applicable": 1 });
    expect(result.answered).toBe(3);
    expect(result.leading).toEqual(["jobs"]);
    expect(result.majority).toBe("jobs");
    expect(result.positions).toBe(3);
  });

  it("sees agreement on a multi-choice question when everyone picked the same set", () => {
    const same = answerDistribution(multi, [answer("answered", ["users", "jobs"]), answer("answered", ["jobs", "users"])]);
    expect(same.positions).toBe(1);
    const different = answerDistribution(multi, [answer("answered", ["users", "jobs"]), answer("answered", ["jobs"])]);
    expect(different.positions).toBe(2);
  });

  it("draws a scale as one bar per step, the ends labelled", () => {
    const result = answerDistribution(scale, [answer("answered", 1), answer("answered", 4), answer("answered", 4)]);
    expect(result.buckets.map((bucket) => bucket.label)).toEqual(["1 (None)", "2", "3", "4", "5 (Constant)"]);
    expect(result.buckets.map((bucket) => bucket.count)).toEqual([1, 0, 0, 2, 0]);
    // No don't-know bar where the question does not offer it and nobody used it.
    expect(result.buckets.some((bucket) => bucket.kind === "unknown")).toBe(false);
  });

  it("shows few distinct numbers as the values themselves", () => {
    const result = answerDistribution(plainNumber, [answer("answered", 12), answer("answered", 3), answer("answered", 12)]);
    expect(result.buckets.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ["3 years", 1],
      ["12 years", 2],
    ]);
  });

  it("groups many distinct numbers into the bank's bands, keeping each exact value", () => {
    const values = [0, 1, 2, 3, 7, 40, 1200];
    const result = answerDistribution(banded, values.map((value) => answer("answered", value)));
    expect(result.buckets.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ["0 engineers", 1],
      ["1–2 engineers", 2],
      ["3 engineers or more", 4],
    ]);
    expect(result.buckets[2]!.members.map((member) => member.detail)).toEqual(["3", "7", "40", "1,200"]);
  });

  it("groups many distinct numbers without bands into ranges that cover every answer", () => {
    const values = [0, 2, 5, 9, 14, 21, 30, 44];
    const result = answerDistribution(plainNumber, values.map((value) => answer("answered", value)));
    expect(result.buckets.every((bucket) => bucket.kind === "range")).toBe(true);
    expect(result.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(values.length);
    expect(result.buckets[0]!.label).toBe("0–8 years");
    expect(result.buckets.at(-1)!.label).toBe("36 years or more");
  });

  it("puts identical texts together, ignoring case and spacing", () => {
    const result = answerDistribution(text, [answer("answered", "Postgres"), answer("answered", "  postgres "), answer("answered", "MySQL")]);
    expect(result.buckets.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ["Postgres", 2],
      ["MySQL", 1],
    ]);
  });

  it("ignores values that do not fit the question instead of inventing a bucket", () => {
    const result = answerDistribution(single, [answer("answered", "gone-choice"), answer("answered", 3)]);
    expect(result.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(0);
    expect(result.answered).toBe(2);
    expect(result.leading).toEqual([]);
  });

  it("is empty, with no majority, when nobody answered", () => {
    const question: TQuestion = single;
    const result = answerDistribution(question, []);
    expect(result.answered).toBe(0);
    expect(result.leading).toEqual([]);
    expect(result.majority).toBeNull();
    expect(occupiedBuckets(result)).toBe(0);
    expect(result.positions).toBe(0);
  });
});
