import { z } from "zod";

import type { TQuestionnaireIssue } from "../questionnaire/format-issues";
import { formatAnswerPath, type TScoringAnswers } from "./scoring-answers";

/**
 * An answers file for `npm run score` (DESIGN.md): `{"questionnaire"?: "key@version", "answers":
 * {questionId: {value, state?, note?}}}`, with the API's spelling of states ("not-applicable").
 * Other top-level fields are allowed, so a profile fixture (with its story and expectations) can be
 * scored as it is.
 */
export const ZAnswersFile = z.looseObject({
  questionnaire: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:@[1-9][0-9]*)?$/, 'Use a bank key, optionally with a version: "backend-scaling@1"')
    .optional(),
  answers: z.record(
    z.string().min(1),
    z.strictObject({
      value: z.unknown().optional(),
      state: z.enum(["answered", "unknown", "not-applicable"]).default("answered"),
      note: z.string().max(5000).nullable().optional(),
    }),
  ),
});

export type TAnswersFile = { key: string; version?: number; answers: TScoringAnswers };

export type TParsedAnswersFile = { ok: true; file: TAnswersFile } | { ok: false; issues: TQuestionnaireIssue[] };

export function parseAnswersFile(data: unknown, defaultKey = "backend-scaling"): TParsedAnswersFile {
  const parsed = ZAnswersFile.safeParse(data);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: formatAnswerPath(issue.path) || "(file)", message: issue.message })) };
  }
  const [key, version] = (parsed.data.questionnaire ?? defaultKey).split("@");
  const answers: Record<string, TScoringAnswers[string]> = {};
  for (const [id, answer] of Object.entries(parsed.data.answers)) {
    answers[id] = {
      state: answer.state === "not-applicable" ? "not_applicable" : answer.state,
      ...(answer.value !== undefined ? { value: answer.value } : {}),
      ...(answer.note != null ? { note: answer.note } : {}),
    };
  }
  return { ok: true, file: { key, version: version === undefined ? undefined : Number(version), answers } };
}
