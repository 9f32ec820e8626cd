import { z } from "zod";

import type { TQuestionnaire } from "../questionnaire/schema";
import type { TRules } from "../scoring/rules-schema";

// The one file format a question bank travels in, on import and on export (README.md beside this file).
// Pure: the browser (format detection, the form) and the server both import it.

/** The value of a bank file's `faultline` field: what it is and the version of this format. */
export const BANK_FORMAT = "question-bank/1";

/** The largest bank file accepted, in bytes of UTF-8. The built-in bank is about 150 KB as JSON. */
export const MAX_BANK_BYTES = 1024 * 1024;

export const BANK_SOURCE_FORMATS = ["json", "yaml"] as const;
export const ZBankSourceFormat = z.enum(BANK_SOURCE_FORMATS, { error: 'Use "json" or "yaml"' });
export type TBankSourceFormat = z.infer<typeof ZBankSourceFormat>;

/**
 * The envelope. `questionnaire` is the bank as content/<key>/bank.json with its sections written in
 * place; `rules` is content/<key>/rules/ in one object (index.json without `files`, plus `findings`,
 * `recommendation` and `loadShape`). The rules' `questionnaire: {key, version}` may be left out: it is
 * the questionnaire's own.
 */
export const ZBankEnvelope = z.strictObject({
  faultline: z.literal(BANK_FORMAT, { error: `The first field is faultline: ${BANK_FORMAT}` }),
  questionnaire: z.record(z.string(), z.unknown(), { error: "questionnaire is an object: the bank's key, version, title, diagnostics and sections" }),
  rules: z.record(z.string(), z.unknown(), { error: "rules is an object: the scoring rules (levels, areas, findings, recommendation, loadShape, ...)" }),
});
export type TBankEnvelope = z.infer<typeof ZBankEnvelope>;

/** A bank file's content as an author writes it (before defaults are filled in). */
export type TBankDocument = { faultline: typeof BANK_FORMAT; questionnaire: unknown; rules: unknown };

/** A validated bank: what a review pins (the snapshot in QuestionnaireVersion). */
export type TValidBank = { questionnaire: TQuestionnaire; rules: TRules };

/** One problem in an uploaded bank: where (the field's path and its place in the text) and what. */
export type TBankError = {
  /** e.g. `questionnaire.sections[2].questions[4].choices[1].id`; "" for the document as a whole. */
  path: string;
  /** 1-based, in the uploaded text. */
  line: number;
  column: number;
  message: string;
};
