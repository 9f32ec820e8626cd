import "server-only";
import { getComparison } from "@/lib/milestones/get-comparison";
import { getMilestone } from "@/lib/milestones/get-milestone";
import type { TComparePdfQuery } from "@/lib/milestones/schemas";
import { metrics } from "@/lib/observability/metrics";
import { levelThresholds } from "@/lib/pdf/format";
import { renderPdf } from "@/lib/pdf/workers/render-pdf";
import { PdfCache } from "@/lib/reports/pdf-cache";

type TPaper = "a4" | "letter";

function slugOf(title: string): string {
  return title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "review";
}

function pdfDownload(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
}

// The instance's one PDF cache, shared with lib/reports/pdf-response.ts (the same globalThis entry, so
// one 32 MB bound for every kind of PDF). A milestone never changes, so its PDF is rendered once per
// instance until evicted; the key is a hash of what is rendered.
const cache = ((globalThis as unknown as { faultlinePdfCache?: PdfCache }).faultlinePdfCache ??= new PdfCache(32 * 1024 * 1024));

async function cached(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const { pdf, hit } = await cache.get(key, render);
  metrics.pdfCache.inc({ result: hit ? "hit" : "miss" });
  return pdf;
}

/** A milestone's report as a PDF: the stored view as it was frozen, never one recomputed from today's answers. */
export async function milestonePdfResponse(assessmentId: string, number: number, paper: TPaper): Promise<Response> {
  const milestone = await getMilestone(assessmentId, number);
  // The cover names the milestone, so it is part of the key: two milestones can freeze the same view.
  const cover = { number: milestone.number, label: milestone.label, publishedAt: milestone.createdAt };
  const pdf = await cached(PdfCache.key({ view: milestone.view, milestone: cover }, paper), () =>
    renderPdf({ kind: "report", view: milestone.view, options: { paper: paper === "letter" ? "LETTER" : "A4", milestone: cover } }, paper),
  );
  return pdfDownload(pdf, `faultline-${slugOf(milestone.view.assessment.title)}-milestone-${number}.pdf`);
}

/** Two milestones compared, as a PDF (?from=&to=, defaulting to the latest two; ?paper=a4|letter). */
export async function comparisonPdfResponse(assessmentId: string, query: TComparePdfQuery): Promise<Response> {
  const { comparison, toView } = await getComparison(assessmentId, query);
  const review = { title: toView.assessment.title, organization: toView.assessment.organization };
  const props = { comparison, review, thresholds: levelThresholds(toView.report.legend.levels), paper: query.paper === "letter" ? ("LETTER" as const) : ("A4" as const) };
  const pdf = await cached(PdfCache.key({ comparisonOf: props }, query.paper), () => renderPdf({ kind: "comparison", props }, query.paper));
  return pdfDownload(pdf, `faultline-${slugOf(review.title)}-comparison-${comparison.from.number}-${comparison.to.number}.pdf`);
}
