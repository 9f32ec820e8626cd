import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { loadQuestionnaire } from "../questionnaire/load";
import { loadRules } from "../scoring/load-rules";
import { BANK_FORMAT } from "./bank-format";
import { builtinBankDocument } from "./builtin-bank-document";
import { detectBankFormat } from "./detect-format";
import { parseBank } from "./parse-bank";
import { serializeBank } from "./serialize-bank";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/banks", name), "utf8");
const EXAMPLE = fixture("api-readiness.yaml");

/** The 1-based line and column of the `occurrence`-th match of `needle` in `text`. */
function placeOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  expect(offset, `"${needle}" not in the text`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function shift(place: { line: number; column: number }, columns: number) {
  return { line: place.line, column: place.column + columns };
}

function errorsOf(text: string, format: "json" | "yaml") {
  const result = parseBank(text, format);
  if (result.ok) throw new Error("expected the bank to be refused");
  return result.errors;
}

describe("parseBank: syntax errors", () => {
  it("points at the line and column where JSON breaks, and names the field it broke in", () => {
    const text = ['{', '  "faultline": "question-bank/1",', '  "questionnaire": {', '    "key": "x",', '  },', '  "rules": {}', '}'].join("\n");
    expect(errorsOf(text, "json")).toEqual([{ path: "questionnaire", line: 5, column: 3, message: "A comma cannot come before }" }]);
  });

  it("reports JSON that ends too early with where the open object started", () => {
    const errors = errorsOf('{\n  "faultline": "question-bank/1",\n  "questionnaire": {"key": "x"', "json");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: "questionnaire", line: 3, column: 31 });
    expect(errors[0].message).toBe("The file ends before the object opened at line 3, column 20 is closed");
  });

  it("refuses what JSON.parse refuses, and duplicate keys, which it would silently merge", () => {
    const cases: [string, number, number, string][] = [
      ["{'a': 1}", 1, 2, "Expected a key in double quotes"],
      ['{"a": 01}', 1, 8, "This is not a JSON number"],
      ['{"a": [1, 2,]}', 1, 13, "A comma cannot come before ]"],
      ['{"a": tru}', 1, 7, "Expected a value, found tru"],
      ['{"a": "x\ny"}', 1, 9, "A string cannot span lines"],
      ['{"a": 1} x', 1, 10, "after the end of the document"],
      ['{"a": 1, "a": 2}', 1, 10, 'Duplicate key "a"'],
      ['{"a": "\\q"}', 1, 8, "Unknown escape \\q"],
    ];
    for (const [text, line, column, message] of cases) {
      const [error] = errorsOf(text, "json");
      expect(error, text).toMatchObject({ line, column });
      expect(error.message, text).toContain(message);
    }
  });

  it("points at the line and column where YAML breaks, with the field around it", () => {
    const text = EXAMPLE.replace("      label: A launch-day spike on one API", "      label: [A launch-day spike, on one API");
    const [error, ...rest] = errorsOf(text, "yaml");
    expect(rest).toEqual([]);
    expect(error.path).toMatch(/^questionnaire\.diagnostics\[0\]/);
    expect(error.line).toBe(placeOf(text, "label: [A launch").line + 1);
    expect(error.message).toMatch(/flow sequence|must be sufficiently indented/i);
  });

  it("reports a YAML colon inside a plain value where it is", () => {
    const text = EXAMPLE.replace('summary: "A system audit: find out', "summary: A system audit: find out").replace('before choosing a fix."', "before choosing a fix.");
    const [error] = errorsOf(text, "yaml");
    expect(error).toMatchObject({ path: "rules.recommendation.options[1].summary", ...placeOf(text, "A system audit: find out") });
  });
});

describe("parseBank: schema errors", () => {
  it("gives the path and the place of a value out of range, in YAML", () => {
    const text = fixture("api-readiness-with-error.yaml");
    expect(errorsOf(text, "yaml")).toEqual([
      {
        path: "questionnaire.sections[1].questions[0].choices[2].risk",
        ...placeOf(text, "1.5"),
        message: "At most 1; this is 1.5",
      },
    ]);
  });

  it("gives the path and the place of the same error in JSON", () => {
    const valid = parseBank(EXAMPLE, "yaml");
    if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
    const text = serializeBank(valid.document, "json").replace('"risk": 1\n', '"risk": 1.5\n');
    const [error, ...rest] = errorsOf(text, "json");
    expect(rest).toEqual([]);
    expect(error).toEqual({ path: "questionnaire.sections[1].questions[0].choices[2].risk", ...placeOf(text, "1.5"), message: "At most 1; this is 1.5" });
  });

  it("points an unknown field at its key, and a missing field at the object that lacks it", () => {
    const text = EXAMPLE.replace("          weight: 3\n", "          wieght: 3\n");
    const errors = errorsOf(text, "yaml");
    expect(errors).toContainEqual({ path: "questionnaire.sections[1].questions[0].wieght", ...placeOf(text, "wieght"), message: 'Unknown field "wieght"' });
    // The bank's invariant then asks for the weight the scored question lacks, at that question.
    expect(errors).toContainEqual({ path: "questionnaire.sections[1].questions[0].weight", ...placeOf(text, "id: load.peak-shape"), message: "A scored question needs a weight (1-3)" });

    const noTitle = EXAMPLE.replace("  title: API readiness check\n", "");
    expect(errorsOf(noTitle, "yaml")).toEqual([{ path: "questionnaire.title", ...placeOf(noTitle, "key: api-readiness"), message: 'Missing field "title" (expected text)' }]);
  });

  it("checks the envelope: the format name and the two parts", () => {
    const errors = errorsOf("faultline: question-bank/9\nquestionnaire: 3\nextra: true\n", "yaml");
    expect(errors).toEqual([
      { path: "rules", line: 1, column: 1, message: 'Missing field "rules" (expected an object)' },
      { path: "faultline", line: 1, column: 12, message: `The first field is faultline: ${BANK_FORMAT}` },
      { path: "questionnaire", line: 2, column: 16, message: expect.stringContaining("questionnaire is an object") },
      { path: "extra", line: 3, column: 1, message: 'Unknown field "extra"' },
    ]);
  });
});

