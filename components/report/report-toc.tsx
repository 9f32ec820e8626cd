import { REPORT_SECTIONS } from "./report-section";

/** The document's contents, beside it on wide screens. Plain anchors: works without JavaScript. */
export function ReportToc({ className = "" }: { className?: string }) {
  return (
    <nav aria-label="Report contents" className={className}>
      <p className="eyebrow text-muted">Contents</p>
      <ol className="mt-4 grid gap-0.5 border-l border-line">
        {REPORT_SECTIONS.map((section, i) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              className="-ml-px flex gap-3 border-l border-transparent py-1.5 pl-4 text-[0.9375rem] text-muted no-underline transition-colors hover:border-ink hover:text-ink"
            >
              <span aria-hidden="true" className="font-mono text-xs leading-6">
                {String(i + 1).padStart(2, "0")}
              </span>
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
