import type { z } from "zod";

export type TPathSegment = string | number;

export type TQuestionnaireIssue = {
  /** e.g. `sections[2].questions[4].showIf.question` */
  path: string;
  message: string;
  /** The file the field is in, when the bank was assembled from several files. */
  file?: string;
};

/** `["sections", 2, "questions", 4, "id"]` → `sections[2].questions[4].id` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === "number") return `${text}[${segment}]`;
    const name = String(segment);
    return text === "" ? name : `${text}.${name}`;
  }, "");
}

export function formatIssues(error: z.ZodError): TQuestionnaireIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
