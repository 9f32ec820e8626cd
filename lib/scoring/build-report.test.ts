import { describe, expect, it } from "vitest";

import { listQuestions } from "../questionnaire/find-question";
import { buildReport } from "./build-report";
import { ZReport } from "./report-schema";
import { ScoringInputError, type TScoringAnswers } from "./scoring-answers";
import { bankAndRules, loadProfiles } from "./test-fixtures";

const { questionnaire, rules } = bankAndRules();
const fast = { rules, whatWouldChangeIt: false } as const;
const a = (value: unknown) => ({ state: "answered" as const, value });
const profile = (name: string) => loadProfiles().find((p) => p.name === name)!.answers;

/** Every single-choice question of an area at its healthiest or riskiest choice. */
function areaAt(areaId: string, end: "best" | "worst"): TScoringAnswers {
  const entries = listQuestions(questionnaire)
    .filter(({ section, question }) => section.area === areaId && question.type === "single" && !question.showIf)
    .map(({ question }) => {
      const choices = [...(question as { choices: { id: string; risk?: number }[] }).choices].sort((x, y) => (x.risk ?? 0) - (y.risk ?? 0));
      return [question.id, a((end === "best" ? choices[0] : choices.at(-1))!.id)];
    });
  return Object.fromEntries(entries);
}

