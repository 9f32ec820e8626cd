import type { TReportView } from "../../reports/get-report";
import type { TComparisonDocumentProps } from "../comparison-document";
import { renderComparisonPdf } from "../comparison-render";
import { renderReportPdf, type TRenderPdfOptions } from "../render-report-pdf";

/** A PDF to render: plain data only, so that it can be handed to a worker thread as it is. */
export type TPdfJob = { kind: "report"; view: TReportView; options: TRenderPdfOptions } | { kind: "comparison"; props: TComparisonDocumentProps };

/** Renders a job on the calling thread. */
export function renderJob(job: TPdfJob): Promise<Buffer> {
  return job.kind === "report" ? renderReportPdf(job.view, job.options) : renderComparisonPdf(job.props);
}
