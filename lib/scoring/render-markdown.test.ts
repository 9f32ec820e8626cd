import { describe, expect, it } from "vitest";

import { buildReport } from "./build-report";
import { renderMarkdown } from "./render-markdown";
import { bankAndRules, loadProfiles } from "./test-fixtures";

const { questionnaire, rules } = bankAndRules();

describe("renderMarkdown", { timeout: 30_000 }, () => {
  it("reads like a consultant's summary: recommendation first, then risk, findings with evidence, plan and paths", () => {
    const answers = loadProfiles().find((p) => p.name === "sticky-sessions-shop")!.answers;
    const text = renderMarkdown(buildReport(questionnaire, answers, { rules }));
    const order = ["## Recommendation: Targeted refactor", "## Overall risk: High", "## Risk by area", "## Load shape", "## Findings", "## Improvement plan", "## The four paths"];
    const positions = order.map((heading) => text.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain("### Critical: Sessions may live in one server's memory");
    expect(text).toContain("Because you answered:");
    expect(text).toContain("| **Targeted refactor** (recommended) | Moderate | Low | Most cases |");
    expect(text).toMatch(/Scores run from 0 \(no sign of risk\) to 100/);
  });

  it("renders an empty review without numbers it does not have", () => {
    const text = renderMarkdown(buildReport(questionnaire, {}, { rules, whatWouldChangeIt: false }));
    expect(text).toContain("## Overall risk: Not assessed (–)");
    expect(text).toContain("No findings");
    expect(text).not.toContain("NaN");
    expect(text).not.toContain("null");
  });
});
