import "server-only";
import { prisma } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { actorLabel, type TReviewAccess } from "@/lib/assessments/access";
import { toStoredAnswer, type TAnswerRow } from "@/lib/assessments/answer-mapping";
import { normalizeAnswer } from "@/lib/assessments/put-answer";
import { questionnaireForVersionId } from "@/lib/assessments/questionnaire-version";
import type { TAnswerInput, TStoredAnswer } from "@/lib/assessments/schemas";
import { findQuestion } from "@/lib/questionnaire/find-question";
import type { TQuestion } from "@/lib/questionnaire/schema";

export type TPutAgreedResult = { agreed: TStoredAnswer; changed: boolean; created: boolean };

async function questionOfReview(access: TReviewAccess, questionId: string): Promise<TQuestion> {
  const found = findQuestion(await questionnaireForVersionId(access.questionnaireVersionId), questionId);
  if (!found) throw new ValidationError([{ path: "questionId", message: `This review has no question "${questionId}"` }]);
  return found.question;
}

// The same single statement as an answer's upsert (put-answer.ts): the row lock serialises concurrent
// consultants, the version rises only when something changed, and a stale baseVersion changes nothing.
const UPSERT_AGREED = `
  insert into "AgreedAnswer" ("id", "assessmentId", "questionId", "state", "value", "note", "decidedById", "version", "updatedAt")
  values (gen_random_uuid(), $1::uuid, $2, $3::"AnswerState", $4::jsonb, $5, $6::uuid, 1, now())
  on conflict ("assessmentId", "questionId") do update
    set "state" = excluded."state", "value" = excluded."value", "note" = excluded."note", "decidedById" = excluded."decidedById",
        "version" = "AgreedAnswer"."version" + 1, "updatedAt" = now()
    where ("AgreedAnswer"."state", "AgreedAnswer"."value", "AgreedAnswer"."note") is distinct from (excluded."state", excluded."value", excluded."note")
      and ($7::int is null or "AgreedAnswer"."version" = $7::int)
  returning "questionId", "state"::text as "state", "value", "note", "version", ("updatedAt" at time zone 'UTC') as "updatedAt", (xmax = 0) as "inserted"`;

/**
 * Records the answer the consultant settled on for a question, checked against the question exactly as
 * a respondent's answer is (normalizeAnswer), with an audit record in the same transaction. Versioned
 * like answers: a stale baseVersion gets 409 with the current agreed answer; the same request twice
 * changes nothing the second time.
 */
export async function putAgreedAnswer(access: TReviewAccess, questionId: string, input: TAnswerInput): Promise<TPutAgreedResult> {
  const question = await questionOfReview(access, questionId);
  const { state, value, note } = normalizeAnswer(question, input);
  const decidedById = access.actor.kind === "member" ? access.actor.user.id : null;
  const base = input.baseVersion ?? null;
  return prisma.$transaction(async (tx) => {
    // Without a baseVersion the write wins: another consultant's write between the upsert and the
    // read-back is written over, not answered with 409 (put-answer.ts does the same).
    for (let attempt = 1; ; attempt++) {
      const rows = await tx.$queryRawUnsafe<(TAnswerRow & { inserted: boolean })[]>(
        UPSERT_AGREED,
        access.assessmentId,
        questionId,
        state,
        value === null ? null : JSON.stringify(value),
        note,
        decidedById,
        base,
      );
      if (rows[0]) {
        const agreed = toStoredAnswer(rows[0]);
        await tx.auditEvent.create({
          data: {
            assessmentId: access.assessmentId,
            actor: actorLabel(access.actor),
            action: "agreed-answer.recorded",
            data: { questionId, state: agreed.state, value: agreed.value as never, note, version: agreed.version },
          },
        });
        return { agreed, changed: true, created: rows[0].inserted };
      }
      const current = await tx.agreedAnswer.findUnique({
        where: { assessmentId_questionId: { assessmentId: access.assessmentId, questionId } },
        select: { questionId: true, state: true, value: true, note: true, version: true, updatedAt: true },
      });
      const same = current !== null && current.state === state && current.note === note && JSON.stringify(current.value ?? null) === JSON.stringify(value);
      if (same) return { agreed: toStoredAnswer(current), changed: false, created: false };
      if (base === null && attempt < 5) continue;
      if (current === null) throw new ConflictError(`The agreed answer was cleared since version ${base}. Send it again with baseVersion 0.`, null);
      throw new ConflictError(
        `The agreed answer changed since version ${base ?? "you read it"}: it is now at version ${current.version}. Choose which to keep and send it with baseVersion ${current.version}.`,
        toStoredAnswer(current),
      );
    }
  });
}

/** Clears the agreed answer (the report goes back to the majority's); with an audit record when there was one. */
export async function deleteAgreedAnswer(access: TReviewAccess, questionId: string): Promise<void> {
  await questionOfReview(access, questionId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.agreedAnswer.deleteMany({ where: { assessmentId: access.assessmentId, questionId } });
    if (count > 0) {
      await tx.auditEvent.create({ data: { assessmentId: access.assessmentId, actor: actorLabel(access.actor), action: "agreed-answer.cleared", data: { questionId } } });
    }
  });
}
