"use client";

import { useActionState } from "react";
import { FormError } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { acceptInvitationAction, declineInvitationAction } from "@/lib/workspaces/actions";
import { IDLE_STATE } from "@/lib/workspaces/action-state";

/** Accept or decline, for the signed-in invitee. Accepting lands on the workspace. */
export function InvitationResponse({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [accepted, accept, accepting] = useActionState(acceptInvitationAction, IDLE_STATE);
  const [declined, decline, declining] = useActionState(declineInvitationAction, IDLE_STATE);
  if (declined.status === "ok") {
    return (
      <p role="status" className="text-[0.9375rem]">
        You declined the invitation to {workspaceName}. Nothing else happens; you can close this page.
      </p>
    );
  }
  const error = accepted.status === "error" ? accepted.message : declined.status === "error" ? declined.message : undefined;
  return (
    <div className="grid gap-4">
      <div className="flex flex-col gap-3 sm:flex-row">
        <form action={accept}>
          <input type="hidden" name="token" value={token} />
          <Button type="submit" size="lg" disabled={accepting || declining} className="w-full sm:w-auto">
            {accepting ? "Joining…" : `Join ${workspaceName}`}
          </Button>
        </form>
        <form action={decline}>
          <input type="hidden" name="token" value={token} />
          <Button type="submit" size="lg" variant="secondary" disabled={accepting || declining} className="w-full sm:w-auto">
            {declining ? "Declining…" : "Decline"}
          </Button>
        </form>
      </div>
      <FormError id="invitation-error" message={error} />
    </div>
  );
}
