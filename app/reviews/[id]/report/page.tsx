import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NoAccess } from "@/components/reviews/no-access";
import { PrintButton } from "@/components/report/print-button";
import { ReportDocument } from "@/components/report/report-document";
import { LinkButton } from "@/components/ui/button";
import { pageAccess } from "@/lib/assessments/page-access";
import { NotFoundError } from "@/lib/errors";
import { getReport } from "@/lib/reports/get-report";

// The report is computed from the latest answers on every request, and is private.
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string }> };

/** Access first, then the report; shared by the metadata and the page within one request. */
const loadReport = cache(async (id: string) => {
  if (!(await pageAccess(id))) return null;
  return getReport(id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
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
  return (
    <ReportDocument
      view={view}
      mode="owner"
      actions={
        <>
          <LinkButton href={`/reviews/${id}`} variant="secondary" size="sm">
            <span aria-hidden="true">←</span> Back to the questions
          </LinkButton>
          <PrintButton />
        </>
      }
    />
  );
}
