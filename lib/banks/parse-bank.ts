import type { z } from "zod";

import { formatPath, type TPathSegment } from "../questionnaire/format-issues";
import { ZQuestionnaire, type TQuestionnaire } from "../questionnaire/schema";
import { checkRules } from "../scoring/check-rules";
import { ZRules } from "../scoring/rules-schema";
import { ZBankEnvelope, type TBankError, type TBankSourceFormat, type TValidBank } from "./bank-format";
import { parseSource } from "./parse-source";
import type { TSourceDocument } from "./source-document";
import { textPositions, type TTextPosition } from "./text-position";

// An uploaded bank, checked by the very validators content/ goes through (the zod schemas with their
// superRefine invariants, and checkRules), with every issue mapped from its path back to its line.

/** Enough to act on; a file with more problems than this has a bigger one (the wrong file, say). */
export const MAX_REPORTED_ERRORS = 100;

export type TParsedBank =
  | {
      ok: true;
      bank: TValidBank;
      /** The file's value as written, before defaults: what an export in another format serialises. */
      document: Record<string, unknown>;
      /** The path and place in the text of a field, for errors found later (a key already taken). */
      errorAt(path: TPathSegment[], message: string): TBankError;
    }
  | { ok: false; errors: TBankError[] };

export function parseBank(input: string, format: TBankSourceFormat): TParsedBank {
  const { text, result: source } = parseSource(input, format);
  const position = textPositions(text);
  if (!source.ok) {
    return {
      ok: false,
      errors: source.issues.map((issue) => ({ path: formatPath(issue.path), ...position(issue.offset), message: issue.message })),
    };
  }
  const { document } = source;
  const errors: TBankError[] = [];
  const report = (path: TPathSegment[], message: string) => errors.push(locateError(document, position, path, message, "value"));
  const reportZod = (error: z.ZodError, prefix: TPathSegment[]) => {
    for (const issue of error.issues) errors.push(...fromZodIssue(document, position, prefix, issue));
  };

  const envelope = ZBankEnvelope.safeParse(document.value);
  if (!envelope.success) reportZod(envelope.error, []);
  const raw = isRecord(document.value) ? document.value : {};

  let questionnaire: TQuestionnaire | undefined;
  if (isRecord(raw.questionnaire)) {
    const parsed = ZQuestionnaire.safeParse(raw.questionnaire);
    if (parsed.success) questionnaire = parsed.data;
    else reportZod(parsed.error, ["questionnaire"]);
  }

  let bank: TValidBank | undefined;
  if (isRecord(raw.rules)) {
    // The rules belong to the questionnaire in the same file: saying so again is allowed, not needed.
    // Until the questionnaire is valid, the rules get a stand-in name: their shape can be checked all the same.
    const named = questionnaire ? { key: questionnaire.key, version: questionnaire.version } : { key: "unchecked", version: 1 };
    const input = raw.rules.questionnaire === undefined ? { questionnaire: named, ...raw.rules } : raw.rules;
    const parsed = ZRules.safeParse(input);
    if (!parsed.success) {
      reportZod(parsed.error, ["rules"]);
    } else if (questionnaire) {
      const before = errors.length;
      checkRules(parsed.data, questionnaire, (path, message) => report(["rules", ...path], message));
      if (errors.length === before) bank = { questionnaire, rules: parsed.data };
    }
  }

  if (bank && errors.length === 0) {
    return {
      ok: true,
      bank,
      document: raw,
      errorAt: (path, message) => locateError(document, position, path, message, "value"),
    };
  }
  return { ok: false, errors: orderErrors(errors) };
}

function fromZodIssue(
  document: TSourceDocument,
  position: (offset: number) => TTextPosition,
  prefix: TPathSegment[],
  issue: z.core.$ZodIssue,
): TBankError[] {
  const path = [...prefix, ...(issue.path as TPathSegment[])];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => locateError(document, position, [...path, key], `Unknown field "${key}"`, "key"));
  }
  const located = document.locate(path);
  const last = path.at(-1);
  if (!located.found && issue.code === "invalid_type" && typeof last === "string") {
    return [locateError(document, position, path, `Missing field "${last}" (expected ${EXPECTED[issue.expected] ?? issue.expected})`, "value")];
  }
  return [locateError(document, position, path, plainMessage(issue, valueAt(document.value, path)), "value")];
}

/** zod's size messages ("Too big: expected number to be <=1") said the way a bank's author reads them. */
function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  // A custom message (from the schema's own `error`) already speaks plainly.
  if (issue.code === "invalid_type" && !issue.message.startsWith("Invalid input")) return issue.message;
  if (issue.code === "invalid_type") {
    const hint = typeof value === "string" && /^(yes|no|on|off|y|n)$/i.test(value) && issue.expected === "boolean" ? ": write true or false" : "";
    return `Expected ${EXPECTED[issue.expected] ?? issue.expected}; this is ${describeValue(value)}${hint}`;
  }
  if (issue.code === "invalid_value" && issue.message.startsWith("Invalid option") && issue.values.length > 0) {
    return `Use one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}; this is ${describeValue(value)}`;
  }
  if (issue.code !== "too_big" && issue.code !== "too_small") return issue.message;
  const big = issue.code === "too_big";
  const limit = Number(big ? issue.maximum : issue.minimum);
  const exact = issue.inclusive !== false;
  switch (issue.origin) {
    case "number":
    case "int":
      return `${big ? (exact ? "At most" : "Less than") : exact ? "At least" : "More than"} ${limit}${typeof value === "number" ? `; this is ${value}` : ""}`;
    case "string":
      if (!big && limit === 1) return "Cannot be empty";
      return `${big ? "At most" : "At least"} ${limit} characters${typeof value === "string" ? `; this has ${value.length}` : ""}`;
    case "array":
      return `${big ? "At most" : "At least"} ${limit} ${limit === 1 ? "item" : "items"}${Array.isArray(value) ? `; this has ${value.length}` : ""}`;
    default:
      return issue.message;
  }
}

/** zod's type names in the words of someone writing a bank file. */
const EXPECTED: Record<string, string> = {
  record: "an object",
  object: "an object",
  array: "a list",
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
};

function locateError(
  document: TSourceDocument,
  position: (offset: number) => TTextPosition,
  path: TPathSegment[],
  message: string,
  at: "key" | "value",
): TBankError {
  const { offset } = document.locate(path, at);
  return { path: formatPath(path), ...position(offset), message };
}

/** In the order of the file, each problem once, at most MAX_REPORTED_ERRORS of them. */
function orderErrors(errors: TBankError[]): TBankError[] {
  const seen = new Set<string>();
  const unique = errors
    .filter((error) => {
      const key = `${error.path}\u0000${error.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
  if (unique.length <= MAX_REPORTED_ERRORS) return unique;
  const next = unique[MAX_REPORTED_ERRORS];
  const more = { ...next, message: `…and ${unique.length - MAX_REPORTED_ERRORS} more problems from here on; fix the ones above first.` };
  return [...unique.slice(0, MAX_REPORTED_ERRORS), more];
}

function describeValue(value: unknown): string {
  if (value === null) return "null (nothing)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number") return `the number ${value}`;
  return String(value);
}

function valueAt(root: unknown, path: TPathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
