import { describe, expect, it } from "vitest";

import { formatIssues } from "./format-issues";
import { ZQuestionnaire } from "./schema";
import { locate, rawBank, sectionIndex, type TRawBank } from "./test-fixtures";

function issuesOf(bank: unknown) {
  const result = ZQuestionnaire.safeParse(bank);
  return result.success ? [] : formatIssues(result.error);
}

/** Breaks a copy of the real bank and expects an issue at exactly `path` (message matching if given). */
function expectIssue(
  breakIt: (bank: TRawBank) => string,
  message?: RegExp,
): { path: string; message: string }[] {
  const bank = rawBank();
  const path = breakIt(bank);
  const issues = issuesOf(bank);
  const hit = issues.find((issue) => issue.path === path);
  expect(hit, `expected an issue at ${path}, got ${JSON.stringify(issues, null, 2)}`).toBeDefined();
  if (message) expect(hit?.message).toMatch(message);
  return issues;
}

describe("ZQuestionnaire", () => {
  it("accepts the real bank", () => {
    expect(issuesOf(rawBank())).toEqual([]);
  });

  describe("ids", () => {
    it("rejects a duplicate question id", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "load.exports");
        question.id = "load.capacity-basis";
        return `${path}.id`;
      }, /Duplicate question id "load.capacity-basis" \(also at sections\[\d+\]\.questions\[\d+\]\)/);
    });

    it("rejects a question id that does not start with its section id", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "state.files");
        question.id = "database.files";
        return `${path}.id`;
      }, /must start with "state\."/);
    });

    it("rejects a malformed question id", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "state.files");
        question.id = "state.Files";
        return `${path}.id`;
      }, /<section id>\.<slug>/);
    });

    it("rejects a duplicate choice id within a question", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "load.capacity-basis");
        (question.choices as { id: string }[])[2].id = "tested-peak";
        return `${path}.choices[2].id`;
      }, /Duplicate choice id "tested-peak"/);
    });

    it("rejects duplicate section and diagnostic ids", () => {
      expectIssue((bank) => {
        bank.sections[3].id = bank.sections[2].id;
        return "sections[3].id";
      }, /Duplicate section id/);
      expectIssue((bank) => {
        bank.diagnostics[5].id = bank.diagnostics[4].id;
        return "diagnostics[5].id";
      }, /Duplicate diagnostic id/);
    });
  });

  describe("shapes", () => {
    it("rejects an unknown question type", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "load.capacity-basis");
        question.type = "dropdown";
        return `${path}.type`;
      });
    });

    it("rejects unknown fields, such as a misspelt showIf", () => {
      const issues = expectIssue((bank) => {
        const { question, path } = locate(bank, "state.files");
        question.showif = { question: "state.routing", equals: "sticky" };
        return path;
      });
      expect(issues.map((issue) => issue.message).join("\n")).toMatch(/showif/);
    });

    it("rejects a risk outside 0..1", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "load.capacity-basis");
        (question.choices as { risk: number }[])[0].risk = 1.5;
        return `${path}.choices[0].risk`;
      });
    });
  });

  describe("risk data", () => {
    it("requires a risk on every choice of a scored question", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "database.roles");
        delete (question.choices as { risk?: number }[])[2].risk;
        return `${path}.choices[2].risk`;
      }, /needs a risk/);
    });

    it("refuses a risk in an unscored section", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "context.stage");
        (question.choices as { risk?: number }[])[0].risk = 0.5;
        return `${path}.choices[0].risk`;
      }, /unscored/);
    });

    it("requires a weight on scored questions and refuses one on unscored questions", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "team.deploys");
        delete question.weight;
        return `${path}.weight`;
      }, /needs a weight/);
      expectIssue((bank) => {
        const { question, path } = locate(bank, "context.stage");
        question.weight = 2;
        return `${path}.weight`;
      });
    });

    it("requires an unknownRisk when a scored question allows don't know", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "observability.slow-endpoint");
        delete question.unknownRisk;
        return `${path}.unknownRisk`;
      }, /needs an unknownRisk/);
    });

    it("refuses an unknownRisk without allowUnknown", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "team.deploys");
        question.unknownRisk = 0.5;
        return `${path}.unknownRisk`;
      }, /allowUnknown is not/);
    });

    it("refuses exclusive choices on a single question", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "team.deploys");
        (question.choices as { exclusive?: boolean }[])[0].exclusive = true;
        return `${path}.choices[0].exclusive`;
      });
    });

    it("checks a scale's range and risky end", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "symptoms.rewrite-pressure");
        delete question.riskyEnd;
        return `${path}.riskyEnd`;
      });
      expectIssue((bank) => {
        const { question, path } = locate(bank, "symptoms.rewrite-pressure");
        question.max = question.min;
        return `${path}.max`;
      });
    });

    it("checks a number's risk bands", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "team.incident-responders");
        delete question.bands;
        return `${path}.bands`;
      }, /needs risk bands/);
      expectIssue((bank) => {
        const { question, path } = locate(bank, "team.incident-responders");
        (question.bands as { from: number }[])[0].from = 1;
        return `${path}.bands[0].from`;
      }, /start at min/);
      expectIssue((bank) => {
        const { question, path } = locate(bank, "team.incident-responders");
        (question.bands as { from: number }[])[2].from = 1;
        return `${path}.bands[2].from`;
      }, /ascending/);
    });
  });

  describe("sections", () => {
    it("requires what a scored section measures, and one section per area", () => {
      expectIssue((bank) => {
        const s = sectionIndex(bank, "state");
        delete bank.sections[s].measures;
        return `sections[${s}].measures`;
      });
      expectIssue((bank) => {
        const s = sectionIndex(bank, "state");
        bank.sections[s].area = "load";
        return `sections[${s}].area`;
      }, /already covered by sections\[\d+\]/);
      expectIssue((bank) => {
        const s = sectionIndex(bank, "context");
        bank.sections[s].area = "team";
        return `sections[${s}].area`;
      });
    });
  });

  describe("diagnostics", () => {
    it("rejects a probe of an undeclared diagnostic", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "load.capacity-basis");
        question.probes = ["average-design", "no-such-thing"];
        return `${path}.probes[1]`;
      }, /Unknown diagnostic "no-such-thing"/);
    });

    it("requires a scored question to probe something", () => {
      expectIssue((bank) => {
        const { question, path } = locate(bank, "load.capacity-basis");
        question.probes = [];
        return `${path}.probes`;
      });
    });

    it("rejects a declared diagnostic that no scored question probes", () => {
      expectIssue((bank) => {
        bank.diagnostics.push({ id: "orphan", label: "Nobody asks about this", area: "load" });
        return `diagnostics[${bank.diagnostics.length - 1}]`;
      }, /"orphan" is not probed/);
      expectIssue((bank) => {
        const { question } = locate(bank, "state.long-tasks");
        question.probes = ["cached-assumptions"];
        const d = bank.diagnostics.findIndex((diagnostic) => diagnostic.id === "long-running-tasks");
        return `diagnostics[${d}]`;
      }, /"long-running-tasks" is not probed/);
    });
  });
});
