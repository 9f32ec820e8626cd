import type { Metadata } from "next";
import Link from "next/link";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { PageHeading } from "@/components/milestones/page-heading";
import { PublishForm } from "@/components/milestones/publish-form";
import { ReReviewForm } from "@/components/milestones/re-review-form";
import { NoAccess } from "@/components/reviews/no-access";
import { ReviewNav } from "@/components/reviews/review-nav";
import { Container } from "@/components/ui/container";
import { capabilitiesOf } from "@/lib/assessments/access";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { reviewWorkspace } from "@/lib/assessments/review-workspace";
import { listComparableMilestones } from "@/lib/milestones/list-milestones";
import { getReviewHeading } from "@/lib/milestones/review-heading";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Milestones", robots: { index: false, follow: false } };

export default async function MilestonesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await pageReviewAccess(id, "read");
  if (!access) return <NoAccess />;
  const capabilities = capabilitiesOf(access);
  const [heading, chain, workspace] = await Promise.all([getReviewHeading(id), listComparableMilestones(id), reviewWorkspace(access.workspaceId)]);
  const own = chain.filter((milestone) => milestone.generation === 0);
  const earlier = chain.filter((milestone) => milestone.generation > 0);
  const canRun = capabilities.has("run");
  return (
    <>
      <ReviewNav assessmentId={id} current="milestones" capabilities={capabilities} workspace={workspace} />
      <Container width="wide" className="py-10 sm:py-14">
        <PageHeading review={heading} title="Milestones">
          <p>
            Published versions of the report, frozen with the answers behind them. Compare any two to show what changed.
            {heading.previous ? (
              <>
                {" "}
                This review follows{" "}
                <Link href={`/reviews/${heading.previous.id}/milestones`} className="text-accent underline underline-offset-4">{heading.previous.title}</Link>
                {heading.previous.milestoneNumber ? `, starting from its milestone ${heading.previous.milestoneNumber}` : ""}.
              </>
            ) : null}
          </p>
        </PageHeading>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <section aria-labelledby="list-title" className="min-w-0">
            <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
              <h2 id="list-title" className="font-serif text-heading">
                Published
              </h2>
              {chain.length >= 2 ? (
                <Link href={`/reviews/${id}/compare`} className="text-sm text-accent underline underline-offset-4">
                  Compare the latest two
                </Link>
              ) : null}
            </div>
            <MilestoneList assessmentId={id} milestones={own} earlier={earlier} />
            {earlier.length > 0 ? (
              <p className="mt-4 text-sm text-muted">
                {earlier.length === 1 ? "One milestone" : `${earlier.length} milestones`} of the reviews this one follows can be compared
                too.
              </p>
            ) : null}
          </section>
          {canRun ? (
            <div className="grid content-start gap-6">
              <PublishForm assessmentId={id} nextNumber={(own[0]?.number ?? 0) + 1} />
              {own[0] ? <ReReviewForm assessmentId={id} latest={{ number: own[0].number, label: own[0].label }} /> : null}
            </div>
          ) : null}
        </div>
      </Container>
    </>
  );
}
