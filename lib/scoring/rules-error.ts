import type { TQuestionnaireIssue } from "../questionnaire/format-issues";

/** The rules in content/ are invalid: a bug in content/, reported with every issue and its file. */
export class RulesInvalidError extends Error {
  readonly code = "rules_invalid";
  readonly source: string;
  readonly issues: TQuestionnaireIssue[];

  constructor(source: string, issues: TQuestionnaireIssue[]) {
    const lines = issues.map((issue) => `  ${issue.path || "(root)"}${issue.file ? ` (${issue.file})` : ""}: ${issue.message}`);
    super(`Invalid scoring rules ${source}:\n${lines.join("\n")}`);
    this.name = "RulesInvalidError";
    this.source = source;
    this.issues = issues;
  }
}

/** No rules exist for this questionnaire version. */
export class RulesNotFoundError extends Error {
  readonly code = "rules_not_found";

  constructor(key: string, version: number) {
    super(`No scoring rules for ${key}@${version}`);
    this.name = "RulesNotFoundError";
  }
}
