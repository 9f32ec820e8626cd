import { describe, expect, it } from "vitest";

import { formatIssues } from "./format-issues";
import { ZQuestionnaire } from "./schema";
import { locate, rawBank, type TRawBank } from "./test-fixtures";

// showIf rules, checked through ZQuestionnaire on broken copies of the real bank.

function issuesAfter(questionId: string, showIf: unknown, edit?: (bank: TRawBank) => void) {
  const bank = rawBank();
  edit?.(bank);
  const { question, path } = locate(bank, questionId);
  question.showIf = showIf;
  const result = ZQuestionnaire.safeParse(bank);
  return { path, issues: result.success ? [] : formatIssues(result.error) };
}

function expectShowIfIssue(questionId: string, showIf: unknown, field: string, message: RegExp) {
  const { path, issues } = issuesAfter(questionId, showIf);
  const at = `${path}.showIf${field}`;
  const hit = issues.find((issue) => issue.path === at);
  expect(hit, `expected an issue at ${at}, got ${JSON.stringify(issues, null, 2)}`).toBeDefined();
  expect(hit?.message).toMatch(message);
}

describe("showIf", () => {
  it("must refer to an earlier question", () => {
    expectShowIfIssue(
      "load.exports",
      { question: "team.deploys", equals: "routine" },
      ".question",
      /not asked before this question/,
    );
  });

  it("cannot refer to the question itself", () => {
    expectShowIfIssue(
      "load.exports",
      { question: "load.exports", equals: "none" },
      ".question",
      /earlier/,
    );
  });

  it("must refer to an existing question", () => {
    expectShowIfIssue("load.exports", { question: "load.nope", equals: "x" }, ".question", /Unknown question/);
  });

  it("must name existing choices", () => {
    expectShowIfIssue(
      "database.queue-backlog",
      { question: "database.roles", includes: "kafka" },
      ".includes",
      /"kafka" is not a choice of "database.roles"/,
    );
    expectShowIfIssue(
      "load.exports",
      { question: "context.stage", in: ["scaling", "hypergrowth"] },
      ".in[1]",
      /"hypergrowth" is not a choice/,
    );
  });

  it("must use an operator that fits the question type", () => {
    expectShowIfIssue(
      "database.queue-backlog",
      { question: "database.roles", equals: "queue" },
      ".equals",
      /does not apply to "database.roles", a multi question; use includes/,
    );
    expectShowIfIssue(
      "foundations.split-reason",
      { question: "context.stage", gte: 2 },
      ".gte",
      /use equals, in, notIn/,
    );
  });

  it("must compare numbers within the question's range, as integers where it takes integers", () => {
    expectShowIfIssue(
      "foundations.split-reason",
      { question: "context.services", gte: 0 },
      ".gte",
      /from 1 to 1000/,
    );
    expectShowIfIssue(
      "foundations.split-reason",
      { question: "context.services", gte: 1.5 },
      ".gte",
      /an integer/,
    );
  });

  it("cannot look at a text question", () => {
    // The only text question is the last one, so add a question after it that looks at it.
    const bank = rawBank();
    const text = locate(bank, "symptoms.anything-else");
    text.section.questions.push({
      id: "symptoms.after-text",
      type: "single",
      prompt: "A question asked after the text question?",
      help: "Only here to test conditions on text.",
      choices: [
        { id: "a", label: "A", risk: 0 },
        { id: "b", label: "B", risk: 1 },
      ],
      weight: 1,
      probes: ["rewrite-pressure"],
      showIf: { question: "symptoms.anything-else", equals: "x" },
    });
    const result = ZQuestionnaire.safeParse(bank);
    const issues = result.success ? [] : formatIssues(result.error);
    const at = `sections[${text.s}].questions[${text.section.questions.length - 1}].showIf.equals`;
    expect(issues).toEqual([
      { path: at, message: expect.stringMatching(/cannot be used in a condition/) },
    ]);
  });

  it("takes exactly one form and exactly one operator", () => {
    expectShowIfIssue(
      "load.exports",
      { question: "context.services", gte: 2, lte: 5 },
      "",
      /exactly one operator.*found gte, lte/,
    );
    expectShowIfIssue(
      "load.exports",
      { question: "context.services" },
      "",
      /exactly one operator.*found none/,
    );
    expectShowIfIssue(
      "load.exports",
      { question: "context.services", gte: 2, all: [{ question: "context.stage", equals: "mature" }] },
      "",
      /exactly one of/,
    );
  });

  it("names the path of a problem inside all/any", () => {
    expectShowIfIssue(
      "load.exports",
      { any: [{ question: "context.stage", equals: "mature" }, { question: "context.nope", equals: "x" }] },
      ".any[1].question",
      /Unknown question "context.nope"/,
    );
    expectShowIfIssue(
      "load.exports",
      { all: [{ any: [{ question: "context.stage", equals: "huge" }] }] },
      ".all[0].any[0].equals",
      /not a choice/,
    );
  });

  describe("reachability", () => {
    it("rejects a condition no answer can satisfy", () => {
      expectShowIfIssue(
        "load.exports",
        { all: [{ question: "context.stage", equals: "pre-pmf" }, { question: "context.stage", equals: "mature" }] },
        "",
        /No combination of earlier answers/,
      );
      expectShowIfIssue(
        "load.exports",
        { all: [{ question: "context.services", gte: 10 }, { question: "context.services", lte: 3 }] },
        "",
        /No combination/,
      );
    });

    it("knows that an exclusive choice cannot be picked with others", () => {
      expectShowIfIssue(
        "database.queue-backlog",
        {
          all: [
            { question: "database.roles", includes: "queue" },
            { question: "database.roles", includes: "nothing-else" },
          ],
        },
        "",
        /No combination/,
      );
    });

    it("accepts conditions some answers satisfy", () => {
      const satisfiable = [
        { all: [{ question: "context.services", gte: 2 }, { question: "context.services", lte: 3 }] },
        {
          all: [
            { question: "database.roles", includes: "queue" },
            { question: "database.roles", includes: "cache" },
          ],
        },
        { question: "context.stage", notIn: ["pre-pmf", "early-traction", "scaling"] },
      ];
      for (const showIf of satisfiable) {
        const { path, issues } = issuesAfter("database.queue-backlog", showIf);
        expect(issues.filter((issue) => issue.path.startsWith(path))).toEqual([]);
      }
    });

    it("follows chains: a question behind an unreachable question is unreachable too", () => {
      const { issues } = issuesAfter(
        "foundations.service-costs",
        { question: "foundations.split-reason", equals: "future-proofing" },
        (bank) => {
          locate(bank, "foundations.split-reason").question.showIf = {
            all: [
              { question: "context.services", gte: 2 },
              { question: "context.services", lte: 1 },
            ],
          };
        },
      );
      const bank = rawBank();
      const splitReason = locate(bank, "foundations.split-reason").path;
      const serviceCosts = locate(bank, "foundations.service-costs").path;
      expect(issues.map((issue) => issue.path)).toEqual([
        `${splitReason}.showIf`,
        `${serviceCosts}.showIf`,
      ]);
    });
  });
});
