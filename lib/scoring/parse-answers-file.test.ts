import { describe, expect, it } from "vitest";

import { parseAnswersFile } from "./parse-answers-file";

describe("parseAnswersFile", () => {
  it("reads the API's spelling of states and maps not-applicable to the stored one", () => {
    const parsed = parseAnswersFile({
      questionnaire: "backend-scaling@1",
      answers: {
        "load.exports": { value: "separate" },
        "load.spike-sources": { state: "unknown" },
        "foundations.idempotency": { state: "not-applicable", note: "Read-only product" },
      },
    });
    expect(parsed).toEqual({
      ok: true,
      file: {
        key: "backend-scaling",
        version: 1,
        answers: {
          "load.exports": { state: "answered", value: "separate" },
          "load.spike-sources": { state: "unknown" },
          "foundations.idempotency": { state: "not_applicable", note: "Read-only product" },
        },
      },
    });
  });

  it("defaults to the current backend-scaling bank and accepts a profile's extra fields", () => {
    const parsed = parseAnswersFile({ story: "A company", expected: {}, answers: {} });
    expect(parsed).toEqual({ ok: true, file: { key: "backend-scaling", version: undefined, answers: {} } });
  });

  it("points at each bad field", () => {
    const parsed = parseAnswersFile({
      questionnaire: "Backend Scaling",
      answers: { "load.exports": { value: "separate", state: "not_applicable", colour: "red" } },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual(
      expect.arrayContaining([
        { path: "questionnaire", message: expect.stringContaining("backend-scaling@1") },
        { path: 'answers["load.exports"].state', message: expect.any(String) },
        { path: 'answers["load.exports"]', message: expect.stringContaining("colour") },
      ]),
    );
    expect(parseAnswersFile([])).toMatchObject({ ok: false, issues: [{ path: "(file)" }] });
  });
});
