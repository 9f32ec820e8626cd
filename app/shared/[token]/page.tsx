import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReportDocument } from "@/components/report/report-document";
import { PdfDownloads } from "@/components/report/pdf-downloads";
import { NotFoundError } from "@/lib/errors";
import { getReport } from "@/lib/reports/get-report";
import { openShare } from "@/lib/shares/shares";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ token: string }> };

/** One view counted per page load, shared by the metadata and the page within the request. */
const loadShared = cache(async (token: string) => {
  try {
    const { assessmentId } = await openShare(token);
    return await getReport(assessmentId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const view = await loadShared((await params).token);
  return {
    title: `${view.assessment.title}: risk report`,
    robots: { index: false, follow: false, nocache: true },
    referrer: "no-referrer",
  };
}

/** The read-only report behind a share link: no edit controls, only the PDF to take away. */
export default async function SharedReportPage({ params }: TProps) {
  const { token } = await params;
  const view = await loadShared(token);
  return <ReportDocument view={view} mode="shared" actions={<PdfDownloads href={`/api/v1/shared/${encodeURIComponent(token)}/report.pdf`} />} />;
}
