import type { TPresenterLiveQuestion } from "@/lib/presenter/presenter-view";

/** Beside the chart: the agreed answer, if one is recorded, and the respondents' notes when shown (N). */
export function QuestionAside({ question, notesVisible }: { question: TPresenterLiveQuestion | undefined; notesVisible: boolean }) {
  const notes = question?.notes ?? [];
  return (
    <aside aria-label="Agreed answer and notes" className="space-y-6">
      <section aria-labelledby="agreed-title" className={`rounded-xl border p-5 2xl:p-6 ${question?.agreed ? "border-accent bg-surface" : "border-dashed border-line-strong/60"}`}>
        <h2 id="agreed-title" className="eyebrow text-muted">
          Agreed answer
        </h2>
        {question?.agreed ? (
          <>
            <p className="mt-2 text-[clamp(1.125rem,0.85rem+0.8vw,1.75rem)] leading-snug font-medium" data-agreed>
              <span aria-hidden="true" className="text-accent">
                ✓{" "}
              </span>
              {question.agreed.text}
            </p>
            {question.agreed.note ? <p className="mt-2 text-[clamp(1rem,0.85rem+0.4vw,1.25rem)] text-muted">{question.agreed.note}</p> : null}
          </>
        ) : (
          <p className="mt-2 text-[clamp(1rem,0.85rem+0.4vw,1.25rem)] text-muted">Not recorded yet. Agree on it in the consolidation.</p>
        )}
      </section>
      <section aria-labelledby="notes-title" aria-live="polite">
        <h2 id="notes-title" className="eyebrow text-muted">
          Respondents’ notes {notes.length > 0 ? `(${notes.length})` : ""}
        </h2>
        {notes.length === 0 ? (
          <p className="mt-2 text-[clamp(1rem,0.85rem+0.4vw,1.25rem)] text-muted">No notes on this question.</p>
        ) : notesVisible ? (
          <ul className="mt-3 space-y-3" data-notes>
            {notes.map((note) => (
              <li key={note.respondentId} className="border-l-4 border-line-strong pl-4">
                <p className="text-[clamp(1rem,0.85rem+0.45vw,1.375rem)] leading-snug">{note.note}</p>
                <p className="mt-1 text-sm text-muted">{note.name}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-[clamp(1rem,0.85rem+0.4vw,1.25rem)] text-muted">
            Hidden, so nobody’s note is on the wall by surprise. Press <kbd className="rounded border border-line-strong/70 bg-sunken px-1.5 font-mono text-[0.85em]">N</kbd> to show.
          </p>
        )}
      </section>
    </aside>
  );
}
