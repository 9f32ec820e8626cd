import { describe, expect, it } from "vitest";

import { buildReport } from "./build-report";
import type { TScoringAnswers } from "./scoring-answers";
import { bankAndRules, loadProfiles } from "./test-fixtures";

const { questionnaire, rules } = bankAndRules();
const profiles = loadProfiles();
const SENTENCE = /^If ".+" were answered '.+' instead of '.+'(, and ".+" were answered '.+' instead of '.+')?, the recommendation would be (a full rewrite|adding infrastructure|a targeted refactor|a system audit)\.$/;

describe("what would change the recommendation", { timeout: 60_000 }, () => {
  it.each(profiles.map((p) => [p.name, p.answers] as const))("is computed, and each change really flips it: %s", (_name, answers) => {
    const report = buildReport(questionnaire, answers, { rules });
    const { option, alternatives, whatWouldChangeIt } = report.recommendation;
    for (const alternative of alternatives) {
      expect(alternative.option).not.toBe(option);
      const changed: Record<string, TScoringAnswers[string]> = { ...answers };
      for (const change of alternative.changes) changed[change.questionId] = { state: "answered", value: change.value };
      const flipped = buildReport(questionnaire, changed, { rules, whatWouldChangeIt: false });
      expect(flipped.recommendation.option).toBe(alternative.option);
      if (alternative.changes.length === 2) {
        // A pair is only offered for a path that no single change reaches.
        expect(alternatives.filter((a) => a.option === alternative.option && a.changes.length === 1)).toEqual([]);
      }
    }
    const statements = whatWouldChangeIt.filter((line) => line.startsWith("If "));
    expect(statements).toHaveLength(alternatives.length);
    statements.forEach((line) => expect(line).toMatch(SENTENCE));
    const unreachable = whatWouldChangeIt.filter((line) => line.startsWith("No change"));
    const reached = new Set(alternatives.map((a) => a.option));
    expect(reached.size + unreachable.length).toBe(3);
  });

  it("names the answers to learn when \"don't know\" drove the recommendation", () => {
    const blind = profiles.find((p) => p.name === "flying-blind")!;
    const report = buildReport(questionnaire, blind.answers, { rules });
    expect(report.recommendation.option).toBe("system-audit");
    const fromUnknown = report.recommendation.alternatives.flatMap((a) => a.changes).filter((c) => c.from === "Don't know");
    expect(fromUnknown.length + report.recommendation.whatWouldChangeIt.filter((l) => l.startsWith("No change")).length).toBeGreaterThan(0);
  });

  it("says that a planned split is what stands between a pre-PMF team and a refactor", () => {
    const split = profiles.find((p) => p.name === "prepmf-nine-services-planning-split")!;
    const report = buildReport(questionnaire, split.answers, { rules });
    const changed = report.recommendation.alternatives.flatMap((a) => a.changes.map((c) => c.questionId));
    expect(changed).toContain("context.planned-change");
  });
});
