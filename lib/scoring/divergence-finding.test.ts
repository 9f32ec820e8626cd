import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { buildReport, type TRespondents } from "./build-report";
import { checkRules } from "./check-rules";
import { ZReport } from "./report-schema";
import type { TScoringAnswer, TScoringAnswers } from "./scoring-answers";
import { answersArbitrary, bankAndRules, loadProfiles } from "./test-fixtures";

const { questionnaire, rules } = bankAndRules();
const fast = { rules, whatWouldChangeIt: false } as const;
const a = (value: unknown): TScoringAnswer => ({ state: "answered", value });
const base = loadProfiles().find((p) => p.name === "scaleup-database-does-everything")!.answers;
const FINDING = "team-no-shared-picture";

/** The team split on these questions: the two ends of each question's risk range (divergence 1). */
const STRONG: Record<string, [TScoringAnswer, TScoringAnswer]> = {
  "team.deploys": [a("routine"), a("feared")],
  "team.onboarding": [a("current-docs"), a("ask-one-person")],
  "team.diagrams": [a("kept-current"), a("none")],
  "team.small-change": [a("hours"), a("longer")],
  "team.incident-responders": [a(8), a(1)],
  "observability.slow-endpoint": [{ state: "unknown" }, a("minutes")],
};

function split(ids: string[], agreed = false): TRespondents {
  return { count: 2, disagreements: ids.map((questionId) => ({ questionId, answers: STRONG[questionId], agreed })) };
}
const team = (report: ReturnType<typeof buildReport>) => report.areas.find((area) => area.id === "team")!;

describe("strong divergence as team evidence", { timeout: 30_000 }, () => {
  it("raises the team finding once three shown questions diverge strongly, citing them", () => {
    const two = buildReport(questionnaire, base, { ...fast, respondents: split(["team.deploys", "team.onboarding"]) });
    expect(two.findings.map((f) => f.id)).not.toContain(FINDING);

    const three = buildReport(questionnaire, base, { ...fast, respondents: split(["team.deploys", "team.onboarding", "team.diagrams"]) });
    expect(() => ZReport.parse(three)).not.toThrow();
    const finding = three.findings.find((f) => f.id === FINDING)!;
    expect(finding).toMatchObject({ area: "team", severity: "medium", title: "The team does not share one picture of the system" });
    expect(finding.evidence.map((e) => e.questionId).sort()).toEqual(["team.deploys", "team.diagrams", "team.onboarding"]);
    expect(finding.evidence.find((e) => e.questionId === "team.deploys")!.answer).toMatch(/^The team answered: Routine.* · Feared.*\(strong divergence, 1\.00\)$/);
    expect(team(three).findingIds).toContain(FINDING);
  });

  it("is high when six questions diverge strongly", () => {
    const report = buildReport(questionnaire, base, { ...fast, respondents: split(Object.keys(STRONG)) });
    expect(report.findings.find((f) => f.id === FINDING)?.severity).toBe("high");
  });

  it("counts divergence even after an agreed answer settled it: the team still disagreed", () => {
    const report = buildReport(questionnaire, base, { ...fast, respondents: split(["team.deploys", "team.onboarding", "team.diagrams"], true) });
    expect(report.findings.map((f) => f.id)).toContain(FINDING);
    expect(report.respondents?.disagreements.every((d) => !d.provisional)).toBe(true);
  });

  it("raises the team area's score, more with more diverging questions, and never for one respondent", () => {
    const alone = buildReport(questionnaire, base, fast);
    const one = buildReport(questionnaire, base, { ...fast, respondents: split(["team.deploys"]) });
    const six = buildReport(questionnaire, base, { ...fast, respondents: split(Object.keys(STRONG)) });
    expect(team(one).score!).toBeGreaterThan(team(alone).score!);
    expect(team(six).score!).toBeGreaterThan(team(one).score!);
    const single = buildReport(questionnaire, base, { ...fast, respondents: { count: 1, disagreements: split(Object.keys(STRONG)).disagreements } });
    expect(team(single).score).toBe(team(alone).score);
    expect(single.findings.map((f) => f.id)).toEqual(alone.findings.map((f) => f.id));
  });

  it("leaves questions that are not shown out", () => {
    // context.services = 1 hides the service questions; a split on one of them must not count.
    const hidden = buildReport(questionnaire, { ...base, "context.services": a(1) }, {
      ...fast,
      respondents: { count: 2, disagreements: [{ questionId: "foundations.split-reason", answers: [{ state: "unknown" }, { state: "not_applicable", note: "n/a" }] }] },
    });
    expect(hidden.respondents?.disagreements).toEqual([]);
  });

  it("never lowers any area's score or removes a finding, whatever the answers", () => {
    fc.assert(
      fc.property(answersArbitrary(questionnaire), fc.subarray(Object.keys(STRONG), { minLength: 1 }), (answers: TScoringAnswers, ids) => {
        const without = buildReport(questionnaire, answers, fast);
        const withSplit = buildReport(questionnaire, answers, { ...fast, respondents: split(ids) });
        for (const area of without.areas) {
          const after = withSplit.areas.find((x) => x.id === area.id)!;
          if (area.score !== null) expect(after.score!).toBeGreaterThanOrEqual(area.score);
        }
        const ids2 = withSplit.findings.map((f) => f.id);
        for (const finding of without.findings) expect(ids2).toContain(finding.id);
      }),
      { numRuns: 30 },
    );
  });

  it("refuses a divergence leaf without a whole number of questions", () => {
    const broken = structuredClone(rules);
    broken.findings.find((f) => f.id === FINDING)!.when = { divergence: "strong", gte: 0 };
    const issues: string[] = [];
    checkRules(broken, questionnaire, (path, message) => issues.push(`${path.join(".")}: ${message}`));
    expect(issues.join("\n")).toMatch(/when\.gte: Give the number of diverging questions/);
  });
});
