import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";
import type { TReportView } from "@/lib/reports/get-report";
import { formatReportDate, STATUS_LABEL } from "./report-format";

type TProps = { view: TReportView; mode: "owner" | "shared"; actions?: ReactNode };

/** The title page: whose review, when, in what state, against which questions. */
export function ReportCover({ view, mode, actions }: TProps) {
  const { assessment, report } = view;
  const status = assessment.status;
  const meta: { term: string; detail: ReactNode }[] = [
    { term: "Date", detail: <time dateTime={assessment.updatedAt}>{formatReportDate(assessment.updatedAt)}</time> },
    {
      term: "Status",
      detail: (
        <>
          {STATUS_LABEL[status]}
          <span className="block text-sm font-normal text-muted">
            {status === "draft" ? "Follows the latest answers" : "Final version"}
          </span>
        </>
      ),
    },
    {
      term: "Questionnaire",
      detail: (
        <>
          {report.questionnaire.title}
          <span className="block text-sm font-normal text-muted">Version {report.questionnaire.version}</span>
        </>
      ),
    },
    {
      term: "Reference",
      detail: <span className="font-mono text-[0.9375rem]">{assessment.id.slice(0, 8).toUpperCase()}</span>,
    },
  ];

  return (
    <header className="border-b border-line bg-surface print:border-ink print:bg-transparent">
      <Container width="wide" className="pt-10 pb-10 sm:pt-14 sm:pb-12 print:px-0 print:pt-[28vh]">
        <div className="flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between">
          <p className="eyebrow text-accent print:text-ink">
            Architecture review <span className="text-line-strong">·</span> Risk report
            {mode === "shared" ? (
              <>
                {" "}
                <span className="text-line-strong">·</span> <span className="text-muted">Read-only copy</span>
              </>
            ) : null}
          </p>
          {actions ? <div className="flex flex-wrap items-center gap-2 print:hidden">{actions}</div> : null}
        </div>

        <h1 id="report-title" className="mt-6 max-w-[22ch] text-display print:text-[3.25rem]">
          {assessment.title}
        </h1>
        {assessment.organization ? (
          <p className="mt-4 text-lead text-muted">
            Prepared for <span className="font-medium text-ink">{assessment.organization}</span>
          </p>
        ) : null}

        <dl className="mt-10 grid grid-cols-2 gap-x-6 gap-y-5 border-t border-line pt-6 sm:mt-12 md:grid-cols-4 print:grid-cols-4">
          {meta.map((item) => (
            <div key={item.term} className="min-w-0">
              <dt className="eyebrow text-muted">{item.term}</dt>
              <dd className="mt-1.5 font-medium">{item.detail}</dd>
            </div>
          ))}
        </dl>
      </Container>
    </header>
  );
}
