/** The sections with how many questions each shows under the current filter; jumps within the page. */
export function SectionJumpList({ sections }: { sections: { id: string; title: string; shown: number }[] }) {
  return (
    <nav aria-label="Sections">
      <h2 className="eyebrow text-muted">Sections</h2>
      <ol className="mt-2 grid gap-0.5">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#section-${section.id}`}
              className={`flex items-baseline justify-between gap-3 rounded-md px-2 py-1.5 text-[0.9375rem] no-underline hover:bg-sunken ${section.shown === 0 ? "text-muted" : ""}`}
            >
              <span>{section.title}</span>
              <span className="text-sm text-muted tabular-nums">{section.shown}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
