import "server-only";
import { dbPool, prisma } from "@/lib/db";
import { ConflictError, ValidationError, type TFieldError } from "@/lib/errors";
import { answerValueSchema, isAnswerStateAllowed } from "@/lib/questionnaire/answer-value";
import { findQuestion } from "@/lib/questionnaire/find-question";
import type { TQuestion } from "@/lib/questionnaire/schema";
import { zodIssuesToFields } from "@/lib/http/route";
import { presentedToken, type TAccess } from "@/lib/assessments/access";
import { hashToken } from "@/lib/security/tokens";
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

/**
 * The statement that saves an answer for the respondent `target` names (a query giving at most one row
 * of "assessmentId" and "respondentId"; none, or a null respondent, writes nothing). Parameters: $3
 * question id, $4 state, $5 value (JSON), $6 note, $7 baseVersion; $1 and $2 (and more) are the target's.
 *
 * Saving an answer is what the product does most, so this goes to the pg pool directly, skipping
 * Prisma's query pipeline (bench/results.md measures the difference). "updatedAt" is stored as UTC
 * without a zone, as Prisma stores it; it is read back as a timestamptz so pg parses it as UTC. When
 * the upsert writes nothing (the same answer again, or a stale baseVersion), the same statement returns
 * the stored answer instead, so that neither case costs another round trip.
 */
function saveStatement(target: string): string {
  return `
  with target as (${target}),
  written as (
    insert into "Answer" ("id", "assessmentId", "respondentId", "questionId", "state", "value", "note", "version", "updatedAt")
    select gen_random_uuid(), t."assessmentId", t."respondentId", $3, $4::"AnswerState", $5::jsonb, $6, 1, now()
    from target t where t."respondentId" is not null
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
  where "respondentId" = (select t."respondentId" from target t) and "questionId" = $3 and not exists (select 1 from written)`;
}

// For an access already checked: $1 the review, $2 the respondent.
const SAVE_ANSWER = saveStatement(`select $1::uuid as "assessmentId", $2::uuid as "respondentId"`);

// The access check and the save in one statement: $1 the review, $2 the presented token's sha256, $8
// the bank version the review pinned (a guard: the value was checked against that version's question).
// The respondent is chosen as authorizeReview chooses it: the owner when the token is the edit link's,
// else the respondent whose link it is, unless revoked; none when the review has no owner.
const SAVE_ANSWER_WITH_TOKEN = saveStatement(`
    select a."id" as "assessmentId",
           case when o."id" is null then null
                when a."editTokenHash" = $2 then o."id"
                else (select r."id" from "Respondent" r where r."assessmentId" = a."id" and r."tokenHash" = $2 and r."revokedAt" is null)
           end as "respondentId"
    from "Assessment" a
    left join lateral (select r."id" from "Respondent" r where r."assessmentId" = a."id" and r."kind" = 'owner' order by r."createdAt" limit 1) o on true
    where a."id" = $1::uuid and a."questionnaireVersionId" = $8`);

// The stored answer on its own, read in a new statement (and so a new snapshot): see below.
const READ_ANSWER = `select ${ANSWER_COLUMNS}, false as "inserted", false as "written" from "Answer" where "respondentId" = $1::uuid and "questionId" = $2`;

type TNormalized = ReturnType<typeof normalizeAnswer>;

const sameAnswer = (row: TSaveRow, { state, value, note }: TNormalized) =>
  row.state === state && row.note === note && JSON.stringify(row.value ?? null) === JSON.stringify(value);

/**
 * Stores an answer in one statement, so concurrent writes neither lose an update nor double-count:
 * the row lock of ON CONFLICT serialises writers, the version goes up only when something changed,
 * and a stale baseVersion changes nothing. The same request twice changes nothing the second time.
 */
