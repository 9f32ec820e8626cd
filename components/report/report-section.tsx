import type { ReactNode } from "react";

type TProps = {
  id: string;
  /** "01", "02" …: the section's place in the document, shared with the table of contents. */
  number: string;
  title: string;
  intro?: ReactNode;
  /** A hairline above the section; off for the first one, which follows the cover. */
  divided?: boolean;
  className?: string;
  children: ReactNode;
};

/** One numbered section of the report: a landmark named by its own heading. */
export function ReportSection({ id, number, title, intro, divided = true, className = "", children }: TProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`${divided ? "border-t border-line pt-10 sm:pt-14 print:pt-6" : ""} ${className}`}>
      <p aria-hidden="true" className="flex items-center gap-3 font-mono text-sm text-accent print:text-ink">
        {number}
        <span className="h-px w-8 bg-line-strong/60" />
      </p>
      <h2 id={`${id}-title`} className="mt-3 text-title">
        {title}
      </h2>
      {intro ? <div className="mt-4 max-w-prose text-lead text-muted">{intro}</div> : null}
      <div className="mt-8 sm:mt-10">{children}</div>
    </section>
  );
}

/** The document's sections, in order: the table of contents and the numbers read from here. */
export const REPORT_SECTIONS = [
  { id: "summary", title: "Executive summary" },
  { id: "risk-by-area", title: "Risk by area" },
  { id: "paths", title: "The four paths" },
  { id: "findings", title: "Findings" },
  { id: "plan", title: "Improvement plan" },
  { id: "load-shape", title: "Load-shape profile" },
  { id: "appendix", title: "Appendix: every answer" },
] as const;

export type TSectionId = (typeof REPORT_SECTIONS)[number]["id"];

export function sectionNumber(id: TSectionId): string {
  return String(REPORT_SECTIONS.findIndex((s) => s.id === id) + 1).padStart(2, "0");
}

export function sectionTitle(id: TSectionId): string {
  return REPORT_SECTIONS.find((s) => s.id === id)!.title;
}
