"use client";

import { useEffect, useState } from "react";
import { CopyButton } from "@/components/reviews/copy-button";

/**
 * Whose answers these are, at the top of a respondent's questionnaire, and their own link for another
 * device. A respondent answers alone: nobody else's answers or the report are shown to them.
 */
export function RespondentIdentity({ assessmentId, token, name, role }: { assessmentId: string; token: string; name: string; role: string | null }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const link = `${origin}/reviews/${assessmentId}/open?token=${encodeURIComponent(token)}`;
  return (
    <div className="w-full max-w-md rounded-xl border border-line bg-surface p-4 text-sm sm:w-auto">
      <p className="text-[0.9375rem]">
        You are answering as{" "}
        <strong className="font-semibold text-ink">
          {name}
          {role ? `, ${role}` : ""}
        </strong>
        .
      </p>
      <p className="mt-1.5 text-muted">
        Your answers are your own: the rest of the team does not see them. The consultant compares everyone&rsquo;s answers before the
        report is written.
      </p>
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
          Your link: continue on another device
        </summary>
        <p className="mt-2 text-muted">It opens your answers only. Keep it to yourself.</p>
        <div className="mt-2 flex gap-2">
          <label htmlFor="respondent-link" className="sr-only">
            Your private link
          </label>
          <input
            id="respondent-link"
            readOnly
            value={link}
            className="h-9 min-w-0 flex-1 rounded-md border border-line bg-sunken px-2 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton text={link} />
        </div>
      </details>
    </div>
  );
}
