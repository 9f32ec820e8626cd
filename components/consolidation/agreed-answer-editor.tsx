"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AnswerInput } from "@/components/questionnaire/answer-input";
import { describeAnswer } from "@/components/questionnaire/describe-answer";
import { Button } from "@/components/ui/button";
import type { TPublicQuestion } from "@/lib/questionnaire/public-questionnaire";
import { useKeepInView } from "./kept-in-view";

type TState = "answered" | "unknown" | "not-applicable";
type TShown = { state: TState; value: unknown; note: string | null };

type TProps = {
  assessmentId: string;
  question: TPublicQuestion;
  agreed: (TShown & { version: number }) | null;
  /** What the report uses now (the majority's answer), to start from when nothing is agreed yet. */
  suggestion: TShown | null;
};

const STATE_LABELS: Record<TState, string> = { answered: "An answer", unknown: "Don’t know", "not-applicable": "Not applicable" };

/** The answer the consultant records for the review, with a note; versioned, so two consultants never overwrite each other silently. */
export function AgreedAnswerEditor({ assessmentId, question, agreed, suggestion }: TProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const keepInView = useKeepInView();
  const start = agreed ?? suggestion;
  const [state, setState] = useState<TState>(start?.state ?? "answered");
  const [value, setValue] = useState<unknown>(start?.state === "answered" ? start.value : undefined);
  const [note, setNote] = useState(agreed?.note ?? "");
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  // When the page refreshes with a newer agreed answer (ours, or another consultant's after a 409),
  // show it; the status line stays, so the confirmation is not lost.
  const [seenVersion, setSeenVersion] = useState(agreed?.version ?? 0);
  if ((agreed?.version ?? 0) !== seenVersion) {
    setSeenVersion(agreed?.version ?? 0);
    const next = agreed ?? suggestion;
    setState(next?.state ?? "answered");
    setValue(next?.state === "answered" ? next.value : undefined);
    setNote(agreed?.note ?? "");
  }
  const base = `/api/v1/assessments/${assessmentId}/agreed-answers/${question.id}`;
  const id = `agreed-${question.id.replace(/\./g, "-")}`;
  const states = (["answered", "unknown", "not-applicable"] as const).filter(
    (s) => s === "answered" || (s === "unknown" ? question.allowUnknown : question.allowNotApplicable),
  );

  async function send(method: "PUT" | "DELETE") {
    setPending(true);
    setStatus(null);
    try {
      const response = await fetch(base, {
        method,
        credentials: "same-origin",
        headers: method === "PUT" ? { "content-type": "application/json" } : undefined,
        body:
          method === "PUT"
            ? JSON.stringify({ state, ...(state === "answered" ? { value } : {}), note: note.trim() ? note : null, baseVersion: agreed?.version ?? 0 })
            : undefined,
      });
      const body = response.status === 204 ? null : await response.json().catch(() => null);
      // Settled here: the card stays under a filter it may no longer match, so its message is seen.
      if (response.ok || response.status === 409) keepInView(question.id);
      if (response.ok) {
        setStatus({ tone: "ok", text: method === "PUT" ? "Agreed answer recorded. The report uses it." : "Agreed answer cleared. The report uses the majority’s answer again." });
        startTransition(() => router.refresh());
      } else if (response.status === 409) {
        const current = body?.current;
        setStatus({ tone: "error", text: `Someone recorded another agreed answer meanwhile${current ? ` (“${describeAnswer(question, current)}”)` : ""}. The page now shows it; record yours again if it should win.` });
        startTransition(() => router.refresh());
      } else {
        const errors = (body?.errors ?? []) as { path: string; message: string }[];
        setStatus({ tone: "error", text: errors.length ? errors.map((e) => e.message).join(". ") : (body?.detail ?? "That did not save. Try again.") });
      }
    } catch {
      setStatus({ tone: "error", text: "The connection failed. Check it and try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="grid gap-4"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void send("PUT");
      }}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`${id}-title`} className="font-medium">
          Agreed answer
        </h4>
        <span className="text-sm text-muted">{agreed ? `Recorded (version ${agreed.version})` : suggestion ? "Not recorded yet: starts from the majority’s answer" : "Not recorded yet"}</span>
      </div>
      {states.length > 1 ? (
        <fieldset className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <legend className="sr-only">The agreed answer is</legend>
          {states.map((s) => (
            <label key={s} className="inline-flex cursor-pointer items-center gap-2">
              <input type="radio" name={`${id}-state`} value={s} checked={state === s} onChange={() => setState(s)} className="size-4 accent-[var(--color-accent)]" />
              {STATE_LABELS[s]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {state === "answered" ? (
        <AnswerInput question={{ ...question, id: `${id}-value` }} value={value} disabled={pending} describedBy={`${id}-status`} onChange={(next) => setValue(next)} onClear={() => setValue(undefined)} />
      ) : null}
      <div>
        <label htmlFor={`${id}-note`} className="text-sm font-medium">
          Note <span className="font-normal text-muted">{state === "not-applicable" ? "(why it does not apply; required)" : "(why this is the answer)"}</span>
        </label>
        <textarea
          id={`${id}-note`}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          maxLength={5000}
          className="mt-1.5 w-full rounded-md border border-line-strong/70 bg-surface px-3 py-2 text-[0.9375rem] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={pending || (state === "answered" && (value === undefined || value === ""))}>
          {pending ? "Saving…" : agreed ? "Update agreed answer" : "Record agreed answer"}
        </Button>
        {agreed ? (
          <Button variant="secondary" size="sm" disabled={pending} onClick={() => void send("DELETE")}>
            Clear
          </Button>
        ) : null}
      </div>
      <p id={`${id}-status`} aria-live="polite" className={`text-sm empty:hidden ${status?.tone === "error" ? "text-risk-high" : "text-muted"}`}>
        {status?.text ?? ""}
      </p>
    </form>
  );
}
