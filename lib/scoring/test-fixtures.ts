// Shared by the *.test.ts files beside it; not used by the application.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";

import { listQuestions } from "../questionnaire/find-question";
import { loadQuestionnaire } from "../questionnaire/load";
import type { TQuestion, TQuestionnaire } from "../questionnaire/schema";
import { loadRules } from "./load-rules";
import { parseAnswersFile } from "./parse-answers-file";
import type { TRules } from "./rules-schema";
import type { TScoringAnswer, TScoringAnswers } from "./scoring-answers";

export const PROFILES_DIR = path.join(process.cwd(), "tests", "fixtures", "profiles");

let cached: { questionnaire: TQuestionnaire; rules: TRules } | undefined;

/** The real bank and its rules, loaded once per test file. */
export function bankAndRules(): { questionnaire: TQuestionnaire; rules: TRules } {
  if (!cached) {
    const questionnaire = loadQuestionnaire("backend-scaling");
    cached = { questionnaire, rules: loadRules(questionnaire) };
  }
  return cached;
}

export type TProfile = {
  name: string;
  story: string;
  answers: TScoringAnswers;
  expected: { recommendation: string; topFindings: string[]; minLevel?: string; maxLevel?: string };
};

export function loadProfiles(): TProfile[] {
  return readdirSync(PROFILES_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(path.join(PROFILES_DIR, file), "utf8"));
      const parsed = parseAnswersFile(data);
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
      return { name: file.replace(/\.json$/, ""), story: data.story, answers: parsed.file.answers, expected: data.expected };
    });
}

/** Every answered value a question can take, in a form fast-check can draw from. */
export function valueArbitrary(question: TQuestion): fc.Arbitrary<unknown> {
  switch (question.type) {
    case "single":
      return fc.constantFrom(...question.choices.map((c) => c.id));
    case "multi": {
      const open = question.choices.filter((c) => !c.exclusive).map((c) => c.id);
      const exclusive = question.choices.filter((c) => c.exclusive).map((c) => [c.id]);
      const subsets = fc.subarray(open, { minLength: 1 });
      return exclusive.length > 0 ? fc.oneof(subsets, fc.constantFrom(...exclusive)) : subsets;
    }
    case "scale":
      return fc.integer({ min: question.min, max: question.max });
    case "number": {
      const interesting = [question.min, ...(question.bands ?? []).map((b) => b.from), Math.min(question.max, 60)];
      return fc.oneof(fc.constantFrom(...interesting), fc.integer({ min: question.min, max: Math.min(question.max, 80) }));
    }
    case "text":
      return fc.string({ maxLength: 40 });
  }
}

/** One answer in any state the question accepts, or no answer at all (undefined). */
export function answerArbitrary(question: TQuestion): fc.Arbitrary<TScoringAnswer | undefined> {
  const options: fc.Arbitrary<TScoringAnswer | undefined>[] = [
    valueArbitrary(question).map((value) => ({ state: "answered" as const, value })),
    valueArbitrary(question).map((value) => ({ state: "answered" as const, value })),
    valueArbitrary(question).map((value) => ({ state: "answered" as const, value })),
    fc.constant(undefined),
  ];
  if (question.allowUnknown) options.push(fc.constant({ state: "unknown" as const }));
  if (question.allowNotApplicable) options.push(fc.constant({ state: "not_applicable" as const, note: "Not for us" }));
  return fc.oneof(...options);
}

/** Answers to the whole bank, hidden questions included (they must be ignored). */
export function answersArbitrary(questionnaire: TQuestionnaire): fc.Arbitrary<TScoringAnswers> {
  const entries = listQuestions(questionnaire).map(({ question }) => [question.id, answerArbitrary(question)] as const);
  return fc.record(Object.fromEntries(entries)).map((record) => {
    const answers: Record<string, TScoringAnswer> = {};
    for (const [id, answer] of Object.entries(record)) if (answer) answers[id] = answer as TScoringAnswer;
    return answers;
  });
}

/**
 * Answers to which every question of the bank is visible: several services, a queue in the database,
 * several instances, strong rewrite pressure. Other questions are left to the caller.
 */
export const ALL_VISIBLE: TScoringAnswers = {
  "context.services": { state: "answered", value: 3 },
  "database.roles": { state: "answered", value: ["queue"] },
  "state.routing": { state: "answered", value: "any-instance" },
  "symptoms.rewrite-pressure": { state: "answered", value: 4 },
};
