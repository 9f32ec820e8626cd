"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { LABEL_MAX_LENGTH } from "@/lib/milestones/schemas";

type TProblem = { detail?: string; errors?: { path: string; message: string }[] };

/** Publishes the current report as the next milestone, with an optional label; errors next to the field. */
export function PublishForm({ assessmentId, nextNumber }: { assessmentId: string; nextNumber: number }) {
  const router = useRouter();
  const [label, setLabel] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [published, setPublished] = useState<{ number: number; label: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setFieldError(null);
    setProblem(null);
    try {
      const response = await fetch(`/api/v1/assessments/${assessmentId}/milestones`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(label.trim() ? { label } : {}),
      });
      if (response.status === 201) {
        const body = (await response.json()) as { number: number; label: string };
        setPublished(body);
        setLabel("");
        router.refresh();
        return;
      }
      const body = (await response.json().catch(() => ({}))) as TProblem;
      const onLabel = body.errors?.find((error) => error.path === "label");
      if (onLabel) setFieldError(onLabel.message);
      else setProblem(body.detail ?? "The milestone could not be published. Try again.");
    } catch {
      setProblem("The milestone could not be published: the connection failed. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="publish-title" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="publish-title" className="font-serif text-heading">
        Publish milestone {nextNumber}
      </h2>
      <p className="mt-2 text-sm text-muted">
        Freezes the report as it stands now, with the answers behind it. A milestone never changes afterwards; later answers go
        into the live report and the next milestone.
      </p>
      <div className="mt-4">
        <label htmlFor="milestone-label" className="text-sm font-medium">
          Label <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id="milestone-label"
          name="label"
          value={label}
          maxLength={LABEL_MAX_LENGTH + 20}
          onChange={(event) => setLabel(event.target.value)}
          placeholder={`Milestone ${nextNumber} — today's date`}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby="milestone-label-error"
          className="mt-1 block h-11 w-full rounded-md border border-line-strong/70 bg-surface px-3 text-[0.9375rem] aria-invalid:border-risk-high"
        />
        <p id="milestone-label-error" aria-live="polite" className="mt-1 text-sm text-risk-high empty:hidden">
          {fieldError}
        </p>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Publishing…" : "Publish milestone"}
        </Button>
      </div>
      <div aria-live="polite" className="mt-3 text-sm empty:hidden">
        {published ? (
          <p className="rounded-lg border border-accent/40 bg-sunken p-3">
            Published <strong>{published.label}</strong>.{" "}
            <Link href={`/reviews/${assessmentId}/milestones/${published.number}`}>Open the frozen report</Link>
          </p>
        ) : null}
        {problem ? <p className="text-risk-high">{problem}</p> : null}
      </div>
    </form>
  );
}
