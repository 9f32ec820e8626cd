// npm run score -- answers.json [--format json|markdown]
// Scores an answers file ({"questionnaire"?: "key@version", "answers": {questionId: {value, state?, note?}}})
// against its question bank and prints the report. Exit codes: 0 report printed, 2 bad input (usage,
// file, answers), 1 anything unexpected (an invalid bank or rules in content/ is a bug, shown in full).
import { readFileSync } from "node:fs";

import { QuestionnaireNotFoundError } from "../lib/questionnaire/errors";
import { loadQuestionnaire } from "../lib/questionnaire/load";
import { buildReport } from "../lib/scoring/build-report";
import { parseAnswersFile } from "../lib/scoring/parse-answers-file";
import { renderMarkdown } from "../lib/scoring/render-markdown";
import { ScoringInputError } from "../lib/scoring/scoring-answers";

const USAGE = "Usage: npm run score -- answers.json [--format json|markdown]";

class InputError extends Error {}

function parseArgs(argv: string[]): { file: string; format: "json" | "markdown" } {
  let file: string | undefined;
  let format = "json";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === "--format") format = argv[++i] ?? "";
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg.startsWith("-")) throw new InputError(`Unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new InputError(`Give one answers file; also got ${arg}`);
  }
  if (file === undefined) throw new InputError("Give the answers file to score");
  if (format !== "json" && format !== "markdown") throw new InputError(`--format is json or markdown, not "${format}"`);
  return { file, format };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read the file${code ? ` (${code})` : ""}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function main(): void {
  const { file, format } = parseArgs(process.argv.slice(2));
  const parsed = parseAnswersFile(readJson(file));
  if (!parsed.ok) {
    throw new InputError(`${file} is not a valid answers file:\n${parsed.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
  }
  const { key, version, answers } = parsed.file;
  let questionnaire;
  try {
    questionnaire = loadQuestionnaire(key, { version });
  } catch (error) {
    if (error instanceof QuestionnaireNotFoundError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  let report;
  try {
    report = buildReport(questionnaire, answers);
  } catch (error) {
    if (error instanceof ScoringInputError) {
      throw new InputError(`${file}: the answers do not fit ${key}@${questionnaire.version}:\n${error.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
    }
    throw error;
  }
  process.stdout.write(format === "markdown" ? renderMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`);
}

// `npm run score -- x.json | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  main();
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
