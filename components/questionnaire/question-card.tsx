"use client";

import { useState } from "react";
import type { TDraft, TOutboxEntry, TServerAnswer } from "@/lib/answer-sync/outbox";
import type { TPublicQuestion } from "@/lib/questionnaire/public-questionnaire";
import { AnswerInput } from "./answer-input";
import { describeAnswer } from "./describe-answer";

type TCurrent = { state: "answered" | "unknown" | "not-applicable"; value: unknown; note: string | null } | null;

type TProps = {
  question: TPublicQuestion;
  number: number;
  current: TCurrent;
  pending: TOutboxEntry | undefined;
  confirmed: TServerAnswer | undefined;
  error: string | undefined;
  onSave: (draft: TDraft, options?: { debounce?: boolean }) => void;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
};

const toggle =
  "inline-flex h-9 items-center gap-2 rounded-md border px-3 text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent " +
  "aria-pressed:border-ink aria-pressed:bg-ink aria-pressed:text-bg border-line-strong/60 text-ink hover:border-ink";

export function QuestionCard({ question, number, current, pending, confirmed, error, onSave, onKeepMine, onKeepTheirs }: TProps) {
  const [noteOpen, setNoteOpen] = useState(Boolean(current?.note && current.state !== "not-applicable"));
  const [reason, setReason] = useState(current?.state === "not-applicable" ? (current.note ?? "") : "");
  const [naOpen, setNaOpen] = useState(current?.state === "not-applicable");
  const helpId = `${question.id}-help`;
  const statusId = `${question.id}-status`;
  const state = current?.state;
  const note = current?.note ?? null;

  const saveValue = (value: unknown, options?: { debounce?: boolean }) => {
    setNaOpen(false);
    onSave({ state: "answered", value, note: state === "not-applicable" ? null : note }, options);
  };
  const clear = () => onSave({ clear: true });

  let saveState = "";
  if (pending?.conflict !== undefined) saveState = "Changed elsewhere: choose below";
  else if (pending) saveState = "Saving…";
  else if (confirmed) saveState = "Saved";

  return (
    <fieldset
      id={`question-${question.id}`}
      data-question-id={question.id}
      className="scroll-mt-28 rounded-xl border border-line bg-surface p-5 shadow-[var(--shadow-sheet)] sm:p-7"
      aria-describedby={statusId}
    >
      <legend className="sr-only">{question.prompt}</legend>
      <div className="flex items-start justify-between gap-4">
        <p aria-hidden="true" className="font-serif text-[1.1875rem] leading-snug font-semibold text-ink sm:text-xl">
          <span className="mr-2 font-mono text-sm font-normal text-muted">{String(number).padStart(2, "0")}</span>
          {question.prompt}
        </p>
      </div>
      <details className="group mt-2 text-sm">
        <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
          Why we ask
        </summary>
        <p id={helpId} className="mt-2 max-w-prose text-muted">
          {question.help}
        </p>
      </details>

      <div className="mt-5">
        <AnswerInput
          question={question}
          value={state === "answered" ? current?.value : undefined}
          disabled={false}
          describedBy={helpId}
          onChange={saveValue}
          onClear={clear}
        />
      </div>

      {(question.allowUnknown || question.allowNotApplicable) && (
        <div className="mt-4 flex flex-wrap items-center gap-2">
          {question.allowUnknown && (
            <button
              type="button"
              className={toggle}
              aria-pressed={state === "unknown"}
              onClick={() => {
                setNaOpen(false);
                if (state === "unknown") clear();
                else onSave({ state: "unknown", value: null, note });
              }}
            >
              Don’t know
            </button>
          )}
          {question.allowNotApplicable && (
            <button
              type="button"
              className={toggle}
              aria-pressed={state === "not-applicable" || naOpen}
              aria-expanded={naOpen}
              onClick={() => {
                if (state === "not-applicable") {
                  setNaOpen(false);
                  clear();
                } else setNaOpen(!naOpen);
              }}
            >
              Not applicable
            </button>
          )}
        </div>
      )}

      {naOpen && (
        <div className="mt-3">
          <label htmlFor={`${question.id}-reason`} className="text-sm font-medium">
            Why doesn’t this apply? <span className="font-normal text-muted">(required, saved as the note)</span>
          </label>
          <input
            id={`${question.id}-reason`}
            type="text"
            value={reason}
            maxLength={5000}
            className="mt-1 h-10 w-full rounded-md border border-line-strong/70 bg-surface px-3 text-base focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
            onChange={(event) => {
              setReason(event.target.value);
              if (event.target.value.trim()) onSave({ state: "not-applicable", value: null, note: event.target.value }, { debounce: true });
            }}
          />
        </div>
      )}

      {state && state !== "not-applicable" && (
        <div className="mt-4">
          {noteOpen ? (
            <>
              <label htmlFor={`${question.id}-note`} className="text-sm font-medium">
                Note <span className="font-normal text-muted">(context for the report; optional)</span>
              </label>
              <textarea
                id={`${question.id}-note`}
                rows={3}
                maxLength={5000}
                autoFocus={!note}
                defaultValue={note ?? ""}
                className="mt-1 w-full rounded-md border border-line-strong/70 bg-surface px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
                onChange={(event) => onSave({ state, value: current?.value ?? null, note: event.target.value || null }, { debounce: true })}
              />
            </>
          ) : (
            <button type="button" className="text-sm text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent" onClick={() => setNoteOpen(true)}>
              Add a note
            </button>
          )}
        </div>
      )}

      {pending?.conflict !== undefined && !("clear" in pending.draft) && (
        <div role="alert" className="mt-5 rounded-lg border-2 border-risk-medium bg-sunken p-4 text-sm">
          <p className="font-semibold">This answer was changed elsewhere while you were editing.</p>
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            <div>
              <dt className="text-muted">Now stored</dt>
              <dd className="font-medium">{pending.conflict ? describeAnswer(question, pending.conflict) : "No answer"}</dd>
            </div>
            <div>
              <dt className="text-muted">Yours</dt>
              <dd className="font-medium">{describeAnswer(question, pending.draft)}</dd>
            </div>
          </dl>
          <div className="mt-4 flex flex-wrap gap-2">
            <button type="button" className={toggle} onClick={onKeepMine}>
              Keep mine
            </button>
            <button type="button" className={toggle} onClick={onKeepTheirs}>
              Keep the stored answer
            </button>
          </div>
        </div>
      )}

      <p id={statusId} className="mt-4 min-h-5 text-xs text-muted" aria-live="polite">
        {error ? <span className="text-risk-high">Not saved: {error}</span> : saveState}
      </p>
    </fieldset>
  );
}
