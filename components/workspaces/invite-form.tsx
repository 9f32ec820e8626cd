"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormError, FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { inviteAction } from "@/lib/workspaces/actions";
import { IDLE_STATE } from "@/lib/workspaces/action-state";
import { ROLE_LABELS, ROLE_SUMMARIES, WORKSPACE_ROLES } from "@/lib/workspaces/roles";
import { InvitationLink } from "./invitation-link";

/** Owners invite colleagues by email; the result shows the link to hand over as well. */
export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const [state, action, pending] = useActionState(inviteAction, IDLE_STATE);
  const result = useRef<HTMLDivElement>(null);
  // The form is reset after a success: take focus to the link to hand over, not back to the page's top.
  useEffect(() => {
    if (state.invitation) result.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, [state.invitation]);
  return (
    <div className="grid gap-6">
      <form action={action} noValidate className="grid gap-5" key={state.invitation?.link ?? "form"}>
        <input type="hidden" name="workspaceId" value={workspaceId} />
        <FormField name="email" idPrefix="invite-" label="Email" type="email" inputMode="email" autoComplete="off" placeholder="colleague@consultancy.com" required error={state.fieldErrors?.email} />
        <fieldset aria-describedby="invite-role-error">
          <legend className="font-medium">Role</legend>
          <div className="mt-2 grid gap-2">
            {WORKSPACE_ROLES.map((role) => (
              <label
                key={role}
                className="flex cursor-pointer gap-3 rounded-lg border border-line p-3 has-checked:border-accent has-checked:bg-accent/5 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
              >
                <input type="radio" name="role" value={role} defaultChecked={role === "consultant"} className="mt-1 accent-(--color-accent) focus-visible:outline-none" />
                <span>
                  <span className="block font-medium">{ROLE_LABELS[role]}</span>
                  <span className="block text-sm text-muted">{ROLE_SUMMARIES[role]}</span>
                </span>
              </label>
            ))}
          </div>
          <p id="invite-role-error" aria-live="polite" className="mt-1.5 text-sm text-risk-high empty:hidden">
            {state.fieldErrors?.role}
          </p>
        </fieldset>
        <FormError id="invite-form-error" message={state.status === "error" ? state.message : undefined} />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Inviting…" : "Send invitation"}
          </Button>
        </div>
      </form>
      <div aria-live="polite" ref={result}>
        {state.invitation ? (
          <div className="rounded-xl border border-line border-l-4 border-l-risk-low bg-sunken/60 p-4">
            <InvitationLink {...state.invitation} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
