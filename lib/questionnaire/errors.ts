import type { TQuestionnaireIssue } from "./format-issues";

// Typed errors of this feature: a code and a message safe to show. A route maps not-found to 404;
// an invalid bank is a bug in content/ (500, logged with its issues).

export class QuestionnaireNotFoundError extends Error {
  readonly code = "questionnaire_not_found";
  readonly key: string;
  readonly version: number | undefined;

  constructor(key: string, version?: number) {
    super(
      version === undefined
        ? `No questionnaire "${key}"`
        : `No version ${version} of questionnaire "${key}"`,
    );
    this.name = "QuestionnaireNotFoundError";
    this.key = key;
    this.version = version;
  }
}

export class QuestionnaireInvalidError extends Error {
  readonly code = "questionnaire_invalid";
  readonly source: string;
  readonly issues: TQuestionnaireIssue[];

  constructor(source: string, issues: TQuestionnaireIssue[]) {
    const lines = issues.map((issue) => {
      const where = issue.file ? ` (${issue.file})` : "";
      return `  ${issue.path || "(root)"}${where}: ${issue.message}`;
    });
    super(`Invalid questionnaire ${source}:\n${lines.join("\n")}`);
    this.name = "QuestionnaireInvalidError";
    this.source = source;
    this.issues = issues;
  }
}
