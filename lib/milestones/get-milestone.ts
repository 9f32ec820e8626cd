import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ZMilestoneAnswers, type TMilestoneAnswers } from "@/lib/milestones/schemas";
import type { TReportView } from "@/lib/reports/get-report";

/** A published milestone with its frozen report view and answers, exactly as stored. */
export type TMilestone = {
  id: string;
  assessmentId: string;
  number: number;
  label: string;
  createdAt: string;
  publishedByName: string | null;
  view: TReportView;
  answers: TMilestoneAnswers;
};

// The stored view is what getReport() returned when it was published; other features add fields to it
// over time, so only its outline is checked here, not every field.
const ZStoredView = z.looseObject({
  assessment: z.looseObject({ id: z.string(), title: z.string() }),
  report: z.looseObject({ overall: z.looseObject({}), areas: z.array(z.looseObject({})), findings: z.array(z.looseObject({})) }),
  appendix: z.array(z.looseObject({})),
});

const SELECT = { id: true, assessmentId: true, number: true, label: true, createdAt: true, publishedByName: true, report: true, answers: true } as const;

type TRow = { id: string; assessmentId: string; number: number; label: string; createdAt: Date; publishedByName: string | null; report: unknown; answers: unknown };

function toMilestone(row: TRow): TMilestone {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    number: row.number,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    publishedByName: row.publishedByName,
    view: ZStoredView.parse(row.report) as unknown as TReportView,
    answers: ZMilestoneAnswers.parse(row.answers),
  };
}

/** A review's milestone by its number; 404 when the review has no such milestone. */
export async function getMilestone(assessmentId: string, number: number): Promise<TMilestone> {
  const row = await prisma.milestone.findUnique({ where: { assessmentId_number: { assessmentId, number } }, select: SELECT });
  if (!row) throw new NotFoundError("milestone");
  return toMilestone(row);
}

/** Milestones by id, for a comparison; the caller has checked they belong to the review's chain. */
export async function getMilestonesById(ids: string[]): Promise<Map<string, TMilestone>> {
  const rows = await prisma.milestone.findMany({ where: { id: { in: ids } }, select: SELECT });
  return new Map(rows.map((row) => [row.id, toMilestone(row)]));
}
