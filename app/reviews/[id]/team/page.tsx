import type { Metadata } from "next";
import { NoAccess } from "@/components/reviews/no-access";
import { ReviewNav } from "@/components/reviews/review-nav";
import { TeamPanel } from "@/components/respondents/team-panel";
import { Container } from "@/components/ui/container";
import { capabilitiesOf } from "@/lib/assessments/access";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { reviewWorkspace } from "@/lib/assessments/review-workspace";
import { getTeamView } from "@/lib/respondents/team-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Team", robots: { index: false, follow: false } };

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await pageReviewAccess(id, "run");
  if (!access) return <NoAccess />;
  const [view, workspace] = await Promise.all([getTeamView(access), reviewWorkspace(access.workspaceId)]);
  return (
    <>
      <ReviewNav assessmentId={id} current="team" capabilities={capabilitiesOf(access)} workspace={workspace} />
      <Container width="wide" className="py-10 sm:py-14">
        <header className="mb-10 border-b border-line pb-8">
          <p className="text-eyebrow font-medium tracking-(--text-eyebrow--letter-spacing) text-muted uppercase">
            {view.assessment.title}
            {view.assessment.organization ? ` · ${view.assessment.organization}` : ""}
          </p>
          <h1 className="mt-2 text-title">The team that answers</h1>
          <p className="mt-3 max-w-prose text-lead text-muted">
            Each person gets a private link of their own and answers alone, without an account. Their answers stay apart until you
            compare them in the consolidation.
          </p>
        </header>
        <TeamPanel assessmentId={id} respondents={view.respondents} owner={view.owner} />
      </Container>
    </>
  );
}
