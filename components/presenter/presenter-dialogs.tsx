"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { TPresenterSlide } from "@/lib/presenter/presenter-view";
import { SHORTCUTS } from "./use-presenter-keys";

/** A native modal dialog: the browser traps focus, closes it on Esc and returns focus where it was. */
function Dialog({ open, onClose, title, children, wide = false }: { open: boolean; onClose: () => void; title: string; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs at mount, while the dialog is still closed: focus the marked field now.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
      className={`m-auto w-[calc(100vw-2rem)] ${wide ? "max-w-3xl" : "max-w-xl"} rounded-xl border border-line bg-surface p-0 text-ink shadow-(--shadow-sheet) backdrop:bg-[rgb(0_0_0/0.55)]`}
    >
      <div className="flex items-center justify-between gap-4 border-b border-line px-6 py-4">
        <h2 id={titleId} className="font-serif text-heading">
          {title}
        </h2>
        <Button variant="secondary" size="sm" onClick={onClose}>
          Close<span className="sr-only"> {title}</span>
        </Button>
      </div>
      <div className="max-h-[70vh] overflow-y-auto px-6 py-5">{children}</div>
    </dialog>
  );
}

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <dl className="divide-y divide-line">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="flex items-baseline justify-between gap-6 py-2.5">
            <dt className="flex shrink-0 flex-wrap gap-1.5">
              {shortcut.keys.map((key) => (
                <kbd key={key} className="rounded-md border border-line-strong/70 bg-sunken px-2 py-0.5 font-mono text-sm">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-right text-[0.9375rem] text-muted">{shortcut.label}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}

/**
 * G: type a question's number and press Enter, or pick it from the list. Questions where the team
 * differs are marked in words, since that is what a facilitator looks for.
 */
export function JumpDialog({
  open,
  onClose,
  slides,
  diverging,
  currentId,
  onJump,
}: {
  open: boolean;
  onClose: () => void;
  slides: TPresenterSlide[];
  diverging: ReadonlySet<string>;
  currentId: string;
  onJump: (id: string) => void;
}) {
  const [number, setNumber] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  useEffect(() => {
    if (open) {
      setNumber("");
      setError(null);
    }
  }, [open]);

  return (
    <Dialog open={open} onClose={onClose} title="Go to a question" wide>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const wanted = Number(number);
          const slide = Number.isInteger(wanted) ? slides.find((candidate) => candidate.number === wanted) : undefined;
          if (!slide) {
            setError(`Enter a number from 1 to ${slides.length}.`);
            return;
          }
          onJump(slide.id);
        }}
      >
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">
            Question number
          </label>
          <input
            id={inputId}
            // Focused first, so "G 1 2 Enter" works without reaching for the mouse.
            data-autofocus
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            value={number}
            onChange={(event) => {
              setNumber(event.target.value.replace(/\D/g, "").slice(0, 4));
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            className="mt-1 h-11 w-32 rounded-md border border-line-strong bg-bg px-3 font-mono text-lg"
          />
        </div>
        <Button type="submit">Go</Button>
        <p id={errorId} aria-live="polite" className="basis-full text-sm text-risk-high empty:hidden">
          {error}
        </p>
      </form>
      <h3 className="mt-6 font-sans text-sm font-medium text-muted">Or pick one</h3>
      <ol className="mt-2 divide-y divide-line">
        {slides.map((slide) => (
          <li key={slide.id}>
            <button
              type="button"
              onClick={() => onJump(slide.id)}
              aria-current={slide.id === currentId ? "true" : undefined}
              className="flex w-full items-baseline gap-3 px-2 py-2.5 text-left hover:bg-sunken aria-[current]:bg-sunken"
            >
              <span className="w-8 shrink-0 text-right font-mono text-sm text-muted tabular-nums">{slide.number}</span>
              <span className="min-w-0 flex-1">
                <span className="block text-[0.9375rem]">{slide.prompt}</span>
                <span className="block text-xs text-muted">{slide.sectionTitle}</span>
              </span>
              {diverging.has(slide.id) ? (
                <span className="shrink-0 rounded-full border border-line-strong px-2 py-0.5 text-xs font-medium">
                  <span aria-hidden="true">≠ </span>Team differs
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
