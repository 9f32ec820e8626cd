export type TSectionSummary = { id: string; title: string; answered: number; total: number };

type TProps = { sections: TSectionSummary[]; currentId: string; onSelect: (id: string) => void };

/** The list of sections with each one's progress; the current one is marked for screen readers too. */
export function SectionNav({ sections, currentId, onSelect }: TProps) {
  return (
    <nav aria-label="Review sections" className="mt-4">
      <ol className="grid gap-1">
        {sections.map((section, i) => {
          const done = section.total > 0 && section.answered === section.total;
          const current = section.id === currentId;
          return (
            <li key={section.id}>
              <button
                type="button"
                aria-current={current ? "step" : undefined}
                onClick={() => onSelect(section.id)}
                className={
                  "flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent " +
                  (current ? "bg-surface font-medium text-ink shadow-[var(--shadow-sheet)]" : "text-muted hover:bg-surface hover:text-ink")
                }
              >
                <span
                  aria-hidden="true"
                  className={
                    "flex size-6 shrink-0 items-center justify-center rounded-full border font-mono text-xs " +
                    (done ? "border-risk-low bg-risk-low text-bg" : current ? "border-accent text-accent" : "border-line-strong/60")
                  }
                >
                  {done ? "✓" : i + 1}
                </span>
                <span className="flex-1">{section.title}</span>
                <span className="font-mono text-xs text-muted">
                  {section.answered}/{section.total}
                  <span className="sr-only"> answered{done ? ", complete" : ""}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
