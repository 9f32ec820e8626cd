"use client";

import { CopyButton } from "@/components/reviews/copy-button";

/** An invitation link to hand over, with a copy button. */
export function InvitationLink({ link, email, mailed }: { link: string; email: string; mailed: boolean }) {
  const id = `invitation-link-${link.slice(-8)}`;
  return (
    <div className="grid gap-3">
      <p className="text-[0.9375rem]">
        {mailed ? (
          <>
            We emailed the invitation to <strong className="font-medium">{email}</strong>. You can also send them this link yourself.
          </>
        ) : (
          <>
            No mail server is set up, so the invitation to <strong className="font-medium">{email}</strong> was kept, not mailed. Send
            them this link yourself.
          </>
        )}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor={id} className="sr-only">
          Invitation link for {email}
        </label>
        <input
          id={id}
          readOnly
          value={link}
          data-testid="invitation-link"
          className="h-10 min-w-0 flex-1 rounded-md border border-line bg-sunken px-3 font-mono text-xs"
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={link} />
      </div>
      <p className="text-sm text-muted">Only {email} can accept it, once, within 7 days. Treat it like a password until then.</p>
    </div>
  );
}
