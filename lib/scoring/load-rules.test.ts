import path from "node:path";

import { describe, expect, it } from "vitest";

import { AREA_IDS } from "../questionnaire/schema";
import { parseRules, readRulesSource, rulesDir } from "./load-rules";
import { RulesInvalidError } from "./rules-error";
import { bankAndRules } from "./test-fixtures";

const { questionnaire, rules } = bankAndRules();
const dir = rulesDir(questionnaire);

/** A fresh copy of the real rules as JSON, to break on purpose. */
function rawRules() {
  const source = readRulesSource(dir, "rules");
  return { ...source, data: structuredClone(source.data) as Record<string, any> };
}

function issuesOf(mutate: (data: Record<string, any>) => void): string[] {
  const source = rawRules();
  mutate(source.data);
  try {
    parseRules(source, questionnaire);
    return [];
  } catch (error) {
    if (!(error instanceof RulesInvalidError)) throw error;
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
}

const finding = (data: Record<string, any>, id: string) => data.findings.find((f: { id: string }) => f.id === id);

describe("content/backend-scaling/rules", () => {
  it("lives beside the bank and parses against it", () => {
    expect(dir).toBe(path.join(process.cwd(), "content", "backend-scaling", "rules"));
    expect(rules.questionnaire).toEqual({ key: "backend-scaling", version: 2 });
  });

  it("has 20 to 40 findings covering all six areas, three or more each", () => {
    expect(rules.findings.length).toBeGreaterThanOrEqual(20);
    expect(rules.findings.length).toBeLessThanOrEqual(40);
    for (const area of AREA_IDS) {
      expect(rules.findings.filter((f) => f.area === area).length, area).toBeGreaterThanOrEqual(3);
    }
  });

  it("speaks to every diagnostic of the six areas and to the pressure to rewrite", () => {
    const covered = new Set(rules.findings.flatMap((f) => f.diagnostics));
    const wanted = questionnaire.diagnostics.filter((d) => d.area !== "symptoms" || d.id === "rewrite-pressure");
    expect(wanted.map((d) => d.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it("names the four failure modes of the article's database table", () => {
    const used = new Set(rules.findings.map((f) => f.failureMode));
    for (const mode of ["lock-contention", "latency-spikes", "backpressure-collapse", "query-starvation"]) {
      expect(used.has(mode), mode).toBe(true);
    }
  });

  it("gives every finding an explanation, actions on at least two horizons, and severities worst first", () => {
    for (const f of rules.findings) {
      expect(f.explanation.length, f.id).toBeGreaterThan(80);
      expect(new Set(f.actions.map((a) => a.horizon)).size, f.id).toBeGreaterThanOrEqual(2);
      expect(f.severity.at(-1)?.when, f.id).toBeUndefined();
    }
  });

  it("quotes the article's four paths", () => {
    expect(rules.recommendation.paths.map((p) => [p.id, p.shortTermRelief, p.longTermRisk, p.whenItMakesSense])).toEqual([
      ["full-rewrite", "Emotional relief", "Very high", "Rarely"],
      ["add-infrastructure", "Temporary", "Medium", "When load is misdiagnosed"],
      ["targeted-refactor", "Moderate", "Low", "Most cases"],
      ["system-audit", "High", "Lowest", "Before major change"],
    ]);
  });
});

describe("rules cross-checks", () => {
  it("accepts the real rules unchanged", () => {
    expect(issuesOf(() => {})).toEqual([]);
  });

  it("rejects an unknown question and an unknown choice", () => {
    const issues = issuesOf((data) => {
      finding(data, "db-queue-in-database").when = { question: "database.rolez", includes: "queue" };
      finding(data, "state-local-files").when = { question: "state.files", in: ["local-disk", "floppy"] };
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Unknown question "database.rolez"'),
        expect.stringContaining('"floppy" is not a choice of "state.files"'),
      ]),
    );
  });

  it("rejects duplicate finding ids", () => {
    const issues = issuesOf((data) => {
      data.findings.push(structuredClone(finding(data, "state-local-files")));
    });
    expect(issues).toEqual(expect.arrayContaining([expect.stringContaining('Duplicate finding id "state-local-files"')]));
  });

  it("rejects a finding that a riskier answer could make disappear", () => {
    const issues = issuesOf((data) => {
      finding(data, "state-local-files").when = { question: "state.files", in: ["local-then-moved"] };
      finding(data, "team-single-knowledge-holder").when = { question: "team.incident-responders", gte: 2 };
      finding(data, "db-queue-in-database").when = { question: "database.roles", includes: "nothing-else" };
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining('add "local-disk"'),
        expect.stringContaining("risky end of \"team.incident-responders\" is low"),
        expect.stringContaining('"nothing-else" is the healthy "none" answer'),
      ]),
    );
  });

  it("rejects severities out of order, a default that is not last, and `not` in a finding", () => {
    const issues = issuesOf((data) => {
      finding(data, "state-local-files").severity.reverse();
      finding(data, "state-long-tasks-in-web-process").when = { not: { question: "state.long-tasks", in: ["durable-jobs"] } };
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining("from the most to the least severe"),
        expect.stringContaining("The last severity rule is the default"),
        expect.stringContaining('"not" is only allowed in the recommendation rules'),
      ]),
    );
  });

  it("rejects unknown contexts, diagnostics, failure modes and findings, and a wrong operator", () => {
    const issues = issuesOf((data) => {
      finding(data, "state-local-files").actions[0].when = { context: "tiny-team" };
      finding(data, "state-local-files").diagnostics.push("floppy-disks");
      finding(data, "state-local-files").failureMode = "bit-rot";
      data.recommendation.options[1].signals.push({ when: { finding: "no-such-finding" }, points: 5, because: "Because." });
      finding(data, "state-long-tasks-in-web-process").when = { question: "state.long-tasks", includes: "none" };
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Unknown context "tiny-team"'),
        expect.stringContaining('Unknown diagnostic "floppy-disks"'),
        expect.stringContaining('Unknown failure mode "bit-rot"'),
        expect.stringContaining('Unknown finding "no-such-finding"'),
        expect.stringContaining('"includes" does not apply to "state.long-tasks", a single question'),
      ]),
    );
  });

  it("rejects rules for another bank version and names the file of each issue", () => {
    const source = rawRules();
    source.data.questionnaire = { key: "backend-scaling", version: 3 };
    finding(source.data, "state-local-files").when = { question: "state.filez", in: ["local-disk"] };
    try {
      parseRules(source, questionnaire);
      expect.unreachable();
    } catch (error) {
      const issues = (error as RulesInvalidError).issues;
      expect(issues).toContainEqual({ path: "questionnaire", message: expect.stringContaining("not backend-scaling@2"), file: "index.json" });
      expect(issues).toContainEqual(expect.objectContaining({ file: "findings/state.json", path: expect.stringContaining("[state-local-files]") }));
    }
  });
});
