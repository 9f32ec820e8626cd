import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { QuestionnaireInvalidError, QuestionnaireNotFoundError } from "./errors";
import { formatIssues, type TQuestionnaireIssue } from "./format-issues";
import { ZQuestionnaire, type TQuestionnaire } from "./schema";

// Where a bank lives:
//   content/<key>/bank.json                  the current version; its "sections" lists section files
//   content/<key>/sections/*.json            one file per section
//   content/<key>/versions/<n>/bank.json     an older version kept whole, with its own sections/
// Reading files is the only side effect; nothing here touches Next, React or Prisma.

export type TLoadOptions = {
  /** A specific version; the current one when left out. */
  version?: number;
  /** The content/ folder; `<cwd>/content` by default (Next and vitest both run from the root). */
  contentDir?: string;
};

export type TBankSource = {
  /** The bank with its section files read in, before validation. */
  data: unknown;
  /** `sectionFiles[i]` is the file `sections[i]` came from, relative to the bank's folder. */
  sectionFiles: string[];
  /** e.g. `content/backend-scaling/bank.json`, for messages. */
  label: string;
};

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Validating a bank takes a few milliseconds, and a route may need it on every request. Banks are
// files that change only when someone edits them (in development), so keep the parsed result until
// a file's size or time changes. It is frozen: callers share it.
const parsed = new Map<string, { signature: string; questionnaire: TQuestionnaire }>();

export function defaultContentDir(): string {
  return path.join(process.cwd(), "content");
}

/** Loads, assembles and validates a bank; throws QuestionnaireNotFoundError or QuestionnaireInvalidError. */
export function loadQuestionnaire(key: string, options: TLoadOptions = {}): TQuestionnaire {
  const { version } = options;
  const contentDir = options.contentDir ?? defaultContentDir();
  // The key comes from a URL: refuse anything that could leave content/.
  if (!KEY.test(key)) throw new QuestionnaireNotFoundError(key, version);
  if (version !== undefined && (!Number.isInteger(version) || version < 1)) {
    throw new QuestionnaireNotFoundError(key, version);
  }

  const keyDir = path.join(contentDir, key);
  const archivedDir = version === undefined ? undefined : path.join(keyDir, "versions", String(version));
  const bankDir = archivedDir && existsSync(path.join(archivedDir, "bank.json")) ? archivedDir : keyDir;
  if (!existsSync(path.join(bankDir, "bank.json"))) throw new QuestionnaireNotFoundError(key, version);

  const label = path.relative(path.dirname(contentDir), bankDir);
  const questionnaire = parseCached(bankDir, label);
  if (questionnaire.key !== key) {
    throw new QuestionnaireInvalidError(`${label}/bank.json`, [
      { path: "key", message: `The bank in folder "${key}" has key "${questionnaire.key}"` },
    ]);
  }
  if (version !== undefined && questionnaire.version !== version) {
    if (bankDir === keyDir) throw new QuestionnaireNotFoundError(key, version);
    throw new QuestionnaireInvalidError(`${label}/bank.json`, [
      { path: "version", message: `versions/${version}/ holds version ${questionnaire.version}` },
    ]);
  }
  return questionnaire;
}

/** Every bank and archived version under content/, for tests and tools. */
export function listQuestionnaires(contentDir = defaultContentDir()): { key: string; version: number }[] {
  if (!existsSync(contentDir)) return [];
  const found: { key: string; version: number }[] = [];
  for (const key of readdirSync(contentDir).sort()) {
    const keyDir = path.join(contentDir, key);
    if (!KEY.test(key) || !existsSync(path.join(keyDir, "bank.json"))) continue;
    const current = readJson(path.join(keyDir, "bank.json"), key) as { version?: unknown };
    if (typeof current.version === "number") found.push({ key, version: current.version });
    const versionsDir = path.join(keyDir, "versions");
    if (!existsSync(versionsDir)) continue;
    for (const entry of readdirSync(versionsDir)) {
      const version = Number(entry);
      if (Number.isInteger(version) && existsSync(path.join(versionsDir, entry, "bank.json"))) {
        found.push({ key, version });
      }
    }
  }
  return found.sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version);
}

/** Reads `bank.json` in `bankDir` and replaces each entry of its "sections" with that file's JSON. */
export function readBankSource(bankDir: string, label = bankDir): TBankSource {
  const bankLabel = `${label}/bank.json`;
  const bank = readJson(path.join(bankDir, "bank.json"), bankLabel);
  if (!isRecord(bank) || !Array.isArray(bank.sections)) {
    return { data: bank, sectionFiles: [], label: bankLabel };
  }
  const sectionFiles: string[] = [];
  const sections = bank.sections.map((entry, index) => {
    if (typeof entry !== "string") return entry;
    const file = path.normalize(entry);
    if (path.isAbsolute(file) || file.startsWith("..")) {
      throw new QuestionnaireInvalidError(bankLabel, [
        { path: `sections[${index}]`, message: `"${entry}" is outside the bank's folder` },
      ]);
    }
    sectionFiles[index] = entry;
    return readJson(path.join(bankDir, file), `${label}/${entry}`);
  });
  return { data: { ...bank, sections }, sectionFiles, label: bankLabel };
}

/** Validates an assembled bank; issues inside a section name the file it came from. */
export function parseQuestionnaire(source: TBankSource): TQuestionnaire {
  const result = ZQuestionnaire.safeParse(source.data);
  if (result.success) return result.data;
  const issues: TQuestionnaireIssue[] = formatIssues(result.error).map((issue, i) => {
    const sectionIndex = result.error.issues[i].path[1];
    const fromSection = result.error.issues[i].path[0] === "sections";
    const file = fromSection && typeof sectionIndex === "number" ? source.sectionFiles[sectionIndex] : undefined;
    return file ? { ...issue, file } : issue;
  });
  throw new QuestionnaireInvalidError(source.label, issues);
}

function parseCached(bankDir: string, label: string): TQuestionnaire {
  const signature = bankSignature(bankDir);
  const cached = parsed.get(bankDir);
  if (cached?.signature === signature) return cached.questionnaire;
  const questionnaire = deepFreeze(parseQuestionnaire(readBankSource(bankDir, label)));
  parsed.set(bankDir, { signature, questionnaire });
  return questionnaire;
}

function bankSignature(bankDir: string): string {
  const sectionsDir = path.join(bankDir, "sections");
  const files = [path.join(bankDir, "bank.json")];
  if (existsSync(sectionsDir)) files.push(...readdirSync(sectionsDir).map((f) => path.join(sectionsDir, f)));
  return files
    .map((file) => {
      const stat = statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("|");
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function readJson(file: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new QuestionnaireInvalidError(label, [{ path: "", message: "File is missing or unreadable" }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "not JSON";
    throw new QuestionnaireInvalidError(label, [{ path: "", message: `Invalid JSON: ${reason}` }]);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
