import { Document, Page } from "@react-pdf/renderer";

import type { TReportView } from "../reports/get-report";
import { AppendixSection } from "./appendix-section";
import { AreasSection } from "./areas-section";
import { CoverPage, type TCoverMilestone } from "./cover-page";
import { FindingsSection } from "./findings-section";
import { findingRefs } from "./format";
import { LoadShapeSection } from "./load-shape-section";
import { PageFrame } from "./page-frame";
import { PathsSection } from "./paths-section";
import { PlanSection } from "./plan-section";
import { SummarySection } from "./summary-section";
import { MARGIN, s } from "./theme";

export type TPaper = "A4" | "LETTER";

/** Paper sizes in points (react-pdf's); the content is the width less both side margins. */
const PAPER: Record<TPaper, { width: number; height: number }> = { A4: { width: 595.28, height: 841.89 }, LETTER: { width: 612, height: 792 } };

/** The whole deliverable: a cover, then the report sections with a running header and page numbers. */
export function ReportDocument({ view, paper, milestone }: { view: TReportView; paper: TPaper; milestone?: TCoverMilestone }) {
  const { assessment, report } = view;
  const refs = findingRefs(report.findings);
  const contentWidth = Math.floor(PAPER[paper].width - 2 * MARGIN.side);
  const date = new Date(assessment.updatedAt);
  return (
    <Document
      title={`${assessment.title}: risk report`}
      author={assessment.organization ?? undefined}
      subject={`Architecture review: ${report.recommendation.title} recommended`}
      keywords="architecture review, backend scaling, risk report"
      creator="Faultline"
      producer="Faultline"
      language="en-GB"
      creationDate={date}
      modificationDate={date}
      pageMode="useOutlines"
    >
      <Page size={paper} style={[s.page, { paddingTop: MARGIN.side, paddingBottom: MARGIN.side }]} bookmark={{ title: assessment.title, fit: true }}>
        <CoverPage view={view} milestone={milestone} />
      </Page>
      {/* react-pdf's newer pagination engine (opt-in in 4.9): the older one crashed here ("unsupported
          number") when the page-number render prop met an unbreakable block at a page end, and this
          one measures content once, so long reviews render several times faster. */}
      <Page size={paper} style={s.page} wrap experimentalPagination>
        <PageFrame title={assessment.title} organization={assessment.organization} pageHeight={PAPER[paper].height} />
        <SummarySection report={report} refs={refs} />
        <AreasSection report={report} contentWidth={contentWidth} />
        <PathsSection report={report} refs={refs} />
        <FindingsSection report={report} refs={refs} />
        <PlanSection plan={report.plan} refs={refs} />
        <LoadShapeSection loadShape={report.loadShape} />
        <AppendixSection appendix={view.appendix} respondents={report.respondents} />
      </Page>
    </Document>
  );
}
