"use client";

import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/reviews/copy-button";
import type { TShareSummary } from "@/lib/shares/schemas";

const EXPIRY_CHOICES = [
  { label: "Never (until revoked)", days: undefined },
  { label: "7 days", days: 7 },
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
];

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const when = (iso: string | null) => (iso ? dateFormat.format(new Date(iso)) : "");

/** Read-only links to the report: create (optionally expiring), copy once, see views, revoke. */
export function SharePanel({ assessmentId }: { assessmentId: string }) {
  const [shares, setShares] = useState<TShareSummary[] | null>(null);
  const [expiry, setExpiry] = useState(0);
  const [fresh, setFresh] = useState<{ id: string; url: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const base = `/api/v1/assessments/${assessmentId}/shares`;

  const refresh = useCallback(async () => {
    const response = await fetch(base, { credentials: "same-origin" });
    if (response.ok) setShares(((await response.json()) as { shares: TShareSummary[] }).shares);
  }, [base]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function create() {
    setProblem(null);
    const days = EXPIRY_CHOICES[expiry].days;
    const response = await fetch(base, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(days ? { expiresInDays: days } : {}),
    });
    if (response.status !== 201) {
      setProblem("The link could not be created. Try again.");
      return;
    }
    const created = (await response.json()) as { id: string; url: string };
    setFresh(created);
    await refresh();
  }

  async function revoke(id: string) {
    const response = await fetch(`${base}/${id}`, { method: "DELETE", credentials: "same-origin" });
    if (response.status !== 204) setProblem("The link could not be revoked. Try again.");
    if (fresh?.id === id) setFresh(null);
    await refresh();
  }

  return (
    <section aria-labelledby="share-title" className="rounded-xl border border-line bg-surface p-5 print:hidden">
      <h2 id="share-title" className="font-serif text-heading">
        Share a read-only link
      </h2>
      <p className="mt-2 text-sm text-muted">
        Anyone with the link can read this report, without an account, but cannot change anything. Search engines are asked
        not to index it. Revoke it at any time.
      </p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="share-expiry" className="text-sm font-medium">
            Link expires
          </label>
          <select
            id="share-expiry"
            value={expiry}
            onChange={(event) => setExpiry(Number(event.target.value))}
            className="mt-1 block h-9 rounded-md border border-line-strong/70 bg-surface px-2 text-sm"
          >
            {EXPIRY_CHOICES.map((choice, index) => (
              <option key={choice.label} value={index}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <Button size="sm" onClick={() => void create()}>
          Create link
        </Button>
      </div>
      {fresh && (
        <div className="mt-4 rounded-lg border border-accent/40 bg-sunken p-3" role="status">
          <p className="text-sm font-medium">New link: copy it now, it is shown only once.</p>
          <div className="mt-2 flex gap-2">
            <label htmlFor="share-url" className="sr-only">
              Share link
            </label>
            <input id="share-url" readOnly value={fresh.url} className="h-9 min-w-0 flex-1 rounded-md border border-line bg-surface px-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={fresh.url} />
          </div>
        </div>
      )}
      <p aria-live="polite" className="mt-2 text-sm text-risk-high empty:hidden">
        {problem}
      </p>
      {shares && shares.length > 0 && (
        <table className="mt-5 w-full text-left text-sm">
          <caption className="sr-only">Links to this report</caption>
          <thead className="text-xs text-muted">
            <tr>
              <th scope="col" className="py-1 font-medium">Created</th>
              <th scope="col" className="py-1 font-medium">Status</th>
              <th scope="col" className="py-1 font-medium">Views</th>
              <th scope="col" className="py-1"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {shares.map((share) => (
              <tr key={share.id} className="border-t border-line" data-share-id={share.id}>
                <td className="py-2">{when(share.createdAt)}</td>
                <td className="py-2">
                  {share.status === "active" ? (share.expiresAt ? `Active until ${when(share.expiresAt)}` : "Active") : share.status === "expired" ? "Expired" : "Revoked"}
                </td>
                <td className="py-2 font-mono">
                  {share.viewCount}
                  {share.lastViewedAt && <span className="ml-1 font-sans text-xs text-muted">(last {when(share.lastViewedAt)})</span>}
                </td>
                <td className="py-2 text-right">
                  {share.status === "active" && (
                    <Button variant="secondary" size="sm" onClick={() => void revoke(share.id)}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
