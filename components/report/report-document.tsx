import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";
import type { TReviewedFinding } from "@/lib/finding-reviews/schemas";
import type { TReportView } from "@/lib/reports/get-report";
import { AnswersAppendix } from "./answers-appendix";
import { AreaChart } from "./area-chart";
import { EarlyNotice } from "./early-notice";
import { ExecutiveSummary } from "./executive-summary";
import { FindingsList } from "./findings-list";
import { WithFindingRefs } from "./finding-link";
import { ImprovementPlan } from "./improvement-plan";
import { LoadShapeProfile } from "./load-shape-profile";
import { PathsComparison } from "./paths-comparison";
import { ReportCover } from "./report-cover";
import styles from "./report-document.module.css";
import { findingRefs, isEarlyReport, levelThresholds, plural } from "./report-format";
import { ReportSection, sectionNumber, sectionTitle, type TSectionId } from "./report-section";
import { ReportToc } from "./report-toc";

type TProps = {
  view: TReportView;
  /** `owner` shows the actions slot and links back to the questions; `shared` is read-only. */
  mode: "owner" | "shared";
  /** Buttons rendered on the cover: the owner's (questions, print, share, PDF), or a shared copy's downloads. */
  actions?: ReactNode;
  /** Per-finding editing controls (reviewer notes and severities), for those who run the review only. */
  findingControls?: (finding: TReviewedFinding) => ReactNode;
};

/**
 * The report as a document, for the owner's page and for a read-only shared page alike. Pure
 * rendering of a TReportView: no data access and no client state, so it renders the same on the
 * server, in a shared view and in print.
 */
export function ReportDocument({ view, mode, actions, findingControls }: TProps) {
  const { report, appendix, assessment } = view;
  const refs = findingRefs(report.findings);
  const thresholds = levelThresholds(report.legend.levels);
  const questionsHref = mode === "owner" ? `/reviews/${assessment.id}` : undefined;
  const section = (id: TSectionId) => ({ id, number: sectionNumber(id), title: sectionTitle(id) });
  const overallReasons = report.overall.reasons;

  return (
    <article aria-labelledby="report-title" className={styles.document}>
      <ReportCover view={view} mode={mode} actions={actions} />

      <Container width="wide" className="py-12 sm:py-16 lg:grid lg:grid-cols-[12rem_minmax(0,1fr)] lg:gap-14 xl:gap-20 print:block print:px-0 print:py-6">
        <div className="hidden lg:block print:hidden">
          <ReportToc className="sticky top-8" />
        </div>

        <div className="min-w-0 space-y-16 sm:space-y-20 print:space-y-0">
          <ReportSection {...section("summary")} divided={false} className="print:break-before-page">
            {isEarlyReport(report) ? <EarlyNotice coverage={report.coverage} questionsHref={questionsHref} /> : null}
            <ExecutiveSummary report={report} refs={refs} />
          </ReportSection>

          <ReportSection
            {...section("risk-by-area")}
            intro="Six areas from the article, each scored from your answers. An area with no answers yet is shown as not assessed."
            className="print:break-before-page"
          >
            <AreaChart areas={report.areas} thresholds={thresholds} />
            <div className="mt-10 max-w-prose">
              <h3 className="text-heading">How the overall level is set</h3>
              <ul className="mt-3 grid gap-2 text-[0.9375rem] text-muted">
                {overallReasons.map((reason) => (
                  <li key={reason} className="flex gap-3">
                    <span aria-hidden="true" className="mt-[0.7em] h-px w-3 shrink-0 bg-line-strong" />
                    <span>
                      <WithFindingRefs text={reason} refs={refs} />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          </ReportSection>

          <ReportSection
            {...section("paths")}
            intro="The article's four ways forward for a team under scaling pressure, weighed against your answers."
            className="print:break-before-page"
          >
            <PathsComparison report={report} refs={refs} />
          </ReportSection>

          <ReportSection
            {...section("findings")}
            intro={
              report.findings.length > 0
                ? `${plural(report.findings.length, "finding")}, most severe first. Each cites the answers that raised it and what to do about it. Severity uses the same four levels as the scores.${report.findings.some((f) => f.review) ? " A reviewer's notes and adjusted severities are marked as theirs; an adjusted finding keeps the severity Faultline computed beside it." : ""}`
                : undefined
            }
            className="print:break-before-page"
          >
            <FindingsList report={report} refs={refs} findingControls={findingControls} />
          </ReportSection>

          <ReportSection
            {...section("plan")}
            intro="Every action from the findings, merged where two findings ask for the same thing, ordered by when to do it and then by how severe a problem it answers. The references point to the findings."
            className="print:break-before-page"
          >
            <ImprovementPlan plan={report.plan} refs={refs} />
          </ReportSection>

          <ReportSection
            {...section("load-shape")}
            intro="The article's test of a team that thinks in load shapes, not counts: four questions, answered from this review."
            className="print:break-before-page"
          >
            <LoadShapeProfile loadShape={report.loadShape} />
          </ReportSection>

          <ReportSection
            {...section("appendix")}
            intro="Every question that applies, with the answer and any note, as recorded when this report was produced."
            className="print:break-before-page"
          >
            <AnswersAppendix appendix={appendix} respondents={report.respondents} />
          </ReportSection>

          <footer className="border-t border-line pt-6 text-sm text-muted">
            <p className="max-w-prose">{report.legend.score}</p>
            <p className="mt-2 max-w-prose">{report.legend.levels}</p>
          </footer>
        </div>
      </Container>
    </article>
  );
}
