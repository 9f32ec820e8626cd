import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NoAccess } from "@/components/reviews/no-access";
import { PdfDownloads } from "@/components/report/pdf-downloads";
import { PrintButton } from "@/components/report/print-button";
import { SharePanel } from "@/components/shares/share-panel";
import { ReportDocument } from "@/components/report/report-document";
import { findingReviewControls } from "@/components/finding-reviews/finding-review-controls";
import { LinkButton } from "@/components/ui/button";
import { capabilitiesOf } from "@/lib/assessments/access";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { reviewWorkspace } from "@/lib/assessments/review-workspace";
import { ReviewNav } from "@/components/reviews/review-nav";
import { NotFoundError } from "@/lib/errors";
import { getReport } from "@/lib/reports/get-report";

// The report is computed from the latest answers on every request, and is private.
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string }> };

/** Access first, then the report; shared by the metadata and the page within one request. */
const loadReport = cache(async (id: string) => {
  const access = await pageReviewAccess(id, "read");
  if (!access) return null;
  const [view, workspace] = await Promise.all([
    getReport(id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    reviewWorkspace(access.workspaceId),
  ]);
  return { ...view, access, workspace };
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const view = await loadReport((await params).id);
  return {
    title: view ? `${view.assessment.title}: risk report` : "Report",
    robots: { index: false, follow: false },
  };
}

export default async function ReportPage({ params }: TProps) {
  const { id } = await params;
  const view = await loadReport(id);
  if (!view) return <NoAccess />;
  const capabilities = capabilitiesOf(view.access);
  return (
    <>
      <ReviewNav assessmentId={id} current="report" capabilities={capabilities} workspace={view.workspace} />
      <ReportDocument
        view={view}
        mode="owner"
        findingControls={capabilities.has("run") ? findingReviewControls(id) : undefined}
        actions={
          <>
            {capabilities.has("answer") ? (
              <LinkButton href={`/reviews/${id}`} variant="secondary" size="sm">
                <span aria-hidden="true">←</span> Back to the questions
              </LinkButton>
            ) : null}
            <PrintButton />
            <PdfDownloads href={`/api/v1/assessments/${id}/report.pdf`} />
            {capabilities.has("run") ? (
              <LinkButton href={`/reviews/${id}/milestones`} variant="secondary" size="sm">
                Publish milestone
              </LinkButton>
            ) : null}
          </>
        }
      />
      <aside aria-label="Share and export" className="mx-auto mb-16 grid w-full max-w-7xl gap-6 px-5 sm:px-8 lg:grid-cols-[2fr_1fr] print:hidden">
        {capabilities.has("share") ? <SharePanel assessmentId={id} /> : null}
        <section aria-labelledby="export-title" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="export-title" className="font-serif text-heading">
            Export the answers
          </h2>
          <p className="mt-2 text-sm text-muted">Every answer with its note, to keep or to work on in a spreadsheet.</p>
          <div className="mt-4 flex flex-wrap gap-2">
            <a className="text-sm text-accent underline underline-offset-4" href={`/api/v1/assessments/${id}/export?format=csv`} download>
              CSV (spreadsheet)
            </a>
            <a className="text-sm text-accent underline underline-offset-4" href={`/api/v1/assessments/${id}/export`} download>
              JSON
            </a>
          </div>
        </section>
      </aside>
    </>
  );
}
