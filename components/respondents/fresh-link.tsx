"use client";

import { useEffect, useRef } from "react";
import { CopyButton } from "@/components/reviews/copy-button";

/** A respondent's new private link, shown once: focus goes to it so it can be copied straight away. */
export function FreshLink({ name, link, onDone }: { name: string; link: string; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [link]);
  return (
    <div className="rounded-xl border border-line border-l-4 border-l-risk-low bg-sunken/60 p-4" role="status">
      <p className="font-medium">Private link for {name}</p>
      <p className="mt-1 text-sm text-muted">
        Send it to them yourself. It is shown only now; if it is lost, make a new one (the old one then stops working).
      </p>
      <div className="mt-3 flex gap-2">
        <label htmlFor="fresh-respondent-link" className="sr-only">
          Private link for {name}
        </label>
        <input
          ref={field}
          id="fresh-respondent-link"
          readOnly
          value={link}
          className="h-9 min-w-0 flex-1 rounded-md border border-line bg-surface px-2 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={link} />
      </div>
      <button type="button" onClick={onDone} className="mt-3 text-sm text-accent underline decoration-accent/40 hover:decoration-accent">
        Done, hide the link
      </button>
    </div>
  );
}
