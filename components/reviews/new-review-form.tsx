"use client";

import { useState } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import { CopyButton } from "./copy-button";

type TCreated = { id: string; links: { edit: string } };
type TFieldErrors = Partial<Record<"title" | "organization" | "form", string>>;

const field =
  "mt-1.5 h-12 w-full rounded-md border border-line-strong/70 bg-surface px-3.5 text-base text-ink placeholder:text-muted/70 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent aria-invalid:border-risk-high";

export function NewReviewForm() {
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ link: string; path: string } | null>(null);

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    const organization = String(data.get("organization") ?? "").trim();
    if (!title) {
      setErrors({ title: "Give the review a title, e.g. “Backend review, spring 2027”." });
      form.querySelector<HTMLInputElement>("#title")?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const response = await fetch("/api/v1/assessments", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title, ...(organization && { organization }) }),
      });
      const body = await response.json();
      if (response.status === 201) {
        const { links } = body as TCreated;
        setCreated({ link: `${window.location.origin}${links.edit}`, path: links.edit });
      } else if (response.status === 422) {
        const next: TFieldErrors = {};
        for (const error of body.errors ?? []) next[error.path as keyof TFieldErrors] = error.message;
        setErrors(Object.keys(next).length ? next : { form: body.detail });
      } else {
        setErrors({ form: body.detail ?? "The review could not be started. Try again." });
      }
    } catch {
      setErrors({ form: "You seem to be offline. Connect and try again: nothing was created." });
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <section aria-labelledby="created-title" className="rounded-2xl border border-line bg-surface p-6 shadow-[var(--shadow-sheet)] sm:p-8">
        <h2 id="created-title" className="text-heading">
          Your review is ready
        </h2>
        <p className="mt-3 text-muted">
          This is its private link. Use it to come back later or to continue on another device; this browser will also
          remember the review.
        </p>
        <div role="note" className="mt-5 rounded-lg border-l-4 border-risk-medium bg-sunken p-4 text-sm">
          <strong>Whoever holds this link can read and change the review.</strong> Keep it like a password and share it
          only with people who should answer.
        </div>
        <div className="mt-5 flex flex-col gap-2 sm:flex-row">
          <label htmlFor="private-link" className="sr-only">
            Private link
          </label>
          <input id="private-link" readOnly value={created.link} className="h-11 min-w-0 flex-1 rounded-md border border-line bg-sunken px-3 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={created.link} />
        </div>
        <div className="mt-8">
          <LinkButton href={created.path} prefetch={false} size="lg">
            Start answering →
          </LinkButton>
        </div>
      </section>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
      className="grid gap-6 rounded-2xl border border-line bg-surface p-6 shadow-[var(--shadow-sheet)] sm:p-8"
    >
      <div>
        <label htmlFor="title" className="font-medium">
          Title of the review
        </label>
        <input id="title" name="title" required maxLength={200} autoComplete="off" placeholder="Backend review, spring 2027" className={field} aria-invalid={errors.title ? true : undefined} aria-describedby="title-error" />
        <p id="title-error" aria-live="polite" className="mt-1.5 text-sm text-risk-high empty:hidden">
          {errors.title}
        </p>
      </div>
      <div>
        <label htmlFor="organization" className="font-medium">
          Organisation <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id="organization" name="organization" maxLength={200} autoComplete="organization" placeholder="Acme Ltd" className={field} aria-invalid={errors.organization ? true : undefined} aria-describedby="organization-error" />
        <p id="organization-error" aria-live="polite" className="mt-1.5 text-sm text-risk-high empty:hidden">
          {errors.organization}
        </p>
      </div>
      <p aria-live="assertive" className="text-sm text-risk-high empty:hidden">
        {errors.form}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" size="lg" disabled={busy}>
          {busy ? "Starting…" : "Start the review"}
        </Button>
        <span className="text-sm text-muted">No account needed. About 30 minutes, in as many sittings as you like.</span>
      </div>
    </form>
  );
}
