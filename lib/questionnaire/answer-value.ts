import { z } from "zod";

import { isStorableText, STORABLE_TEXT_MESSAGE } from "../storable-text";
import type { TAnswerState } from "./answer";
import type { TChoiceQuestion, TQuestion } from "./schema";

/** A choice id (single), choice ids (multi), a number (scale, number) or text. */
export type TAnswerValue = string | string[] | number;

/**
 * The schema of an answered value for one question, so a route can answer 422 with what is wrong:
 * a wrong type, an unknown choice, a number out of range.
 */
export function answerValueSchema(question: TQuestion): z.ZodType<TAnswerValue> {
  // Every save checks its value, so each question's schema is built once (questions never change once loaded).
  let schema = schemas.get(question);
  if (!schema) {
    schema = buildAnswerValueSchema(question);
    schemas.set(question, schema);
  }
  return schema;
}

const schemas = new WeakMap<TQuestion, z.ZodType<TAnswerValue>>();

function buildAnswerValueSchema(question: TQuestion): z.ZodType<TAnswerValue> {
  switch (question.type) {
    case "single":
      return choiceIdSchema(question);
    case "multi":
      return z
        .array(choiceIdSchema(question))
        .min(1, "Pick at least one choice")
        .superRefine((ids, ctx) => {
          ids.forEach((id, index) => {
            if (ids.indexOf(id) !== index) {
              ctx.addIssue({ code: "custom", path: [index], message: `"${id}" is picked twice` });
            }
            const exclusive = question.choices.some((choice) => choice.id === id && choice.exclusive);
            if (exclusive && ids.length > 1) {
              ctx.addIssue({
                code: "custom",
                path: [index],
                message: `"${id}" cannot be combined with other choices`,
              });
            }
          });
        });
    case "scale":
      return z
        .int(`Pick a whole number from ${question.min} to ${question.max}`)
        .min(question.min, `Pick a whole number from ${question.min} to ${question.max}`)
        .max(question.max, `Pick a whole number from ${question.min} to ${question.max}`);
    case "number": {
      const range = `from ${question.min} to ${question.max}`;
      const base = question.integer
        ? z.int(`Enter a whole number ${range}`)
        : z.number(`Enter a number ${range}`);
      return base.min(question.min, `Enter a number ${range}`).max(question.max, `Enter a number ${range}`);
    }
    case "text":
      return z
        .string("Enter text")
        .max(question.maxLength, `Keep it under ${question.maxLength} characters`)
        .refine(isStorableText, STORABLE_TEXT_MESSAGE);
  }
}

function choiceIdSchema(question: TChoiceQuestion) {
  const ids = question.choices.map((choice) => choice.id);
  return z
    .string("Expected a choice id")
    .refine((id) => ids.includes(id), { message: `Expected one of: ${ids.join(", ")}` });
}

/** Whether a question accepts "don't know" or "not applicable" (an answered value is always fine). */
export function isAnswerStateAllowed(question: TQuestion, state: TAnswerState): boolean {
  if (state === "unknown") return question.allowUnknown;
  if (state === "not_applicable") return question.allowNotApplicable;
  return true;
}
