import "server-only";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { zodIssuesToFields } from "@/lib/http/route";
import { metrics } from "@/lib/observability/metrics";
import { renderPdf } from "@/lib/pdf/workers/render-pdf";
import { getReport } from "@/lib/reports/get-report";
import { PdfCache } from "@/lib/reports/pdf-cache";

const ZPdfQuery = z.object({ paper: z.enum(["a4", "letter"]).default("a4") });

export type TPdfQuery = z.infer<typeof ZPdfQuery>;

// 32 MB: some 240 reports of ~140 KB. On globalThis, so every route bundle shares one cache.
const cache = ((globalThis as unknown as { faultlinePdfCache?: PdfCache }).faultlinePdfCache ??= new PdfCache(32 * 1024 * 1024));

/** Checks the query first, so a refused request never counts a share view or renders anything. */
export function parsePdfQuery(request: Request): TPdfQuery {
  const query = ZPdfQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new ValidationError(zodIssuesToFields(query.error.issues));
  return query.data;
}

/** The report of an assessment as a PDF download, on A4 by default or US Letter with ?paper=letter. */
export async function pdfResponse(query: TPdfQuery, assessmentId: string, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const view = await getReport(assessmentId);
  const { pdf, hit } = await cache.get(PdfCache.key(view, query.paper), () =>
    renderPdf({ kind: "report", view, options: { paper: query.paper === "letter" ? "LETTER" : "A4" } }, query.paper),
  );
  metrics.pdfCache.inc({ result: hit ? "hit" : "miss" });
  const slug = view.assessment.title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "review";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="faultline-${slug}-report.pdf"`,
      "cache-control": "no-store",
      ...extraHeaders,
    },
  });
}
