"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { RISK_LEVELS, RISK_META, type RiskLevel } from "@/components/ui/risk-levels";
import { JUSTIFICATION_MIN_LENGTH, ZFindingReviewInput, type TFindingReviewInput } from "@/lib/finding-reviews/schemas";

export type TEditableReview = { note: string | null; severity: RiskLevel | null; justification: string | null; version: number };

type TProps = {
  assessmentId: string;
  findingId: string;
  findingTitle: string;
  computedSeverity: RiskLevel;
  review: TEditableReview | null;
};

type TFieldErrors = Partial<Record<"note" | "severity" | "justification" | "form", string>>;

const FIELD = "mt-1.5 block w-full rounded-md border border-line-strong/70 bg-surface px-3 py-2 text-[0.9375rem] text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

/**
 * The "Reviewer note" control on a finding: an inline form for the note, an adjusted severity and the
 * justification the adjustment needs. Checked with the API's own schema before sending; the server's
 * field errors land next to their fields; a 409 shows what the other reviewer saved.
 */
export function FindingReviewEditor({ assessmentId, findingId, findingTitle, computedSeverity, review }: TProps) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState(review?.note ?? "");
  const [severity, setSeverity] = useState<RiskLevel | "">(review?.severity ?? "");
  const [justification, setJustification] = useState(review?.justification ?? "");
  const [baseVersion, setBaseVersion] = useState(review?.version ?? 0);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [conflict, setConflict] = useState<TEditableReview | null>(null);
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  // Closing the form (saved or cancelled) hands focus back to the button that opened it.
  const toggle = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!open && returnFocus) {
      toggle.current?.focus();
      setReturnFocus(false);
    }
  }, [open, returnFocus]);
  const url = `/api/v1/assessments/${assessmentId}/findings/${encodeURIComponent(findingId)}/review`;
  const hasReview = Boolean(review && (review.note || review.severity));

  function input(): TFindingReviewInput {
    const adjusted = severity !== "";
    return {
      note: note.trim() ? note : null,
      severity: adjusted ? severity : null,
      ...(adjusted ? { justification } : {}),
      baseVersion,
    };
  }

  async function send(method: "PUT" | "DELETE") {
    setStatus("saving");
    setErrors({});
    setConflict(null);
    const response =
      method === "PUT"
        ? await fetch(url, { method, credentials: "same-origin", headers: { "content-type": "application/json" }, body: JSON.stringify(input()) })
        : await fetch(`${url}?baseVersion=${baseVersion}`, { method, credentials: "same-origin" });
    const body = await response.json().catch(() => null);
    if (response.ok) {
      setStatus("saved");
      setOpen(false);
      setReturnFocus(true);
      setBaseVersion(body.version);
      router.refresh();
      return;
    }
    setStatus("idle");
    if (response.status === 409 && body?.current) {
      setConflict(body.current as TEditableReview);
      return;
    }
    if (response.status === 422 && Array.isArray(body?.errors)) {
      setErrors(fieldErrors(body.errors));
      return;
    }
    setErrors({ form: body?.detail ?? "The review could not be saved. Try again." });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = ZFindingReviewInput.safeParse(input());
    if (!checked.success) {
      setErrors(fieldErrors(checked.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }))));
      return;
    }
    if (severity === computedSeverity) {
      setErrors({ severity: `Faultline already rates this finding ${RISK_META[computedSeverity].label}; keep the computed severity instead` });
      return;
    }
    void send("PUT");
  }

  function takeTheirs() {
    if (!conflict) return;
    setNote(conflict.note ?? "");
    setSeverity(conflict.severity ?? "");
    setJustification(conflict.justification ?? "");
    setBaseVersion(conflict.version);
    setConflict(null);
  }

  if (!open) {
    return (
      <div className="mt-5 flex flex-wrap items-center gap-3 print:hidden">
        <button ref={toggle} type="button" className={buttonClasses({ variant: "secondary", size: "sm" })} aria-expanded={false} onClick={() => { setOpen(true); setStatus("idle"); }}>
          {hasReview ? "Edit reviewer note" : "Reviewer note"}
          <span className="sr-only"> on {findingTitle}</span>
        </button>
        <span role="status" className="text-sm text-muted">
          {status === "saved" ? "Saved." : ""}
        </span>
      </div>
    );
  }

  const severityError = errors.severity;
  const justificationError = errors.justification;
  return (
    <form id={`${id}-form`} onSubmit={submit} noValidate aria-label={`Reviewer note on ${findingTitle}`} className="mt-5 rounded-lg border border-line bg-sunken/60 p-4 sm:p-5 print:hidden">
      <p className="eyebrow text-accent">Your review of this finding</p>
      <p className="mt-1 text-sm text-muted">Shown in the report, the PDF and shared links as the reviewer&rsquo;s, beside what Faultline computed.</p>

      <label htmlFor={`${id}-note`} className="mt-4 block text-sm font-medium">
        Reviewer&rsquo;s note <span className="font-normal text-muted">(optional)</span>
      </label>
      <textarea id={`${id}-note`} autoFocus rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-note-error`} aria-invalid={Boolean(errors.note)} className={FIELD} />
      <p id={`${id}-note-error`} aria-live="polite" className="mt-1 text-sm text-risk-high">{errors.note ?? ""}</p>

      <label htmlFor={`${id}-severity`} className="mt-3 block text-sm font-medium">
        Severity
      </label>
      <select
        id={`${id}-severity`}
        value={severity}
        onChange={(e) => setSeverity(e.target.value as RiskLevel | "")}
        aria-describedby={`${id}-severity-error`}
        aria-invalid={Boolean(severityError)}
        className={`${FIELD} h-10 max-w-xs py-0`}
      >
        <option value="">Keep the computed severity ({RISK_META[computedSeverity].label})</option>
        {[...RISK_LEVELS].reverse().filter((level) => level !== computedSeverity).map((level) => (
          <option key={level} value={level}>
            {RISK_META[level].label}
          </option>
        ))}
      </select>
      <p id={`${id}-severity-error`} aria-live="polite" className="mt-1 text-sm text-risk-high">{severityError ?? ""}</p>

      {severity !== "" ? (
        <>
          <label htmlFor={`${id}-justification`} className="mt-3 block text-sm font-medium">
            Why a different severity? <span className="font-normal text-muted">(required, at least {JUSTIFICATION_MIN_LENGTH} characters)</span>
          </label>
          <textarea
            id={`${id}-justification`}
            rows={3}
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
            aria-describedby={`${id}-justification-error`}
            aria-invalid={Boolean(justificationError)}
            aria-required="true"
            className={FIELD}
          />
          <p id={`${id}-justification-error`} aria-live="polite" className="mt-1 text-sm text-risk-high">{justificationError ?? ""}</p>
        </>
      ) : null}

      {conflict ? (
        <div role="alert" className="mt-3 rounded-md border border-risk-high/50 bg-risk-high/10 p-3 text-sm">
          <p className="font-medium">Someone else changed this review after you opened it.</p>
          <p className="mt-1 text-muted">
            Theirs: {conflict.severity ? `${RISK_META[conflict.severity].label} — ${conflict.justification ?? ""}` : "computed severity"}
            {conflict.note ? `; note: “${conflict.note}”` : ""}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button size="sm" variant="secondary" onClick={takeTheirs}>Load theirs to edit</Button>
          </div>
        </div>
      ) : null}
      <p role="alert" className="mt-1 text-sm text-risk-high">{errors.form ?? ""}</p>

      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={status === "saving"}>
          {status === "saving" ? "Saving…" : "Save review"}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => { setOpen(false); setReturnFocus(true); setErrors({}); setConflict(null); }}>
          Cancel
        </Button>
        {hasReview ? (
          <Button size="sm" variant="quiet" className="ml-auto" onClick={() => void send("DELETE")} disabled={status === "saving"}>
            Remove the review
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function fieldErrors(list: { path: string; message: string }[]): TFieldErrors {
  const out: TFieldErrors = {};
  for (const { path, message } of list) {
    const key = path === "note" || path === "severity" || path === "justification" ? path : "form";
    out[key] ??= message;
  }
  return out;
}
