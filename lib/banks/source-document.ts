import type { TPathSegment } from "../questionnaire/format-issues";

/**
 * An uploaded text parsed into a value, with a way back from a field's path to its place in the text,
 * so that an error found on the value (by zod, by the bank's invariants) can point into the file.
 */
export type TSourceDocument = {
  value: unknown;
  /**
   * The offset of the field at `path`: of its value, or of its key with `at: "key"`. When the path does
   * not exist (a field that is missing), the offset of the nearest ancestor that does, and `found: false`.
   */
  locate(path: readonly TPathSegment[], at?: "key" | "value"): { offset: number; found: boolean };
};

/** A text that is not well-formed JSON or YAML: where it broke, and inside which field. */
export type TSyntaxIssue = { offset: number; path: TPathSegment[]; message: string };

export type TSourceResult = { ok: true; document: TSourceDocument } | { ok: false; issues: TSyntaxIssue[] };
