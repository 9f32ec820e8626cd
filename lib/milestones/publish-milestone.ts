import "server-only";
import { actorLabel, type TReviewAccess } from "@/lib/assessments/access";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { defaultMilestoneLabel } from "@/lib/milestones/default-label";
import { publisherOf } from "@/lib/milestones/publisher";
import { loadReportAnswers } from "@/lib/milestones/report-answers";
import type { TPublishMilestoneInput } from "@/lib/milestones/schemas";
import { getReport } from "@/lib/reports/get-report";

export type TPublishedMilestone = { id: string; number: number; label: string; createdAt: string; publishedByName: string | null };

// Enough for many simultaneous publishes of one review; each retry happens only after another publish committed.
const MAX_ATTEMPTS = 12;

/**
 * Freezes the review's report as the next milestone: the report view exactly as getReport() renders it
 * now and the answers it was built from, numbered 1, 2, 3… per review. Numbers are race-safe: the next
 * number is read inside the transaction and unique(assessmentId, number) refuses a duplicate, which is
 * retried with the number after it. The review becomes "published" and the audit record is written in
 * the same transaction. Milestones are never updated or deleted (no route does either).
 */
export async function publishMilestone(access: TReviewAccess, input: TPublishMilestoneInput): Promise<TPublishedMilestone> {
  const assessmentId = access.assessmentId;
  const [view, answers] = await Promise.all([getReport(assessmentId), loadReportAnswers(assessmentId, access.questionnaireVersionId)]);
  // Frozen: the cover says "Final version" rather than "Follows the latest answers".
  const frozen = { ...view, assessment: { ...view.assessment, status: "published" as const } };
  const publisher = publisherOf(access.actor);

  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const last = await tx.milestone.aggregate({ where: { assessmentId }, _max: { number: true } });
        const number = (last._max.number ?? 0) + 1;
        const now = new Date();
        const label = input.label || defaultMilestoneLabel(number, now);
        const milestone = await tx.milestone.create({
          data: {
            assessmentId,
            number,
            label,
            answers: answers as Prisma.InputJsonValue,
            report: frozen as unknown as Prisma.InputJsonValue,
            publishedById: publisher.id,
            publishedByName: publisher.name,
            createdAt: now,
          },
          select: { id: true, number: true, label: true, createdAt: true, publishedByName: true },
        });
        await tx.assessment.update({ where: { id: assessmentId }, data: { status: "published" }, select: { id: true } });
        await tx.auditEvent.create({
          data: {
            assessmentId,
            actor: actorLabel(access.actor),
            action: "milestone.published",
            data: { milestoneId: milestone.id, number, label, overall: view.report.overall.level, recommendation: view.report.recommendation.option },
          },
        });
        return { ...milestone, createdAt: milestone.createdAt.toISOString() };
      });
    } catch (error) {
      const numberTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!numberTaken || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
