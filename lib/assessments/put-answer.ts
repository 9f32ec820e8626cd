import "server-only";
import { dbPool, prisma } from "@/lib/db";
import { ConflictError, ValidationError, type TFieldError } from "@/lib/errors";
import { answerValueSchema, isAnswerStateAllowed } from "@/lib/questionnaire/answer-value";
import { findQuestion } from "@/lib/questionnaire/find-question";
import type { TQuestion } from "@/lib/questionnaire/schema";
import { zodIssuesToFields } from "@/lib/http/route";
import type { TAccess } from "@/lib/assessments/access";
import { toDbState, toStoredAnswer, type TAnswerRow } from "@/lib/assessments/answer-mapping";
import { questionnaireForVersionId } from "@/lib/assessments/questionnaire-version";
import type { TAnswerInput, TStoredAnswer } from "@/lib/assessments/schemas";

export type TPutAnswerResult = { answer: TStoredAnswer; changed: boolean; created: boolean };

/** The question an answer is for, in the bank version the assessment pinned; 422 when there is none. */
export async function questionOf(access: TAccess, questionId: string): Promise<TQuestion> {
  const questionnaire = await questionnaireForVersionId(access.questionnaireVersionId);
  const found = findQuestion(questionnaire, questionId);
  if (!found) throw new ValidationError([{ path: "questionId", message: `This review has no question "${questionId}"` }]);
  return found.question;
}

/** Checks an answer against its question and returns what to store. */
export function normalizeAnswer(question: TQuestion, input: TAnswerInput): { state: TAnswerRow["state"]; value: unknown; note: string | null } {
  const errors: TFieldError[] = [];
  const state = toDbState(input.state);
  let value: unknown = null;
  if (!isAnswerStateAllowed(question, state)) {
    errors.push({ path: "state", message: `This question does not accept "${input.state}"` });
  } else if (state === "answered") {
    const parsed = answerValueSchema(question).safeParse(input.value);
    if (parsed.success) value = parsed.data;
    else errors.push(...zodIssuesToFields(parsed.error.issues, ["value"]));
  } else if (input.value !== undefined && input.value !== null) {
    errors.push({ path: "value", message: `Leave value out when the state is "${input.state}"` });
  }
  const note = input.note?.trim() ? input.note : null;
  if (state === "not_applicable" && !note) {
    errors.push({ path: "note", message: "Say in the note why this question does not apply" });
  }
  if (errors.length) throw new ValidationError(errors);
  return { state, value, note };
}

type TSaveRow = TAnswerRow & { inserted: boolean; written: boolean };

const ANSWER_COLUMNS = `"questionId", "state"::text as "state", "value", "note", "version", ("updatedAt" at time zone 'UTC') as "updatedAt"`;

// Saving an answer is what the product does most, so this statement goes to the pg pool directly,
// skipping Prisma's query pipeline (bench/results.md measures the difference). "updatedAt" is stored
// as UTC without a zone, as Prisma stores it; it is read back as a timestamptz so pg parses it as UTC.
// When the upsert writes nothing (the same answer again, or a stale baseVersion), the same statement
// returns the stored answer instead, so that neither case costs a second round trip.
const SAVE_ANSWER = `
  with written as (
    insert into "Answer" ("id", "assessmentId", "respondentId", "questionId", "state", "value", "note", "version", "updatedAt")
    values (gen_random_uuid(), $1::uuid, $2::uuid, $3, $4::"AnswerState", $5::jsonb, $6, 1, now())
    on conflict ("respondentId", "questionId") do update
      set "state" = excluded."state", "value" = excluded."value", "note" = excluded."note",
          "version" = "Answer"."version" + 1, "updatedAt" = now()
      where ("Answer"."state", "Answer"."value", "Answer"."note") is distinct from (excluded."state", excluded."value", excluded."note")
        and ($7::int is null or "Answer"."version" = $7::int)
    returning ${ANSWER_COLUMNS}, (xmax = 0) as "inserted", true as "written"
  )
  select * from written
  union all
  select ${ANSWER_COLUMNS}, false, false from "Answer"
  where "respondentId" = $2::uuid and "questionId" = $3 and not exists (select 1 from written)`;

// The stored answer on its own, read in a new statement (and so a new snapshot): see below.
const READ_ANSWER = `select ${ANSWER_COLUMNS}, false as "inserted", false as "written" from "Answer" where "respondentId" = $1::uuid and "questionId" = $2`;

/**
 * Stores an answer in one statement, so concurrent writes neither lose an update nor double-count:
 * the row lock of ON CONFLICT serialises writers, the version goes up only when something changed,
 * and a stale baseVersion changes nothing. The same request twice changes nothing the second time.
 */
export async function putAnswer(access: TAccess, questionId: string, input: TAnswerInput): Promise<TPutAnswerResult> {
  const question = await questionOf(access, questionId);
  const { state, value, note } = normalizeAnswer(question, input);
  const valueJson = value === null ? null : JSON.stringify(value);
  const base = input.baseVersion ?? null;

  // Without a baseVersion the write wins: if another write slipped in between, write again rather
  // than answer 409 to a client that asked for no check.
  for (let attempt = 1; ; attempt++) {
    const { rows } = await dbPool().query<TSaveRow>(SAVE_ANSWER, [access.assessmentId, access.respondentId, questionId, state, valueJson, note, base]);
    if (rows[0]?.written) return { answer: toStoredAnswer(rows[0]), changed: true, created: rows[0].inserted };

    // Nothing written: either the stored answer already says this (idempotent repeat), or the client's
    // baseVersion is stale and the answer changed meanwhile. No row at all means a write committed
    // after this statement's snapshot was taken (or a delete): read again, in a statement of its own.
    const current = rows[0] ?? (await dbPool().query<TSaveRow>(READ_ANSWER, [access.respondentId, questionId])).rows[0] ?? null;
    const same = current !== null && current.state === state && current.note === note && JSON.stringify(current.value ?? null) === JSON.stringify(value);
    if (same) return { answer: toStoredAnswer(current), changed: false, created: false };
    if (base === null && attempt < 5) continue;
    if (current === null) {
      // Deleted meanwhile: there is nothing the client's baseVersion could have seen.
      throw new ConflictError(`The answer was removed since version ${base}. Send it again with baseVersion 0.`, null);
    }
    throw new ConflictError(
      `The answer changed since version ${base ?? "you read it"}: it is now at version ${current.version}. Choose which to keep and send it with baseVersion ${current.version}.`,
      toStoredAnswer(current),
    );
  }
}

export async function deleteAnswer(access: TAccess, questionId: string): Promise<void> {
  await questionOf(access, questionId);
  await prisma.answer.deleteMany({ where: { respondentId: access.respondentId, questionId } });
}
