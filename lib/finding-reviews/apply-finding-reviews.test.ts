import { describe, expect, it } from "vitest";
import { buildReport } from "../scoring/build-report";
import type { TLevel } from "../scoring/levels";
import { bankAndRules, loadProfiles } from "../scoring/test-fixtures";
import { applyFindingReviews } from "./apply-finding-reviews";
import type { TFindingReview } from "./schemas";

const { questionnaire, rules } = bankAndRules();
const profiles = new Map(loadProfiles().map((p) => [p.name, p]));

function reportOf(name: string) {
  return buildReport(questionnaire, profiles.get(name)!.answers, { rules, whatWouldChangeIt: false });
}

function review(findingId: string, severity: TLevel | null, note: string | null = null): TFindingReview {
  return {
    findingId,
    note,
    severity,
    justification: severity ? "The team load-tested this path last month and it held." : null,
    by: { id: "6d1f2c3a-0000-4000-8000-000000000001", name: "Grace Hopper" },
    updatedAt: "2026-11-27T10:00:00.000Z",
    version: 1,
  };
}

describe("applyFindingReviews", () => {
  it("leaves a report without reviews as it is", () => {
    const report = reportOf("flying-blind");
    expect(applyFindingReviews(report, [], rules)).toEqual(report);
    expect(applyFindingReviews(report, [review("obs-cannot-tell-where-time-goes", null, null)], rules)).toEqual(report);
  });

  it("keeps the computed severity, shows the reviewer's, and re-sorts the findings by it", () => {
    const report = reportOf("cpu-bound-monolith");
    expect(report.findings.map((f) => [f.id, f.severity])).toEqual([["load-hot-endpoint-spreads", "high"], ["load-no-protected-paths", "low"]]);
    const reviewed = applyFindingReviews(report, [review("load-no-protected-paths", "critical")], rules);
    expect(reviewed.findings.map((f) => f.id)).toEqual(["load-no-protected-paths", "load-hot-endpoint-spreads"]);
    expect(reviewed.findings[0]).toMatchObject({ severity: "critical", computedSeverity: "low", review: { severity: "critical", by: { name: "Grace Hopper" } } });
    expect(reviewed.findings[1].computedSeverity).toBeUndefined();
  });

  it("a note alone changes neither the severity nor the order nor the overall level", () => {
    const report = reportOf("cpu-bound-monolith");
    const reviewed = applyFindingReviews(report, [review("load-no-protected-paths", null, "Checked with the team: only the admin area lacks protection.")], rules);
    expect(reviewed.findings.map((f) => [f.id, f.severity])).toEqual(report.findings.map((f) => [f.id, f.severity]));
    expect(reviewed.findings[1].review?.note).toMatch(/admin area/);
    expect(reviewed.overall).toEqual(report.overall);
  });

  it("a finding raised to critical lifts the overall level to the critical-finding floor", () => {
    const report = reportOf("cpu-bound-monolith");
    expect(report.overall.level).toBe("low");
    const reviewed = applyFindingReviews(report, [review("load-hot-endpoint-spreads", "critical")], rules);
    expect(reviewed.overall.level).toBe(rules.overall.criticalFindingFloor);
    expect(reviewed.overall.reasons.join(" ")).toMatch(/1 critical finding \(load-hot-endpoint-spreads\)/);
    expect(reviewed.overall.reasons.join(" ")).toMatch(/from the answers alone Faultline computed low/);
    expect(reviewed.overall.summary).toMatch(/^High overall risk/);
    expect(reviewed.overall.score).toBe(report.overall.score);
  });

  it("lowering the critical findings that held the level up lowers it; lowering one of three does not", () => {
    const report = reportOf("fintech-fragile-foundations");
    expect(report.overall.level).toBe("high");
    const critical = report.findings.filter((f) => f.severity === "critical").map((f) => f.id);
    expect(critical).toHaveLength(3);
    expect(applyFindingReviews(report, [review(critical[0], "high")], rules).overall.level).toBe("high");
    const lowered = applyFindingReviews(report, critical.map((id) => review(id, "high")), rules);
    expect(["low", "medium"]).toContain(lowered.overall.level);
    expect(lowered.overall.reasons.join(" ")).not.toMatch(/critical finding/);
  });

  it("plan steps take the worst effective severity of their findings and re-sort within a horizon", () => {
    const report = reportOf("cpu-bound-monolith");
    const reviewed = applyFindingReviews(report, [review("load-no-protected-paths", "critical"), review("load-hot-endpoint-spreads", "low")], rules);
    for (const step of reviewed.plan) {
      const worst = step.findingIds.includes("load-no-protected-paths") ? "critical" : "low";
      expect(step.severity).toBe(worst);
    }
    const horizons = reviewed.plan.map((s) => s.horizon);
    expect(horizons).toEqual([...horizons].sort((a, b) => ["now", "next", "later"].indexOf(a) - ["now", "next", "later"].indexOf(b)));
    const rank = ["low", "medium", "high", "critical"];
    for (const horizon of new Set(horizons)) {
      const ranks = reviewed.plan.filter((s) => s.horizon === horizon).map((s) => rank.indexOf(s.severity));
      expect(ranks, horizon).toEqual([...ranks].sort((a, b) => b - a));
    }
    expect(reviewed.plan[0].findingIds).toContain("load-no-protected-paths");
  });

  it("rewrites the summary of an area whose findings were re-graded, from the effective severities", () => {
    const report = reportOf("cpu-bound-monolith");
    const load = report.areas.find((area) => area.id === "load")!;
    expect(load.summary).toContain("the most serious (high): ");
    const reviewed = applyFindingReviews(report, [review("load-no-protected-paths", "critical")], rules);
    const summary = reviewed.areas.find((area) => area.id === "load")!.summary;
    expect(summary).toContain("the most serious (critical): Nothing decides which requests must keep answering.");
    expect(summary).toContain("include the reviewer's adjustments");
    // Other areas, and a report with only notes, keep the scoring's words.
    expect(reviewed.areas.filter((area) => area.id !== "load")).toEqual(report.areas.filter((area) => area.id !== "load"));
    expect(applyFindingReviews(report, [review("load-no-protected-paths", null, "Checked with the CTO.")], rules).areas).toEqual(report.areas);
  });

  it("ignores reviews of findings the report does not raise", () => {
    const report = reportOf("cpu-bound-monolith");
    const reviewed = applyFindingReviews(report, [review("team-single-knowledge-holder", "low")], rules);
    expect(reviewed.findings).toEqual(report.findings);
    expect(reviewed.overall).toEqual(report.overall);
  });
});
