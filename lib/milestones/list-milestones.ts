import "server-only";
import { prisma } from "@/lib/db";
import type { TLevel } from "@/lib/scoring/levels";

/** A milestone as lists and pickers show it, without its (large) stored report. */
export type TMilestoneSummary = {
  id: string;
  assessmentId: string;
  /** The review it belongs to: this one, or one this review follows as a re-review. */
  reviewTitle: string;
  /** 0 for this review's own milestones, 1 for the review it follows, and so on. */
  generation: number;
  number: number;
  label: string;
  createdAt: string;
  publishedByName: string | null;
  overall: { level: TLevel | null; score: number | null };
  recommendation: string | null;
};

type TRow = {
  id: string;
  assessmentId: string;
  reviewTitle: string;
  generation: number;
  number: number;
  label: string;
  createdAt: Date;
  publishedByName: string | null;
  level: TLevel | null;
  score: number | null;
  recommendation: string | null;
};

// A re-review chain is short; the depth bound only guards against a cycle made by hand in the database.
const MAX_GENERATIONS = 50;

/**
 * The milestones a review can compare: its own and those of the reviews it follows (its
 * previousAssessmentId chain), newest first. Only the few fields a list needs are read out of each
 * stored report, in the database.
 */
export async function listComparableMilestones(assessmentId: string): Promise<TMilestoneSummary[]> {
  const rows = await prisma.$queryRaw<TRow[]>`
    with recursive chain as (
      select a."id", a."previousAssessmentId", a."title", 0 as "generation" from "Assessment" a where a."id" = ${assessmentId}::uuid
      union all
      select a."id", a."previousAssessmentId", a."title", c."generation" + 1
      from "Assessment" a join chain c on a."id" = c."previousAssessmentId"
      where c."generation" < ${MAX_GENERATIONS}
    )
    select m."id", m."assessmentId", c."title" as "reviewTitle", c."generation"::int as "generation", m."number", m."label",
           m."createdAt", m."publishedByName",
           m."report"->'report'->'overall'->>'level' as "level",
           (m."report"->'report'->'overall'->>'score')::int as "score",
           m."report"->'report'->'recommendation'->>'title' as "recommendation"
    from "Milestone" m join chain c on c."id" = m."assessmentId"
    order by m."createdAt" desc, c."generation" asc, m."number" desc`;
  return rows.map((row) => ({
    id: row.id,
    assessmentId: row.assessmentId,
    reviewTitle: row.reviewTitle,
    generation: row.generation,
    number: row.number,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    publishedByName: row.publishedByName,
    overall: { level: row.level, score: row.score },
    recommendation: row.recommendation,
  }));
}

/** This review's own milestones, newest first. */
export async function listMilestones(assessmentId: string): Promise<TMilestoneSummary[]> {
  return (await listComparableMilestones(assessmentId)).filter((milestone) => milestone.generation === 0);
}
