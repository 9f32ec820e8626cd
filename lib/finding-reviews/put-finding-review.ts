import "server-only";
import { prisma } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { actorLabel, type TReviewAccess } from "@/lib/assessments/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getReport } from "@/lib/reports/get-report";
import { RISK_META } from "@/components/ui/risk-levels";
import { FINDING_REVIEW_SELECT, toFindingReview } from "./list-finding-reviews";
import type { TFindingReview, TFindingReviewInput } from "./schemas";

export type TFindingReviewState = Pick<TFindingReview, "note" | "severity" | "justification">;
export type TFindingReviewResult = { review: TFindingReview & { computedSeverity: TFindingReview["severity"]; findingTitle: string }; changed: boolean };

/**
 * Sets a reviewer's note and/or severity adjustment on one finding of a review (run capability).
 * The finding must be raised by the review's current report: a note or a severity on a finding the
 * answers do not raise would have nowhere to be read, and "differs from the computed severity" needs a
 * computed severity. Omitted fields stay; null clears; a severity needs its justification (zod, in
 * schemas.ts) and must differ from the computed one. A stale baseVersion is a 409 with the current
 * review; a request that changes nothing changes nothing (no new version, no audit record).
 */
export async function putFindingReview(access: TReviewAccess, findingId: string, input: TFindingReviewInput): Promise<TFindingReviewResult> {
  const finding = await raisedFinding(access.assessmentId, findingId);
  if (input.severity && input.severity === finding.computedSeverity) {
    throw new ValidationError([
      { path: "severity", message: `Faultline already rates this finding ${RISK_META[input.severity].label}; choose another severity, or send null to keep the computed one` },
    ]);
  }
  return writeReview(access, finding, input.baseVersion, (current) => ({
    note: input.note === undefined ? current.note : input.note?.trim() ? input.note.trim() : null,
    severity: input.severity === undefined ? current.severity : input.severity,
    justification: input.severity === undefined ? current.justification : (input.justification?.trim() ?? null),
  }));
}

/**
 * Clears a finding's review (note and adjustment). Allowed whether or not the finding is still raised,
 * so a review left behind by changed answers can always be removed. The row stays with its version, so
 * a client holding an older version still gets a 409 rather than overwriting blindly.
 */
export async function clearFindingReview(access: TReviewAccess, findingId: string, baseVersion: number | undefined): Promise<TFindingReviewResult> {
  const view = await getReport(access.assessmentId, { whatWouldChangeIt: false });
  const found = view.report.findings.find((f) => f.id === findingId);
  const finding = { id: findingId, title: found?.title ?? findingId, computedSeverity: found ? (found.computedSeverity ?? found.severity) : null };
  return writeReview(access, finding, baseVersion, () => ({ note: null, severity: null, justification: null }));
}

type TFindingRef = { id: string; title: string; computedSeverity: TFindingReview["severity"] };

async function raisedFinding(assessmentId: string, findingId: string): Promise<TFindingRef> {
  const view = await getReport(assessmentId, { whatWouldChangeIt: false });
  const found = view.report.findings.find((f) => f.id === findingId);
  if (!found) {
    throw new ValidationError(
      [{ path: "findingId", message: `The current report does not raise the finding "${findingId}"; reviewer notes and severities go on raised findings only` }],
      "This finding is not raised by the review's current answers.",
    );
  }
  return { id: found.id, title: found.title, computedSeverity: found.computedSeverity ?? found.severity };
}

async function writeReview(
  access: TReviewAccess,
  finding: TFindingRef,
  baseVersion: number | undefined,
  next: (current: TFindingReviewState) => TFindingReviewState,
): Promise<TFindingReviewResult> {
  const by = await reviewerOf(access);
  const result = await prisma.$transaction(async (tx) => {
    // A version-0 row stands for "no review yet", so concurrent first writes meet on one row lock.
    await tx.$executeRaw`insert into "FindingReview" ("id", "assessmentId", "findingId", "version", "updatedAt")
      values (gen_random_uuid(), ${access.assessmentId}::uuid, ${finding.id}, 0, now())
      on conflict ("assessmentId", "findingId") do nothing`;
    await tx.$queryRaw`select 1 from "FindingReview" where "assessmentId" = ${access.assessmentId}::uuid and "findingId" = ${finding.id} for update`;
    const row = await tx.findingReview.findUniqueOrThrow({
      where: { assessmentId_findingId: { assessmentId: access.assessmentId, findingId: finding.id } },
      select: FINDING_REVIEW_SELECT,
    });
    const current = toFindingReview(row);
    if (baseVersion !== undefined && baseVersion !== row.version) {
      throw new ConflictError(`Someone else changed this finding's review (now version ${row.version}; you saw ${baseVersion}).`, { ...current, computedSeverity: finding.computedSeverity });
    }
    const before: TFindingReviewState = { note: current.note, severity: current.severity, justification: current.justification };
    const after = next(before);
    if (before.note === after.note && before.severity === after.severity && before.justification === after.justification) {
      return { row: current, changed: false };
    }
    const updated = await tx.findingReview.update({
      where: { assessmentId_findingId: { assessmentId: access.assessmentId, findingId: finding.id } },
      data: { ...after, updatedById: by.id, updatedByName: by.name, version: { increment: 1 } },
      select: FINDING_REVIEW_SELECT,
    });
    const cleared = after.note === null && after.severity === null;
    await tx.auditEvent.create({
      data: {
        assessmentId: access.assessmentId,
        actor: actorLabel(access.actor),
        action: cleared ? "finding-review.cleared" : "finding-review.changed",
        data: { findingId: finding.id, findingTitle: finding.title, computedSeverity: finding.computedSeverity, before, after, by, version: updated.version } as Prisma.InputJsonValue,
      },
    });
    return { row: toFindingReview(updated), changed: true };
  });
  return { review: { ...result.row, computedSeverity: finding.computedSeverity, findingTitle: finding.title }, changed: result.changed };
}

/** Who the report names as the reviewer: the member's account name, else the review's owner. */
async function reviewerOf(access: TReviewAccess): Promise<{ id: string | null; name: string }> {
  if (access.actor.kind === "member") return { id: access.actor.user.id, name: access.actor.user.name };
  const owner = await prisma.respondent.findUnique({ where: { id: access.ownerRespondentId }, select: { name: true } });
  return { id: null, name: owner?.name?.trim() || "The review's owner" };
}