describe("buildReport", { timeout: 30_000 }, () => {
  it("follows the report format of DESIGN.md", () => {
    const report = buildReport(questionnaire, profile("scaleup-database-does-everything"), { rules });
    expect(() => ZReport.parse(report)).not.toThrow();
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["questionnaire", "coverage", "overall", "areas", "findings", "recommendation", "plan"]),
    );
    expect(report.questionnaire).toMatchObject({ key: "backend-scaling", version: 2 });
    expect(report.areas.map((area) => area.id)).toEqual(["load", "database", "foundations", "state", "observability", "team"]);
    const finding = report.findings[0];
    expect(Object.keys(finding)).toEqual(
      expect.arrayContaining(["id", "area", "severity", "title", "explanation", "evidence", "actions"]),
    );
    expect(Object.keys(report.recommendation)).toEqual(expect.arrayContaining(["option", "confidence", "rationale", "whatWouldChangeIt"]));
    expect(report.plan[0]).toEqual({ horizon: "now", action: expect.any(String), findingIds: expect.any(Array), severity: expect.any(String) });
  });

  it("refuses answers that do not fit the bank, listing each", () => {
    const bad = {
      "load.exports": a("sometimes"),
      "no.such-question": a(1),
      "foundations.idempotency": { state: "not_applicable" as const },
      "load.capacity-basis": { state: "unknown" as const },
    };
    try {
      buildReport(questionnaire, bad, fast);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringInputError);
      const issues = (error as ScoringInputError).issues;
      expect(issues).toContainEqual({ path: 'answers["load.exports"].value', message: expect.stringContaining("Expected one of") });
      expect(issues).toContainEqual({ path: 'answers["no.such-question"]', message: expect.stringContaining("no question") });
      expect(issues).toContainEqual({ path: 'answers["foundations.idempotency"].note', message: expect.stringContaining("why") });
      expect(issues).toContainEqual({ path: 'answers["load.capacity-basis"].state', message: expect.stringContaining("unknown") });
    }
  });

  it("leaves a not-applicable answer out of the score and quotes its reason", () => {
    const answers = {
      "foundations.idempotency": { state: "not_applicable" as const, note: "We only serve read-only dashboards" },
      "foundations.boundaries": a("tangled"),
    };
    const report = buildReport(questionnaire, answers, fast);
    const foundations = report.areas.find((area) => area.id === "foundations")!;
    expect(foundations).toMatchObject({ score: 75, notApplicable: 1, answered: 1 });
    expect(report.coverage.notApplicable).toBe(1);
  });

  it("counts \"don't know\" as an answer with its own risk", () => {
    const report = buildReport(questionnaire, { "observability.slow-endpoint": { state: "unknown" } }, fast);
    const observability = report.areas.find((area) => area.id === "observability")!;
    expect(observability).toMatchObject({ score: 100, unknown: 1, answered: 0 });
    const finding = report.findings.find((f) => f.id === "obs-cannot-tell-where-time-goes")!;
    expect(finding.evidence).toEqual([
      expect.objectContaining({ questionId: "observability.slow-endpoint", answer: "Don't know", state: "unknown", value: null }),
    ]);
  });

  it("quotes answers in words: choice labels, numbers with units, scales with their ends", () => {
    const report = buildReport(questionnaire, profile("single-engineer-knowledge"), fast);
    const holder = report.findings.find((f) => f.id === "team-single-knowledge-holder")!;
    expect(holder.evidence.map((e) => e.answer)).toEqual(expect.arrayContaining(["1 engineer", "By asking one particular person", "30 engineers"]));
    const mature = buildReport(questionnaire, profile("mature-monolith-rewrite-push"), fast);
    const pressure = mature.findings.find((f) => f.id === "team-rewrite-pressure-without-evidence")!;
    expect(pressure.evidence[0]).toMatchObject({ questionId: "symptoms.rewrite-pressure", value: 4, answer: expect.stringMatching(/^4 on a scale from 1 \(Nobody is asking for it\) to 5/) });
  });

  it("does not let one critical area hide behind good averages", () => {
    const answers = { ...areaAt("load", "best"), ...areaAt("database", "best"), ...areaAt("state", "worst") };
    const report = buildReport(questionnaire, answers, fast);
    expect(report.areas.find((area) => area.id === "state")?.level).toBe("critical");
    expect(report.overall.score).toBeLessThan(50);
    expect(report.overall.level).toBe("high");
    expect(report.overall.reasons.join(" ")).toContain("Hidden state is critical");
  });

  it("makes the overall level critical when two areas are critical", () => {
    const answers = { ...areaAt("load", "best"), ...areaAt("team", "best"), ...areaAt("state", "worst"), ...areaAt("database", "worst") };
    expect(buildReport(questionnaire, answers, fast).overall.level).toBe("critical");
  });

  it("answers the article's four load-shape questions, and says when they are unknown", () => {
    const report = buildReport(questionnaire, profile("flying-blind"), fast);
    expect(report.loadShape.map((q) => q.question)).toEqual([
      "Where do spikes come from?",
      "What blocks under pressure?",
      "What can queue safely?",
      "What must respond immediately?",
    ]);
    expect(report.loadShape[0]).toMatchObject({ state: "unknown", questionIds: ["context.traffic-shape", "load.spike-sources"] });
    const empty = buildReport(questionnaire, {}, fast);
    expect(empty.loadShape.every((q) => q.state === "unknown" && q.answer === "Not answered yet.")).toBe(true);
  });

  it("scores an empty review as nothing known: no scores, low confidence, a system audit", () => {
    const report = buildReport(questionnaire, {}, fast);
    expect(report.overall).toMatchObject({ score: null, level: null });
    expect(report.areas.every((area) => area.score === null)).toBe(true);
    expect(report.recommendation).toMatchObject({ option: "system-audit", confidence: "low" });
  });

  it("reports urgency from the symptoms, and adds it to no area", () => {
    const calm = buildReport(questionnaire, { "symptoms.incident-trend": a("falling") }, fast);
    const burning = buildReport(questionnaire, { "symptoms.incident-trend": a("rising-fast"), "symptoms.incident-count": a(12) }, fast);
    expect(calm.urgency).toMatchObject({ score: 0, level: "low" });
    expect(burning.urgency).toMatchObject({ score: 100, level: "critical" });
    expect(burning.urgency.evidence.map((e) => e.questionId)).toEqual(["symptoms.incident-count", "symptoms.incident-trend"]);
    expect(burning.areas.every((area) => area.score === null)).toBe(true);
  });

  it("builds a deduplicated plan, now before next before later, worst first, each step tied to its findings", () => {
    const report = buildReport(questionnaire, profile("scaleup-database-does-everything"), fast);
    const horizons = report.plan.map((step) => step.horizon);
    expect(horizons).toEqual([...horizons].sort((x, y) => ["now", "next", "later"].indexOf(x) - ["now", "next", "later"].indexOf(y)));
    expect(new Set(report.plan.map((step) => step.action)).size).toBe(report.plan.length);
    const shared = report.plan.find((step) => step.action.startsWith("Serve exports and internal dashboards from a read replica"))!;
    expect(shared.findingIds).toEqual(expect.arrayContaining(["db-reporting-on-primary", "load-jobs-and-exports-at-peak"]));
    const ids = new Set(report.findings.map((f) => f.id));
    expect(report.plan.every((step) => step.findingIds.every((id) => ids.has(id)))).toBe(true);
  });

  it("fits actions to the team: a small pre-PMF team gets different advice than a large scale-up", () => {
    const small = buildReport(questionnaire, { "context.team-size": a(4), "database.roles": a(["queue"]) }, fast);
    const large = buildReport(questionnaire, { "context.team-size": a(60), "database.roles": a(["queue"]) }, fast);
    const actions = (r: typeof small) => r.findings.find((f) => f.id === "db-queue-in-database")!.actions;
    expect(actions(small)).toContainEqual(expect.stringContaining("Keep the table queue while it drains quickly"));
    expect(actions(large)).toContainEqual(expect.stringContaining("Move the queue to a purpose-built broker"));
    expect(actions(small)).not.toEqual(actions(large));
  });

  it("shows the four paths with the article's columns, one of them chosen, each with a why", () => {
    const report = buildReport(questionnaire, profile("cpu-bound-monolith"), fast);
    expect(report.paths.map((p) => p.option)).toEqual(["full-rewrite", "add-infrastructure", "targeted-refactor", "system-audit"]);
    expect(report.paths.filter((p) => p.chosen).map((p) => p.option)).toEqual(["add-infrastructure"]);
    expect(report.paths.every((p) => p.why.length > 20)).toBe(true);
    expect(report.recommendation.rationale.join(" ")).toMatch(/temporary relief/i);
    expect(report.paths.find((p) => p.option === "full-rewrite")?.why).toMatch(/^Not recommended: it needs/);
  });

  it("spells out the risk when it recommends a rewrite, and cites findings by id and title", () => {
    const report = buildReport(questionnaire, profile("php-prototype-end-of-life"), fast);
    const text = report.recommendation.rationale.join(" ");
    expect(text).toMatch(/very high risk/);
    expect(text).toMatch(/Finding db-one-database-every-job: "One database does every job" \(critical\)/);
  });

  it("passes the team's disagreements through, in words, with how far they diverge", () => {
    const report = buildReport(questionnaire, {}, {
      ...fast,
      respondents: { count: 3, disagreements: [{ questionId: "team.deploys", answers: [a("routine"), a("feared")] }] },
    });
    expect(report.respondents).toEqual({
      count: 3,
      disagreements: [
        {
          questionId: "team.deploys",
          prompt: expect.any(String),
          answers: [expect.stringMatching(/^Routine/), expect.stringMatching(/^Feared/)],
          divergence: 1,
          level: "strong",
          provisional: true,
        },
      ],
    });
  });
});
