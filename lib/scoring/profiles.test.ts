import { describe, expect, it } from "vitest";

import { buildReport } from "./build-report";
import { levelRank, type TLevel } from "./levels";
import { PATH_IDS } from "./rules-schema";
import { bankAndRules, loadProfiles } from "./test-fixtures";

// Company profiles written from the article before the rules were tuned (tests/fixtures/profiles):
// each must get its recommendation, and its expected findings must be among the first six.

const TOP = 6;
const { questionnaire, rules } = bankAndRules();
const profiles = loadProfiles();

describe("company profiles", { timeout: 60_000 }, () => {
  it("has at least eight profiles, covering each of the four paths", () => {
    expect(profiles.length).toBeGreaterThanOrEqual(8);
    expect(new Set(profiles.map((p) => p.expected.recommendation))).toEqual(new Set(PATH_IDS));
  });

  it.each(profiles.map((p) => [p.name, p] as const))("%s", (_name, profile) => {
    const report = buildReport(questionnaire, profile.answers, { rules, whatWouldChangeIt: false });
    expect(report.recommendation.option).toBe(profile.expected.recommendation);
    const top = report.findings.slice(0, TOP).map((f) => f.id);
    for (const id of profile.expected.topFindings) expect(top, `${id} in the top ${TOP}`).toContain(id);
    const level = report.overall.level as TLevel;
    if (profile.expected.minLevel) expect(levelRank(level)).toBeGreaterThanOrEqual(levelRank(profile.expected.minLevel as TLevel));
    if (profile.expected.maxLevel) expect(levelRank(level)).toBeLessThanOrEqual(levelRank(profile.expected.maxLevel as TLevel));
  });

  it("raises every finding of the rules in at least one profile", () => {
    const raised = new Set(
      profiles.flatMap((p) => buildReport(questionnaire, p.answers, { rules, whatWouldChangeIt: false }).findings.map((f) => f.id)),
    );
    // A profile is one respondent's answers; findings raised by the team's divergence need several
    // respondents and are covered in divergence-finding.test.ts.
    const needsATeam = (f: (typeof rules.findings)[number]) => JSON.stringify(f.when).includes('"divergence"');
    expect(rules.findings.filter((f) => !needsATeam(f)).map((f) => f.id).filter((id) => !raised.has(id))).toEqual([]);
  });
});
