"use client";

import { useActionState } from "react";
import { FormError, FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { createWorkspaceAction } from "@/lib/workspaces/actions";
import { IDLE_STATE } from "@/lib/workspaces/action-state";

export function CreateWorkspaceForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const [state, action, pending] = useActionState(createWorkspaceAction, IDLE_STATE);
  return (
    <form action={action} noValidate className="grid gap-5">
      <FormField
        name="name"
        idPrefix="workspace-"
        label="Name of the consultancy"
        placeholder="Strata Consulting"
        autoComplete="organization"
        required
        minLength={2}
        maxLength={80}
        autoFocus={autoFocus}
        error={state.fieldErrors?.name}
        hint="Your clients see it on invitations and reports. You can invite colleagues next."
      />
      <FormError id="workspace-form-error" message={state.status === "error" ? state.message : undefined} />
      <div>
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? "Creating…" : "Create workspace"}
        </Button>
      </div>
    </form>
  );
}
