import "server-only";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { compareMilestones, type TComparable, type TComparison } from "@/lib/milestones/compare-milestones";
import { getMilestonesById, type TMilestone } from "@/lib/milestones/get-milestone";
import { listComparableMilestones, type TMilestoneSummary } from "@/lib/milestones/list-milestones";
import type { TCompareQuery } from "@/lib/milestones/schemas";
import type { TReportView } from "@/lib/reports/get-report";

export type TLoadedComparison = {
  comparison: TComparison;
  /** Every milestone the pickers offer (this review's and those of the reviews it follows). */
  choices: TMilestoneSummary[];
  /** The two stored views, for the PDF's header and the areas' thresholds. */
  fromView: TReportView;
  toView: TReportView;
};

export class NothingToCompareError extends ConflictError {
  constructor() {
    super("Publish two milestones to compare them: this review and the reviews it follows have fewer than two.", null);
  }
}

/**
 * Two milestones of a review's chain compared. Without ?from and ?to, the latest two (older → newer);
 * with one of them, the other defaults to the latest milestone that is not it. A milestone outside the
 * chain is a 404, like one that does not exist.
 */
export async function getComparison(assessmentId: string, query: TCompareQuery): Promise<TLoadedComparison> {
  const choices = await listComparableMilestones(assessmentId);
  const known = new Set(choices.map((choice) => choice.id));
  for (const id of [query.from, query.to]) if (id && !known.has(id)) throw new NotFoundError("milestone");
  if (choices.length < 2 && !(query.from && query.to)) throw new NothingToCompareError();
  // choices are newest first.
  const to = query.to ?? choices.find((choice) => choice.id !== query.from)!.id;
  const from = query.from ?? choices.find((choice) => choice.id !== to)!.id;
  const loaded = await getMilestonesById([from, to]);
  const before = loaded.get(from)!;
  const after = loaded.get(to)!;
  const title = (id: string) => choices.find((choice) => choice.id === id)!.reviewTitle;
  return {
    comparison: compareMilestones(comparable(before, title(from)), comparable(after, title(to))),
    choices,
    fromView: before.view,
    toView: after.view,
  };
}

function comparable(milestone: TMilestone, reviewTitle: string): TComparable {
  return {
    id: milestone.id,
    assessmentId: milestone.assessmentId,
    number: milestone.number,
    label: milestone.label,
    createdAt: milestone.createdAt,
    reviewTitle,
    report: milestone.view.report,
    appendix: milestone.view.appendix,
  };
}
