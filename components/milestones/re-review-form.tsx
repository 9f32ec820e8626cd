"use client";

import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { CopyButton } from "@/components/reviews/copy-button";
import { Button } from "@/components/ui/button";

type TStarted = { id: string; title: string; links: { edit: string; report: string }; workspaceId: string | null; prefilledAnswers: number; basedOnMilestone: { number: number } };

/**
 * Starts a re-review from the latest milestone. The new review's private link is shown once: for a
 * self-serve review it is the only way back to it; in a workspace, members reach it from the workspace
 * and the link is for whoever answers as its owner.
 */
export function ReReviewForm({ assessmentId, latest }: { assessmentId: string; latest: { number: number; label: string } }) {
  const [title, setTitle] = useState("");
  const [started, setStarted] = useState<TStarted | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setFieldError(null);
    try {
      const response = await fetch(`/api/v1/assessments/${assessmentId}/re-review`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(title.trim() ? { title } : {}),
      });
      const body = await response.json().catch(() => ({}));
      if (response.status === 201) setStarted(body as TStarted);
      else if (body.errors?.[0]?.path === "title") setFieldError(body.errors[0].message);
      else setProblem(body.detail ?? "The re-review could not be started. Try again.");
    } catch {
      setProblem("The re-review could not be started: the connection failed. Try again.");
    } finally {
      setBusy(false);
    }
  }

  const link = started ? `${origin}${started.links.edit}` : "";
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="re-review-title" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="re-review-title" className="font-serif text-heading">
        Start a re-review
      </h2>
      <p className="mt-2 text-sm text-muted">
        A new review on the same questions, pre-filled with the answers and notes of <strong className="text-ink">{latest.label}</strong>.
        Change what has changed, publish, and compare the two milestones.
      </p>
      {started ? (
        <div role="status" className="mt-4 rounded-lg border border-accent/40 bg-sunken p-3 text-sm">
          <p className="font-medium">
            Started “{started.title}” with {started.prefilledAnswers} answers from milestone {started.basedOnMilestone.number}.
          </p>
          <p className="mt-2 text-muted">
            {started.workspaceId
              ? "Workspace members find it in the workspace. Its private link, shown only once, lets the client's owner update last time's answers:"
              : "Copy its private link now: it is shown only once, and it is the only way back to the new review."}
          </p>
          <div className="mt-2 flex gap-2">
            <label htmlFor="re-review-link" className="sr-only">
              Private link of the re-review
            </label>
            <input id="re-review-link" readOnly value={link} className="h-9 min-w-0 flex-1 rounded-md border border-line bg-surface px-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={link} />
          </div>
          <p className="mt-3">
            <Link href={started.workspaceId ? `/reviews/${started.id}` : started.links.edit}>Open the re-review</Link>
          </p>
        </div>
      ) : (
        <>
          <div className="mt-4">
            <label htmlFor="re-review-name" className="text-sm font-medium">
              Title <span className="font-normal text-muted">(optional)</span>
            </label>
            <input
              id="re-review-name"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              placeholder="This review's title — re-review today's date"
              aria-invalid={fieldError ? true : undefined}
              aria-describedby="re-review-name-error"
              className="mt-1 block h-11 w-full rounded-md border border-line-strong/70 bg-surface px-3 text-[0.9375rem] aria-invalid:border-risk-high"
            />
            <p id="re-review-name-error" aria-live="polite" className="mt-1 text-sm text-risk-high empty:hidden">
              {fieldError}
            </p>
          </div>
          <div className="mt-4">
            <Button type="submit" variant="secondary" disabled={busy}>
              {busy ? "Starting…" : "Start re-review"}
            </Button>
          </div>
        </>
      )}
      <p aria-live="polite" className="mt-3 text-sm text-risk-high empty:hidden">
        {problem}
      </p>
    </form>
  );
}
