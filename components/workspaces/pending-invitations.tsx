"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { cancelInvitationAction, resendInvitationAction } from "@/lib/workspaces/actions";
import { IDLE_STATE } from "@/lib/workspaces/action-state";
import { ROLE_LABELS, type TWorkspaceRole } from "@/lib/workspaces/roles";
import { InvitationLink } from "./invitation-link";

type TRow = { id: string; email: string; role: TWorkspaceRole; expires: string; invitedBy: string | null };

function InvitationRow({ workspaceId, invitation }: { workspaceId: string; invitation: TRow }) {
  const [renewed, renew, renewing] = useActionState(resendInvitationAction, IDLE_STATE);
  const [cancelled, cancel, cancelling] = useActionState(cancelInvitationAction, IDLE_STATE);
  const error = renewed.status === "error" ? renewed.message : cancelled.status === "error" ? cancelled.message : undefined;
  return (
    <li className="grid gap-3 p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate font-medium">{invitation.email}</p>
          <p className="text-sm text-muted">
            {ROLE_LABELS[invitation.role]} · expires {invitation.expires}
            {invitation.invitedBy ? ` · invited by ${invitation.invitedBy}` : ""}
          </p>
        </div>
        <div className="flex gap-2">
          <form action={renew}>
            <input type="hidden" name="workspaceId" value={workspaceId} />
            <input type="hidden" name="invitationId" value={invitation.id} />
            <Button type="submit" size="sm" variant="secondary" disabled={renewing} title="Makes a new link and mails it again; the old link stops working">
              {renewing ? "Sending…" : "New link"}
            </Button>
          </form>
          <form action={cancel}>
            <input type="hidden" name="workspaceId" value={workspaceId} />
            <input type="hidden" name="invitationId" value={invitation.id} />
            <Button type="submit" size="sm" variant="secondary" disabled={cancelling} aria-label={`Cancel the invitation to ${invitation.email}`}>
              {cancelling ? "Cancelling…" : "Cancel"}
            </Button>
          </form>
        </div>
      </div>
      <div role="status" className="empty:hidden">
        {renewed.invitation ? <InvitationLink {...renewed.invitation} /> : null}
        {error ? <p className="text-sm text-risk-high">{error}</p> : null}
      </div>
    </li>
  );
}

/** Open invitations (owners only): renew a link, or cancel it. */
export function PendingInvitations({ workspaceId, invitations }: { workspaceId: string; invitations: TRow[] }) {
  if (invitations.length === 0) {
    return <p className="rounded-2xl border border-dashed border-line p-5 text-[0.9375rem] text-muted">No open invitations.</p>;
  }
  return (
    <ul className="divide-y divide-line rounded-2xl border border-line bg-surface" aria-label="Open invitations">
      {invitations.map((invitation) => (
        <InvitationRow key={invitation.id} workspaceId={workspaceId} invitation={invitation} />
      ))}
    </ul>
  );
}
