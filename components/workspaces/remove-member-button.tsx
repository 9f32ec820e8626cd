"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { removeMemberAction } from "@/lib/workspaces/actions";
import { IDLE_STATE } from "@/lib/workspaces/action-state";

/** Remove a member (or leave, for oneself), with a second, explicit confirmation instead of a dialog. */
export function RemoveMemberButton({ workspaceId, memberId, memberName, leaving = false }: { workspaceId: string; memberId: string; memberName: string; leaving?: boolean }) {
  const [state, action, pending] = useActionState(removeMemberAction, IDLE_STATE);
  const [confirming, setConfirming] = useState(false);
  const label = leaving ? "Leave workspace" : "Remove";
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="memberId" value={memberId} />
      {leaving ? <input type="hidden" name="leaving" value="1" /> : null}
      {confirming ? (
        <>
          <span className="text-sm text-muted">{leaving ? "Leave for good?" : `Remove ${memberName}?`}</span>
          <Button type="submit" size="sm" disabled={pending} className="bg-risk-high! text-white! dark:text-bg!">
            {pending ? "Removing…" : leaving ? "Yes, leave" : "Yes, remove"}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            Keep
          </Button>
        </>
      ) : (
        <Button size="sm" variant="secondary" onClick={() => setConfirming(true)} aria-label={leaving ? undefined : `Remove ${memberName}`}>
          {label}
        </Button>
      )}
      <span role="status" className="basis-full text-right text-sm text-risk-high empty:hidden">
        {state.status === "error" ? state.message : null}
      </span>
    </form>
  );
}
