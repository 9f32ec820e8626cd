import "server-only";
import { getComparison } from "@/lib/milestones/get-comparison";
import { getMilestone } from "@/lib/milestones/get-milestone";
import type { TComparePdfQuery } from "@/lib/milestones/schemas";
import { metrics } from "@/lib/observability/metrics";
import { renderComparisonPdf } from "@/lib/pdf/comparison-render";
import { levelThresholds } from "@/lib/pdf/format";
import { renderReportPdf } from "@/lib/pdf/render-report-pdf";

type TPaper = "a4" | "letter";

function slugOf(title: string): string {
  return title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "review";
}

function pdfDownload(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
}

async function timed(paper: TPaper, render: () => Promise<Buffer>): Promise<Buffer> {
  const started = performance.now();
  const pdf = await render();
  metrics.pdf.observe({ paper }, (performance.now() - started) / 1000);
  return pdf;
}

/** A milestone's report as a PDF: the stored view as it was frozen, never one recomputed from today's answers. */
export async function milestonePdfResponse(assessmentId: string, number: number, paper: TPaper): Promise<Response> {
  const milestone = await getMilestone(assessmentId, number);
  const pdf = await timed(paper, () => renderReportPdf(milestone.view, { paper: paper === "letter" ? "LETTER" : "A4" }));
  return pdfDownload(pdf, `faultline-${slugOf(milestone.view.assessment.title)}-milestone-${number}.pdf`);
}

/** Two milestones compared, as a PDF (?from=&to=, defaulting to the latest two; ?paper=a4|letter). */
export async function comparisonPdfResponse(assessmentId: string, query: TComparePdfQuery): Promise<Response> {
  const { comparison, toView } = await getComparison(assessmentId, query);
  const review = { title: toView.assessment.title, organization: toView.assessment.organization };
  const pdf = await timed(query.paper, () =>
    renderComparisonPdf({ comparison, review, thresholds: levelThresholds(toView.report.legend.levels), paper: query.paper === "letter" ? "LETTER" : "A4" }),
  );
  return pdfDownload(pdf, `faultline-${slugOf(review.title)}-comparison-${comparison.from.number}-${comparison.to.number}.pdf`);
}
