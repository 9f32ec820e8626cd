import type { Metadata } from "next";
import { ComparePicker } from "@/components/milestones/compare-picker";
import { ComparisonView } from "@/components/milestones/comparison-view";
import { PageHeading } from "@/components/milestones/page-heading";
import { NoAccess } from "@/components/reviews/no-access";
import { ReviewNav } from "@/components/reviews/review-nav";
import { buttonClasses, LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { capabilitiesOf } from "@/lib/assessments/access";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { reviewWorkspace } from "@/lib/assessments/review-workspace";
import { NotFoundError } from "@/lib/errors";
import { getComparison, NothingToCompareError } from "@/lib/milestones/get-comparison";
import { getReviewHeading } from "@/lib/milestones/review-heading";
import { ZCompareQuery } from "@/lib/milestones/schemas";
import { levelThresholds } from "@/lib/reports/report-text";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare milestones", robots: { index: false, follow: false } };

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The comparison, or why there is none: fewer than two milestones, or a milestone not of this chain. */
async function loadComparison(id: string, search: Record<string, string | string[] | undefined>) {
  const parsed = ZCompareQuery.safeParse({ from: search.from || undefined, to: search.to || undefined });
  try {
    return { loaded: await getComparison(id, parsed.success ? parsed.data : {}) };
  } catch (error) {
    if (error instanceof NothingToCompareError) return { problem: "few" as const };
    if (error instanceof NotFoundError) return { problem: "unknown" as const };
    throw error;
  }
}

export default async function ComparePage({ params, searchParams }: TProps) {
  const { id } = await params;
  const access = await pageReviewAccess(id, "read");
  if (!access) return <NoAccess />;
  const [heading, workspace, result] = await Promise.all([getReviewHeading(id), reviewWorkspace(access.workspaceId), loadComparison(id, await searchParams)]);
  const loaded = result.loaded;
  const pdfHref = loaded ? `/api/v1/assessments/${id}/compare.pdf?from=${loaded.comparison.from.id}&to=${loaded.comparison.to.id}` : null;
  return (
    <>
      <ReviewNav assessmentId={id} current="milestones" capabilities={capabilitiesOf(access)} workspace={workspace} />
      <Container width="wide" className="py-10 sm:py-14">
        <PageHeading review={heading} title="Compare milestones">
          <p>What moved between two published milestones: the overall level, each area, the findings and the answers.</p>
        </PageHeading>
        {loaded ? (
          <div className="grid grid-cols-1 gap-10">
            <ComparePicker assessmentId={id} choices={loaded.choices} from={loaded.comparison.from.id} to={loaded.comparison.to.id} />
            <div className="flex flex-wrap gap-2 print:hidden">
              <a href={pdfHref!} download className={buttonClasses({ variant: "primary", size: "sm" })}>
                Download comparison PDF
              </a>
              <a href={`${pdfHref}&paper=letter`} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
                PDF, US Letter
              </a>
            </div>
            <ComparisonView comparison={loaded.comparison} thresholds={levelThresholds(loaded.toView.report.legend.levels)} />
          </div>
        ) : (
          <div className="rounded-xl border border-dashed border-line-strong p-6">
            <h2 className="font-serif text-heading">{result.problem === "few" ? "Nothing to compare yet" : "That milestone is not part of this review"}</h2>
            <p className="mt-2 max-w-prose text-muted">
              {result.problem === "few"
                ? "A comparison needs two published milestones: publish this review, start a re-review from it, publish again, and compare."
                : "Choose milestones of this review, or of the reviews it follows."}
            </p>
            <div className="mt-4">
              <LinkButton href={`/reviews/${id}/milestones`} variant="secondary">
                Go to milestones
              </LinkButton>
            </div>
          </div>
        )}
      </Container>
    </>
  );
}
