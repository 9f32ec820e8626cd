import { describe, expect, it } from "vitest";

import { listQuestions } from "./find-question";
import { listQuestionnaires, loadQuestionnaire } from "./load";
import { AREA_IDS, type TQuestion } from "./schema";

// Every bank in content/ parses, and the backend-scaling bank keeps the promises of its issue.

describe("backend-scaling@1 (archived)", () => {
  it("asks exactly the questions of version 2: version 2 only added the team-divergence rules", () => {
    const { version: _old, ...archived } = loadQuestionnaire("backend-scaling", { version: 1 });
    const { version: _current, ...current } = loadQuestionnaire("backend-scaling", { version: 2 });
    expect(archived).toEqual(current);
  });
});

describe("every bank in content/", () => {
  const banks = listQuestionnaires();

  it("finds at least the default bank", () => {
    expect(banks).toContainEqual({ key: "backend-scaling", version: 1 });
  });

  it.each(banks)("$key@$version parses and validates", ({ key, version }) => {
    const questionnaire = loadQuestionnaire(key, { version });
    expect(questionnaire.key).toBe(key);
    expect(questionnaire.version).toBe(version);
  });
});

/** The diagnostics the article names, each of which at least one scored question must probe. */
const REQUIRED_DIAGNOSTICS = [
  "bursty-usage", "jobs-overlap-peak", "endpoint-concurrency", "export-wrong-hour",
  "sync-call-chains", "pool-saturation", "blocked-io", "average-design",
  "spike-sources", "blocks-under-pressure", "safe-to-queue", "must-respond",
  "db-as-queue", "db-as-cache", "db-as-session-store", "db-as-reporting",
  "multi-job-table", "no-query-budget", "stale-indexes", "read-write-contention",
  "early-microservices", "no-idempotency", "no-retries", "no-rate-limiting", "unclear-failure-handling",
  "memory-sessions", "local-files", "cached-assumptions", "long-running-tasks", "sticky-sessions",
  "basic-logs", "api-or-db", "endpoint-load", "prod-only",
  "single-holder", "risky-deploys", "slow-small-changes", "repeated-incidents",
  "outdated-diagrams", "tribal-knowledge",
  "slower-delivery", "incident-frequency", "rewrite-pressure",
];

describe("backend-scaling@2 (current)", () => {
  const bank = loadQuestionnaire("backend-scaling", { version: 2 });
  const located = listQuestions(bank);
  const questions = located.map(({ question }) => question);
  const scored = located.filter(({ section, question }) => section.scored && question.type !== "text");

  it("has the sections of the review, in order, with the six areas once each", () => {
    expect(bank.sections.map((s) => s.id)).toEqual([
      "context", "load", "database", "foundations", "state", "observability", "team", "symptoms",
    ]);
    expect(bank.sections.map((s) => s.area).filter(Boolean)).toEqual([...AREA_IDS]);
    expect(bank.sections.find((s) => s.id === "context")?.scored).toBe(false);
    expect(bank.sections.find((s) => s.id === "symptoms")?.measures).toBe("urgency");
  });

  it("asks about 45 to 60 questions, a handful of them conditional", () => {
    expect(questions.length).toBeGreaterThanOrEqual(45);
    expect(questions.length).toBeLessThanOrEqual(60);
    expect(questions.filter((q) => q.showIf).length).toBeGreaterThanOrEqual(5);
    expect(questions.filter((q) => q.type === "text").length).toBeLessThanOrEqual(2);
  });

  it("has the context questions that drive branching and the recommendation", () => {
    const context = bank.sections[0].questions.map((q) => q.id);
    expect(context).toEqual(
      expect.arrayContaining([
        "context.stage", "context.team-size", "context.traffic-shape", "context.services",
        "context.codebase-age", "context.review-drivers", "context.planned-change",
      ]),
    );
    const stage = questions.find((q) => q.id === "context.stage") as Extract<TQuestion, { type: "single" }>;
    expect(stage.choices.map((c) => c.id)).toEqual(["pre-pmf", "early-traction", "scaling", "mature"]);
    expect(questions.find((q) => q.id === "context.services")?.type).toBe("number");
    expect(questions.find((q) => q.id === "context.team-size")?.type).toBe("number");
  });

  it("probes every diagnostic the article names from a scored question", () => {
    const declared = bank.diagnostics.map((d) => d.id);
    expect(declared).toEqual(expect.arrayContaining(REQUIRED_DIAGNOSTICS));
    const probed = new Set(scored.flatMap(({ question }) => question.probes));
    expect(REQUIRED_DIAGNOSTICS.filter((id) => !probed.has(id))).toEqual([]);
  });

  it("probes each diagnostic from a question in its own area", () => {
    for (const diagnostic of bank.diagnostics) {
      const home = scored.filter(({ section, question }) => {
        const area = section.measures === "urgency" ? "symptoms" : section.area;
        return area === diagnostic.area && question.probes.includes(diagnostic.id);
      });
      expect(home.length, diagnostic.id).toBeGreaterThan(0);
    }
  });

  it("gates service questions on several services and DB-queue questions on a DB queue", () => {
    const showIf = (id: string) => questions.find((q) => q.id === id)?.showIf;
    for (const id of ["foundations.split-reason", "foundations.service-costs", "observability.request-tracing"]) {
      expect(showIf(id)).toEqual({ question: "context.services", gte: 2 });
    }
    expect(showIf("database.queue-backlog")).toEqual({ question: "database.roles", includes: "queue" });
  });

  it("gives every scored choice question a healthy answer and a worrying one", () => {
    for (const { question } of scored) {
      if (question.type !== "single" && question.type !== "multi") continue;
      const risks = question.choices.map((c) => c.risk as number);
      const all = question.choices.filter((c) => !c.exclusive).map((c) => c.risk as number);
      const worst =
        question.type === "multi" && question.aggregate === "sum"
          ? Math.min(1, all.reduce((sum, risk) => sum + risk, 0))
          : Math.max(...risks);
      expect(Math.min(...risks), question.id).toBeLessThanOrEqual(0.3);
      expect(worst, question.id).toBeGreaterThanOrEqual(0.55);
    }
  });

  it("treats not knowing as a risk in observability", () => {
    const observability = bank.sections.find((s) => s.area === "observability");
    const unknowable = observability?.questions.filter((q) => q.allowUnknown) ?? [];
    expect(unknowable.length).toBeGreaterThanOrEqual(5);
    for (const question of unknowable) expect(question.unknownRisk, question.id).toBeGreaterThanOrEqual(0.7);
  });

  it("keeps the help to one to three sentences and prompts to plain questions", () => {
    for (const question of questions) {
      const sentences = question.help.split(/(?<=[.!?])\s+(?=["A-Z])/).filter(Boolean);
      expect(sentences.length, question.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, question.id).toBeLessThanOrEqual(3);
      expect(question.prompt, question.id).toMatch(/[?.]$/);
    }
  });

  it("keeps its question and choice ids stable within version 2", () => {
    const ids = questions.map((q) =>
      q.type === "single" || q.type === "multi" ? `${q.id}: ${q.choices.map((c) => c.id).join(" ")}` : q.id,
    );
    expect(ids).toMatchSnapshot();
  });
});
