import type { Metadata } from "next";
import { cache } from "react";
import { FrozenBanner } from "@/components/milestones/frozen-banner";
import { PdfDownloads } from "@/components/report/pdf-downloads";
import { PrintButton } from "@/components/report/print-button";
import { ReportDocument } from "@/components/report/report-document";
import { NoAccess } from "@/components/reviews/no-access";
import { ReviewNav } from "@/components/reviews/review-nav";
import { capabilitiesOf } from "@/lib/assessments/access";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { reviewWorkspace } from "@/lib/assessments/review-workspace";
import { isDenial } from "@/lib/assessments/access";
import { getMilestone } from "@/lib/milestones/get-milestone";
import { parseMilestoneNumber } from "@/lib/milestones/parse-milestone-number";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string; number: string }> };

/** Access, then the stored milestone (never recomputed); null for no access or no such milestone. */
const load = cache(async (id: string, number: string) => {
  const access = await pageReviewAccess(id, "read");
  if (!access) return null;
  try {
    const [milestone, workspace] = await Promise.all([getMilestone(id, parseMilestoneNumber(number)), reviewWorkspace(access.workspaceId)]);
    return { access, milestone, workspace };
  } catch (error) {
    if (isDenial(error)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { id, number } = await params;
  const loaded = await load(id, number);
  return {
    title: loaded ? `${loaded.milestone.view.assessment.title}: milestone ${loaded.milestone.number}` : "Milestone",
    robots: { index: false, follow: false },
  };
}

export default async function MilestonePage({ params }: TProps) {
  const { id, number } = await params;
  const loaded = await load(id, number);
  if (!loaded) return <NoAccess />;
  const { access, milestone, workspace } = loaded;
  return (
    <>
      <ReviewNav assessmentId={id} current="milestones" capabilities={capabilitiesOf(access)} workspace={workspace} />
      <FrozenBanner assessmentId={id} milestone={milestone} />
      <ReportDocument
        view={milestone.view}
        mode="shared"
        actions={
          <>
            <PrintButton />
            <PdfDownloads href={`/api/v1/assessments/${id}/milestones/${milestone.number}/report.pdf`} />
          </>
        }
      />
    </>
  );
}