export async function putAnswer(access: TAccess, questionId: string, input: TAnswerInput): Promise<TPutAnswerResult> {
  const question = await questionOf(access, questionId);
  rememberPinnedVersion(access.assessmentId, access.questionnaireVersionId);
  const normalized = normalizeAnswer(question, input);
  const valueJson = normalized.value === null ? null : JSON.stringify(normalized.value);
  const base = input.baseVersion ?? null;

  // Without a baseVersion the write wins: if another write slipped in between, write again rather
  // than answer 409 to a client that asked for no check.
  for (let attempt = 1; ; attempt++) {
    const params = [access.assessmentId, access.respondentId, questionId, normalized.state, valueJson, normalized.note, base];
    const { rows } = await dbPool().query<TSaveRow>(SAVE_ANSWER, params);
    if (rows[0]?.written) return { answer: toStoredAnswer(rows[0]), changed: true, created: rows[0].inserted };

    // Nothing written: either the stored answer already says this (idempotent repeat), or the client's
    // baseVersion is stale and the answer changed meanwhile. No row at all means a write committed
    // after this statement's snapshot was taken (or a delete): read again, in a statement of its own.
    const current = rows[0] ?? (await dbPool().query<TSaveRow>(READ_ANSWER, [access.respondentId, questionId])).rows[0] ?? null;
    if (current !== null && sameAnswer(current, normalized)) return { answer: toStoredAnswer(current), changed: false, created: false };
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

/**
 * The autosave path in one database round trip: the access check and the save in one statement, for a
 * request that presents a review's edit or respondent token, once this instance knows which bank
 * version the review pinned (it never changes). Only the plain outcomes are answered here: written, or
 * the same answer again. Anything else (no access, an invalid answer, a stale baseVersion, a review this
 * instance has not seen) gives null, and the caller takes the full path (authorizeAnswering, then
 * putAnswer), which writes nothing this one did not and answers with the precise error.
 */
export async function saveInOneTrip(headers: Headers, assessmentId: string, questionId: string, input: TAnswerInput): Promise<TPutAnswerResult | null> {
  const versionId = pinnedVersions.get(assessmentId);
  const token = versionId ? presentedToken(headers, assessmentId) : undefined;
  if (!versionId || !token) return null;
  const found = findQuestion(await questionnaireForVersionId(versionId), questionId);
  if (!found) return null;
  let normalized: TNormalized;
  try {
    normalized = normalizeAnswer(found.question, input);
  } catch {
    return null;
  }
  const valueJson = normalized.value === null ? null : JSON.stringify(normalized.value);
  const params = [assessmentId, hashToken(token), questionId, normalized.state, valueJson, normalized.note, input.baseVersion ?? null, versionId];
  const row = (await dbPool().query<TSaveRow>(SAVE_ANSWER_WITH_TOKEN, params)).rows[0];
  if (row?.written) return { answer: toStoredAnswer(row), changed: true, created: row.inserted };
  if (row && sameAnswer(row, normalized)) return { answer: toStoredAnswer(row), changed: false, created: false };
  return null;
}

// Review id → the bank version it pinned, learnt from the full path. Ids only, no secret and no access:
// the access is checked in the statement each time. On globalThis, so that every route bundle and the
// production server's own copy of this module share it; bounded, oldest out.
const PINNED_VERSIONS_MAX = 50_000;
const pinnedVersions = ((globalThis as unknown as { faultlinePinnedVersions?: Map<string, string> }).faultlinePinnedVersions ??= new Map());

function rememberPinnedVersion(assessmentId: string, versionId: string): void {
  if (pinnedVersions.get(assessmentId) === versionId) return;
  if (pinnedVersions.size >= PINNED_VERSIONS_MAX) pinnedVersions.delete(pinnedVersions.keys().next().value!);
  pinnedVersions.set(assessmentId, versionId);
}

export async function deleteAnswer(access: TAccess, questionId: string): Promise<void> {
  await questionOf(access, questionId);
  await prisma.answer.deleteMany({ where: { respondentId: access.respondentId, questionId } });
}
