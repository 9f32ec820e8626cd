"use client";

import { useState, type FormEvent } from "react";
import { FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import type { TTeamMember } from "@/lib/respondents/team-view";
import { callRespondentsApi } from "./api";
import { ProgressMeter } from "./progress-meter";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

type TProps = {
  assessmentId: string;
  respondent: TTeamMember;
  onLink: (fresh: { name: string; link: string }) => void;
  onChanged: () => void;
};

/** One respondent: who they are, how far they got, and the consultant's actions on their link. */
export function RespondentRow({ assessmentId, respondent, onLink, onChanged }: TProps) {
  const [mode, setMode] = useState<"view" | "edit" | "confirm-revoke" | "confirm-reissue">("view");
  const [problem, setProblem] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const base = `/api/v1/assessments/${assessmentId}/respondents/${respondent.id}`;
  const revoked = respondent.status === "revoked";
  const { progress } = respondent;
  const headingId = `respondent-${respondent.id}`;

  async function act(method: "PATCH" | "DELETE", body?: unknown) {
    setProblem(undefined);
    const result = await callRespondentsApi<{ name: string; link?: string }>(base, { method, body });
    if (!result.ok) {
      setFields(result.fields);
      setProblem(result.message);
      return false;
    }
    setFields({});
    setMode("view");
    if (result.body?.link) onLink({ name: result.body.name, link: result.body.link });
    onChanged();
    return true;
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void act("PATCH", { name: String(data.get("name") ?? ""), role: String(data.get("role") ?? "") || null });
  }

  return (
    <li className="grid gap-4 rounded-xl border border-line bg-surface p-5 sm:grid-cols-[minmax(0,1fr)_minmax(0,16rem)] sm:gap-6" aria-labelledby={headingId}>
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h3 id={headingId} className="text-[1.0625rem] font-semibold">
            {respondent.name}
          </h3>
          {respondent.role ? <span className="text-muted">{respondent.role}</span> : null}
          {revoked ? (
            <span className="rounded-[4px] border border-line-strong/60 px-1.5 font-mono text-[0.6875rem] leading-5 tracking-wide text-muted uppercase">Link revoked</span>
          ) : null}
        </div>
        {respondent.email ? <p className="mt-0.5 truncate text-sm text-muted">{respondent.email}</p> : null}
        <p className="mt-3 text-sm text-muted">
          {progress.lastActivityAt ? `Last answer ${dateFormat.format(new Date(progress.lastActivityAt))} UTC` : "No answers yet"}
          {progress.unknown > 0 ? ` · ${progress.unknown} “don’t know”` : ""}
        </p>
        {mode === "edit" ? (
          <form onSubmit={save} noValidate className="mt-4 grid gap-3 sm:grid-cols-2">
            <FormField name="name" idPrefix={`edit-${respondent.id}-`} label="Name" defaultValue={respondent.name} error={fields.name} />
            <FormField name="role" idPrefix={`edit-${respondent.id}-`} label="Role" defaultValue={respondent.role ?? ""} error={fields.role} />
            <div className="flex gap-2 sm:col-span-2">
              <Button type="submit" size="sm">Save</Button>
              <Button variant="secondary" size="sm" onClick={() => setMode("view")}>Cancel</Button>
            </div>
          </form>
        ) : null}
        {mode === "confirm-revoke" || mode === "confirm-reissue" ? (
          <div className="mt-4 rounded-lg border border-line bg-sunken/60 p-3 text-sm" role="group" aria-label="Confirm">
            <p>
              {mode === "confirm-revoke"
                ? `${respondent.name}'s link stops working at once. Their answers stay in the review.`
                : `A new link replaces ${respondent.name}'s current one, which stops working at once.`}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <Button size="sm" onClick={() => void act(mode === "confirm-revoke" ? "DELETE" : "PATCH", mode === "confirm-revoke" ? undefined : { reissueLink: true })}>
                {mode === "confirm-revoke" ? "Revoke the link" : "Make a new link"}
              </Button>
              <Button variant="secondary" size="sm" onClick={() => setMode("view")}>Cancel</Button>
            </div>
          </div>
        ) : null}
        <p aria-live="polite" className="mt-2 text-sm text-risk-high empty:hidden">
          {problem && !Object.keys(fields).length ? problem : ""}
        </p>
      </div>
      <div className="grid content-start gap-4">
        <ProgressMeter answered={progress.answered} total={progress.total} label={`${respondent.name}'s progress`} />
        {mode === "view" ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={() => setMode("edit")} aria-label={`Edit ${respondent.name}`}>Edit</Button>
            <Button variant="secondary" size="sm" onClick={() => setMode("confirm-reissue")} aria-label={`New link for ${respondent.name}`}>
              New link
            </Button>
            {!revoked ? (
              <Button variant="secondary" size="sm" onClick={() => setMode("confirm-revoke")} aria-label={`Revoke ${respondent.name}'s link`}>
                Revoke
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}
