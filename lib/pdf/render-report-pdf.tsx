import { renderToBuffer } from "@react-pdf/renderer";

import type { TReportView } from "../reports/get-report";
import { coverStrings } from "./cover-text";
import { fontCoverage, registerPdfFonts } from "./register-fonts";
import type { TCoverMilestone } from "./cover-page";
import { ReportDocument, type TPaper } from "./report-document";

/** `milestone`: the PDF is a published milestone's, and its cover says which. */
export type TRenderPdfOptions = { paper: TPaper; milestone?: TCoverMilestone };

/**
 * The report as a PDF deliverable (DESIGN.md, "Shareable PDF"): a cover, an executive summary, the
 * area chart as vector graphics, the four paths, findings, plan, load shape and every answer, with a
 * running header and "Page X of Y". Text is real text in the bundled fonts, so it can be selected and
 * searched; characters no font has print as "[?]" (cover-text.ts). Server-side only, no browser.
 * Deterministic: the same view gives the same pages (dates come from the view, not the clock).
 */
export async function renderReportPdf(view: TReportView, options: TRenderPdfOptions): Promise<Buffer> {
  registerPdfFonts();
  const covers = await fontCoverage();
  const printable = coverStrings(view, covers);
  return renderToBuffer(<ReportDocument view={printable} paper={options.paper} milestone={options.milestone ? coverStrings(options.milestone, covers) : undefined} />);
}
