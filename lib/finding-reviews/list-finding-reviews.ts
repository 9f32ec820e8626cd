import "server-only";
import { prisma } from "@/lib/db";
import type { TFindingReview } from "./schemas";

export const FINDING_REVIEW_SELECT = {
  findingId: true,
  note: true,
  severity: true,
  justification: true,
  updatedById: true,
  updatedByName: true,
  updatedAt: true,
  version: true,
} as const;

type TRow = { findingId: string; note: string | null; severity: TFindingReview["severity"]; justification: string | null; updatedById: string | null; updatedByName: string | null; updatedAt: Date; version: number };

export function toFindingReview(row: TRow): TFindingReview {
  return {
    findingId: row.findingId,
    note: row.note,
    severity: row.severity,
    justification: row.justification,
    by: { id: row.updatedById, name: row.updatedByName ?? "A reviewer" },
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Every finding review of a review, cleared ones included (they carry the version a client saw). */
export async function listFindingReviews(assessmentId: string): Promise<TFindingReview[]> {
  const rows = await prisma.findingReview.findMany({ where: { assessmentId }, select: FINDING_REVIEW_SELECT });
  return rows.map(toFindingReview);
}
