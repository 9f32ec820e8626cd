"use client";

import { useEffect, useState } from "react";
import { CopyButton } from "./copy-button";

/** The review's private link, for carrying on from another device. Whoever holds it can edit. */
export function PrivateLink({ assessmentId, token, open = false }: { assessmentId: string; token: string; open?: boolean }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const link = `${origin}/reviews/${assessmentId}/open?token=${encodeURIComponent(token)}`;
  return (
    <details className="group w-full max-w-md rounded-xl border border-line bg-surface p-4 text-sm open:shadow-[var(--shadow-sheet)] sm:w-auto" open={open}>
      <summary className="cursor-pointer list-none font-medium text-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
        Private link: continue on another device
      </summary>
      <p className="mt-3 text-muted">
        <strong className="text-ink">Anyone with this link can read and change this review.</strong> Keep it like a password; it is
        not shown in the address bar.
      </p>
      <div className="mt-3 flex gap-2">
        <label htmlFor="private-link" className="sr-only">
          Private link
        </label>
        <input id="private-link" readOnly value={link} className="h-9 min-w-0 flex-1 rounded-md border border-line bg-sunken px-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={link} />
      </div>
    </details>
  );
}
