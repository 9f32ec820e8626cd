import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type TReviewHeading = {
  id: string;
  title: string;
  organization: string | null;
  /** The review this one follows as a re-review, and the milestone it started from. */
  previous: { id: string; title: string; milestoneNumber: number | null } | null;
};

/** What the milestone and comparison pages say about the review at their top. */
export async function getReviewHeading(assessmentId: string): Promise<TReviewHeading> {
  const row = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: { id: true, title: true, organization: true, basedOnMilestoneId: true, previous: { select: { id: true, title: true } } },
  });
  if (!row) throw new NotFoundError("assessment");
  const basedOn = row.basedOnMilestoneId
    ? await prisma.milestone.findUnique({ where: { id: row.basedOnMilestoneId }, select: { number: true } })
    : null;
  return {
    id: row.id,
    title: row.title,
    organization: row.organization,
    previous: row.previous ? { ...row.previous, milestoneNumber: basedOn?.number ?? null } : null,
  };
}
