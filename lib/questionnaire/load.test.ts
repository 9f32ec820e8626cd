import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { QuestionnaireInvalidError, QuestionnaireNotFoundError } from "./errors";
import { listQuestionnaires, loadQuestionnaire } from "./load";
import { BANK_DIR } from "./test-fixtures";

const made: string[] = [];

/** A content/ folder in a temporary directory holding a copy of the backend-scaling bank. */
function copyOfContent(): string {
  const contentDir = mkdtempSync(path.join(tmpdir(), "faultline-content-"));
  made.push(contentDir);
  cpSync(BANK_DIR, path.join(contentDir, "backend-scaling"), { recursive: true });
  return contentDir;
}

function editJson(file: string, edit: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse(readFileSync(file, "utf8"));
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loadQuestionnaire", () => {
  it("loads the current version of a bank, assembled from its section files", () => {
    const questionnaire = loadQuestionnaire("backend-scaling");
    expect(questionnaire.key).toBe("backend-scaling");
    expect(questionnaire.version).toBe(2);
    expect(questionnaire.sections.length).toBe(8);
    expect(loadQuestionnaire("backend-scaling", { version: 2 })).toEqual(questionnaire);
    // Version 1 is kept whole under versions/1/ for the reviews that pinned it.
    expect(loadQuestionnaire("backend-scaling", { version: 1 }).version).toBe(1);
  });

  it("answers not found for an unknown key, a missing version or a key that leaves content/", () => {
    for (const [key, version] of [
      ["no-such-bank", undefined],
      ["backend-scaling", 3],
      ["backend-scaling", 0],
      ["backend-scaling", 1.5],
      ["../content/backend-scaling", undefined],
      ["Backend-Scaling", undefined],
    ] as const) {
      expect(caught(() => loadQuestionnaire(key, { version }))).toBeInstanceOf(QuestionnaireNotFoundError);
    }
  });

  it("loads an archived version from versions/<n>/ once the current one has moved on", () => {
    const contentDir = copyOfContent();
    const keyDir = path.join(contentDir, "backend-scaling");
    const archived = path.join(keyDir, "versions", "2");
    cpSync(path.join(keyDir, "bank.json"), path.join(archived, "bank.json"));
    cpSync(path.join(keyDir, "sections"), path.join(archived, "sections"), { recursive: true });
    editJson(path.join(keyDir, "bank.json"), (bank) => {
      bank.version = 3;
      bank.title = "Backend scaling review, third edition";
    });

    expect(loadQuestionnaire("backend-scaling", { contentDir }).version).toBe(3);
    const old = loadQuestionnaire("backend-scaling", { contentDir, version: 2 });
    expect(old.version).toBe(2);
    expect(old.title).toBe("Backend scaling review");
    expect(listQuestionnaires(contentDir)).toEqual([
      { key: "backend-scaling", version: 1 },
      { key: "backend-scaling", version: 2 },
      { key: "backend-scaling", version: 3 },
    ]);
  });

  it("reports an invalid bank with the path of each problem and the file it is in", () => {
    const contentDir = copyOfContent();
    editJson(path.join(contentDir, "backend-scaling", "sections", "03-database.json"), (section) => {
      const questions = section.questions as Record<string, unknown>[];
      questions[1].showIf = { question: "database.roles", includes: "kafka" };
    });
    const error = caught(() => loadQuestionnaire("backend-scaling", { contentDir }));
    expect(error).toBeInstanceOf(QuestionnaireInvalidError);
    const invalid = error as QuestionnaireInvalidError;
    expect(invalid.issues).toEqual([
      {
        path: "sections[2].questions[1].showIf.includes",
        message: expect.stringContaining('"kafka" is not a choice'),
        file: "sections/03-database.json",
      },
    ]);
    expect(invalid.message).toContain(
      "sections[2].questions[1].showIf.includes (sections/03-database.json)",
    );
  });

  it("reuses the parsed bank until a file changes, and freezes it because callers share it", () => {
    const contentDir = copyOfContent();
    const first = loadQuestionnaire("backend-scaling", { contentDir });
    expect(loadQuestionnaire("backend-scaling", { contentDir })).toBe(first);
    expect(Object.isFrozen(first.sections[0].questions[0])).toBe(true);

    editJson(path.join(contentDir, "backend-scaling", "bank.json"), (bank) => {
      bank.title = "Renamed while running";
    });
    const second = loadQuestionnaire("backend-scaling", { contentDir });
    expect(second).not.toBe(first);
    expect(second.title).toBe("Renamed while running");
  });

  it("refuses a bank whose key does not match its folder", () => {
    const contentDir = copyOfContent();
    editJson(path.join(contentDir, "backend-scaling", "bank.json"), (bank) => {
      bank.key = "something-else";
    });
    const error = caught(() => loadQuestionnaire("backend-scaling", { contentDir }));
    expect((error as QuestionnaireInvalidError).issues[0].path).toBe("key");
  });

  it("refuses broken JSON and section files outside the bank's folder", () => {
    const contentDir = copyOfContent();
    const bankFile = path.join(contentDir, "backend-scaling", "bank.json");
    editJson(bankFile, (bank) => {
      (bank.sections as string[])[0] = "../elsewhere.json";
    });
    expect(caught(() => loadQuestionnaire("backend-scaling", { contentDir }))).toBeInstanceOf(
      QuestionnaireInvalidError,
    );

    writeFileSync(bankFile, "{ not json");
    const error = caught(() => loadQuestionnaire("backend-scaling", { contentDir }));
    expect((error as Error).message).toMatch(/Invalid JSON/);
  });
});
