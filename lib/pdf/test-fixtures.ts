// Shared by the PDF tests (lib/pdf/*.test.ts, tests/integration/pdf.test.ts); not used by the application.
// Builds a TReportView the way lib/reports/get-report.ts does, from a profile's answers and without a
// database, so the PDF can be rendered from realistic reports in tests.
import { readFileSync } from "node:fs";
import path from "node:path";

import type { TAppendixEntry, TAppendixSection, TReportView } from "../reports/get-report";
import { listQuestions } from "../questionnaire/find-question";
import { loadQuestionnaire } from "../questionnaire/load";
import type { TQuestion, TQuestionnaire } from "../questionnaire/schema";
import { getVisibleQuestionIds } from "../questionnaire/visibility";
import { buildReport } from "../scoring/build-report";
import { describeAnswer } from "../scoring/describe-answer";
import { parseAnswersFile } from "../scoring/parse-answers-file";
import type { TScoringAnswer, TScoringAnswers } from "../scoring/scoring-answers";

export const PROFILES_DIR = path.join(process.cwd(), "tests", "fixtures", "profiles");

export function bank(): TQuestionnaire {
  return loadQuestionnaire("backend-scaling");
}

/** A profile's answers (tests/fixtures/profiles/NAME.json), with the API's states mapped as stored. */
export function profileAnswers(name: string): TScoringAnswers {
  const data = JSON.parse(readFileSync(path.join(PROFILES_DIR, `${name}.json`), "utf8"));
  const parsed = parseAnswersFile(data);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.file.answers;
}

/** The appendix as get-report.ts builds it: every visible question, by section, with its answer and note. */
export function buildAppendix(questionnaire: TQuestionnaire, answers: TScoringAnswers): TAppendixSection[] {
  const visible = getVisibleQuestionIds(questionnaire, answers);
  const located = listQuestions(questionnaire);
  return questionnaire.sections.map((section) => ({
    id: section.id,
    title: section.title,
    entries: located
      .filter((l) => l.section.id === section.id && visible.has(l.question.id))
      .map(({ question }) => {
        const answer = answers[question.id];
        return {
          questionId: question.id,
          prompt: question.prompt,
          answer: answer ? describeAnswer(question, answer) : "Not answered",
          note: answer?.state === "not_applicable" ? null : (answer?.note ?? null),
          state: !answer ? "unanswered" : answer.state === "not_applicable" ? "not-applicable" : answer.state,
        } satisfies TAppendixEntry;
      }),
  }));
}

export type TViewOptions = { title?: string; organization?: string | null; updatedAt?: string; whatWouldChangeIt?: boolean };

/** A whole TReportView for some answers; fixed id and dates so renders are repeatable. */
export function viewFor(questionnaire: TQuestionnaire, answers: TScoringAnswers, options: TViewOptions = {}): TReportView {
  const report = buildReport(questionnaire, answers, { whatWouldChangeIt: options.whatWouldChangeIt ?? true });
  return {
    assessment: {
      id: "3f6c2a9e-8b1d-4c7a-9e2f-5a0b1c2d3e4f",
      title: options.title ?? "Backend scaling review",
      organization: options.organization === undefined ? "Northwind Invoicing" : options.organization,
      status: "published",
      createdAt: "2026-11-02T09:30:00.000Z",
      updatedAt: options.updatedAt ?? "2026-11-24T16:05:00.000Z",
    },
    report,
    appendix: buildAppendix(questionnaire, answers),
  };
}

export function profileView(name: string, options: TViewOptions = {}): TReportView {
  return viewFor(bank(), profileAnswers(name), options);
}

// A 2,000-character note in several scripts, so wrapping, fallback fonts and clipping are exercised.
const NOTE_TEXT =
  "We measured this twice in production; the numbers below are from the last incident review. Café naïve façade: " +
  "Müller, Jørgensen and Ødegaard own the billing path, and Ω is how we call the overnight settlement batch. " +
  "中文说明：数据库在高峰期既是队列又是缓存，报表查询与写入互相争用锁。 ";

/** A note of exactly `length` characters that ends with a marker unique to `index` (to look for in the text). */
export function longNote(index: number, length = 2000): string {
  const end = ` [end of note ${index} é ü ø Ω 中文]`;
  let body = "";
  while (body.length < length - end.length) body += NOTE_TEXT;
  return body.slice(0, length - end.length).trimEnd().padEnd(length - end.length, ".") + end;
}

/**
 * Answers to every question of the bank, each with a 2,000-character note: all questions visible (a
 * queue in the database, several services and instances, rewrite pressure), the riskiest choice for
 * each so that most findings fire.
 */
export function everyQuestionAnswered(questionnaire: TQuestionnaire): TScoringAnswers {
  const answers: Record<string, TScoringAnswer> = {};
  listQuestions(questionnaire).forEach(({ question }, i) => {
    answers[question.id] = { state: "answered", value: riskyValue(question), note: longNote(i + 1) };
  });
  answers["context.services"] = { ...answers["context.services"], value: 6 };
  answers["database.roles"] = { ...answers["database.roles"], value: ["queue", "cache", "sessions", "reporting"].filter((id) => hasChoice(questionnaire, "database.roles", id)) };
  answers["state.routing"] = { ...answers["state.routing"], value: firstChoice(questionnaire, "state.routing", "any-instance") };
  answers["symptoms.rewrite-pressure"] = { ...answers["symptoms.rewrite-pressure"], value: 4 };
  return answers;
}

function riskyValue(question: TQuestion): unknown {
  switch (question.type) {
    case "single":
      return question.choices[question.choices.length - 1].id;
    case "multi":
      return question.choices.filter((c) => !c.exclusive).map((c) => c.id);
    case "scale":
      return question.max;
    case "number":
      return Math.min(question.max, Math.max(question.min, 12));
    case "text":
      return "Settlement exports, the nightly reconciliation and the partner API. Ærø, Zürich, Ωmega, 中文.";
  }
}

function hasChoice(questionnaire: TQuestionnaire, questionId: string, choiceId: string): boolean {
  const found = listQuestions(questionnaire).find((l) => l.question.id === questionId)?.question;
  return !!found && "choices" in found && found.choices.some((c) => c.id === choiceId);
}

function firstChoice(questionnaire: TQuestionnaire, questionId: string, preferred: string): string {
  const found = listQuestions(questionnaire).find((l) => l.question.id === questionId)?.question;
  if (!found || !("choices" in found)) return preferred;
  return found.choices.some((c) => c.id === preferred) ? preferred : found.choices[0].id;
}
