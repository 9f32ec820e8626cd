// Shared by the *.test.ts files beside it; not used by the application.
import path from "node:path";

import { readBankSource } from "./load";
import { ZQuestionnaire, type TQuestionnaire } from "./schema";

export const BANK_DIR = path.join(process.cwd(), "content", "backend-scaling");

type TRawQuestion = Record<string, unknown> & { id: string };
type TRawSection = Record<string, unknown> & { id: string; questions: TRawQuestion[] };
export type TRawBank = Record<string, unknown> & {
  diagnostics: { id: string; label: string; area: string }[];
  sections: TRawSection[];
};

/** A fresh, editable copy of the real bank as JSON, before validation. */
export function rawBank(): TRawBank {
  return structuredClone(readBankSource(BANK_DIR).data) as TRawBank;
}

/** The question with this id in a raw bank, and the path prefix of its fields. */
export function locate(bank: TRawBank, questionId: string) {
  for (const [s, section] of bank.sections.entries()) {
    const k = section.questions.findIndex((question) => question.id === questionId);
    if (k >= 0) {
      return { question: section.questions[k], section, s, k, path: `sections[${s}].questions[${k}]` };
    }
  }
  throw new Error(`No question ${questionId} in the bank`);
}

export function sectionIndex(bank: TRawBank, sectionId: string): number {
  const index = bank.sections.findIndex((section) => section.id === sectionId);
  if (index < 0) throw new Error(`No section ${sectionId} in the bank`);
  return index;
}

/**
 * A small bank for behaviour tests: a context section and one scored area with one question of each
 * type and a chain of conditions (a.gate → b.follow-up → b.deeper).
 */
export function miniQuestionnaire(): TQuestionnaire {
  return ZQuestionnaire.parse({
    key: "mini",
    version: 1,
    title: "Mini",
    diagnostics: [{ id: "d1", label: "Diagnostic one", area: "load" }],
    sections: [
      {
        id: "a",
        title: "Context",
        intro: "Not scored.",
        scored: false,
        questions: [
          {
            id: "a.gate",
            type: "single",
            prompt: "Which door do you take?",
            help: "The answer decides what comes next.",
            choices: [
              { id: "left", label: "Left" },
              { id: "right", label: "Right" },
            ],
          },
          {
            id: "a.count",
            type: "number",
            prompt: "How many services do you run?",
            help: "Some questions only apply to several.",
            min: 1,
            max: 100,
            unit: "services",
          },
        ],
      },
      {
        id: "b",
        title: "Load",
        intro: "Scored.",
        scored: true,
        measures: "risk",
        area: "load",
        questions: [
          {
            id: "b.follow-up",
            type: "multi",
            prompt: "Which of these apply to you?",
            help: "Only asked behind the left door.",
            choices: [
              { id: "x", label: "X", risk: 0.4 },
              { id: "y", label: "Y", risk: 0.3 },
              { id: "z", label: "Z", risk: 0.5 },
              { id: "none", label: "None of these", risk: 0, exclusive: true },
            ],
            aggregate: "sum",
            weight: 2,
            probes: ["d1"],
            showIf: { question: "a.gate", equals: "left" },
          },
          {
            id: "b.deeper",
            type: "scale",
            prompt: "How bad is X, from 1 to 5?",
            help: "Only asked when X applies.",
            min: 1,
            max: 5,
            labels: { min: "Fine", max: "Terrible" },
            riskyEnd: "max",
            weight: 1,
            probes: ["d1"],
            showIf: { question: "b.follow-up", includes: "x" },
          },
          {
            id: "b.ratio",
            type: "number",
            prompt: "What share of requests time out, in percent?",
            help: "A measured share, not a guess.",
            min: 0,
            max: 100,
            unit: "%",
            integer: false,
            bands: [
              { from: 0, risk: 0 },
              { from: 0.5, risk: 0.5 },
              { from: 5, risk: 1 },
            ],
            allowUnknown: true,
            unknownRisk: 0.8,
            allowNotApplicable: true,
            weight: 3,
            probes: ["d1"],
            showIf: { any: [{ question: "a.count", gte: 2 }, { question: "a.gate", in: ["right"] }] },
          },
          {
            id: "b.notes",
            type: "text",
            prompt: "Anything else to add?",
            help: "Free text; it is never scored.",
          },
        ],
      },
    ],
  });
}