describe("parseBank: the bank's invariants", () => {
  it("maps a questionnaire invariant (superRefine) to its line", () => {
    const text = EXAMPLE.replace("            - id: reports\n", "            - id: queue\n");
    expect(errorsOf(text, "yaml")).toContainEqual({
      path: "questionnaire.sections[2].questions[0].choices[1].id",
      ...shift(placeOf(text, "- id: queue", 2), 6),
      message: 'Duplicate choice id "queue" (also at choices[0])',
    });
  });

  it("maps a rules invariant (checkRules) to its line", () => {
    const text = EXAMPLE.replace("in: [waves, all-at-once] }", "in: [waves, all-at-once, stampede] }");
    expect(errorsOf(text, "yaml")).toEqual([
      {
        path: "rules.findings[0].when.in[2]",
        ...placeOf(text, "stampede"),
        message: '"stampede" is not a choice of "load.peak-shape" (gradual, waves, all-at-once)',
      },
    ]);
  });

  it("refuses rules that name another questionnaire", () => {
    const text = EXAMPLE.replace("rules:\n", "rules:\n  questionnaire: { key: api-readiness, version: 2 }\n");
    expect(errorsOf(text, "yaml")).toEqual([
      { path: "rules.questionnaire", ...placeOf(text, "{ key: api-readiness, version: 2 }"), message: "These rules are for api-readiness@2, not api-readiness@1" },
    ]);
  });
});

describe("parseBank: valid banks", () => {
  it("accepts the example bank, with a byte-order mark too", () => {
    for (const text of [EXAMPLE, `\uFEFF${EXAMPLE}`]) {
      const result = parseBank(text, "yaml");
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.bank.questionnaire).toMatchObject({ key: "api-readiness", version: 1 });
        expect(result.bank.rules.questionnaire).toEqual({ key: "api-readiness", version: 1 });
      }
    }
  });

  it("round-trips the built-in bank through JSON and YAML: the same questions and rules content/ gives", () => {
    const questionnaire = loadQuestionnaire("backend-scaling");
    const expected = { questionnaire, rules: loadRules(questionnaire) };
    const document = builtinBankDocument("backend-scaling");
    for (const format of ["json", "yaml"] as const) {
      const text = serializeBank(document, format);
      const result = parseBank(text, format);
      if (!result.ok) throw new Error(`${format}: ${JSON.stringify(result.errors.slice(0, 3))}`);
      expect(result.bank).toEqual(expected);
      expect(result.document).toEqual(document);
      // And back again: exporting what was imported gives the same file.
      expect(serializeBank(result.document, format)).toBe(text);
    }
  });
});

describe("detectBankFormat", () => {
  it("goes by the extension, else by the first character", () => {
    expect(detectBankFormat("{}", "bank.yml")).toBe("yaml");
    expect(detectBankFormat("faultline: x", "bank.JSON")).toBe("json");
    expect(detectBankFormat("\uFEFF  {\n")).toBe("json");
    expect(detectBankFormat("# comment\nfaultline: question-bank/1")).toBe("yaml");
  });
});

describe("parseBank: messages", () => {
  it("says what was expected and what the file has, with a hint for YAML 1.1 booleans", () => {
    const text = EXAMPLE.replace("      scored: true\n", "      scored: yes\n").replace("      measures: risk\n      area: load", "      measures: riskk\n      area: load");
    const errors = errorsOf(text, "yaml");
    expect(errors).toContainEqual({ path: "questionnaire.sections[1].scored", ...shift(placeOf(text, "scored: yes"), 8), message: 'Expected true or false; this is the text "yes": write true or false' });
    expect(errors).toContainEqual({ path: "questionnaire.sections[1].measures", ...shift(placeOf(text, "measures: riskk"), 10), message: 'Use one of "risk", "urgency"; this is the text "riskk"' });
  });
});
