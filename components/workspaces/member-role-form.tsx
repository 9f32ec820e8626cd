"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { changeRoleAction } from "@/lib/workspaces/actions";
import { IDLE_STATE } from "@/lib/workspaces/action-state";
import { ROLE_LABELS, WORKSPACE_ROLES, type TWorkspaceRole } from "@/lib/workspaces/roles";
import { SELECT_CLASSES } from "./select-classes";
import { SelectChevron } from "./select-chevron";

/** An owner's control for one member's role: the Save button appears once the choice differs. */
export function MemberRoleForm({ workspaceId, memberId, role, memberName }: { workspaceId: string; memberId: string; role: TWorkspaceRole; memberName: string }) {
  const [state, action, pending] = useActionState(changeRoleAction, IDLE_STATE);
  const [choice, setChoice] = useState<TWorkspaceRole>(role);
  const id = `role-${memberId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="memberId" value={memberId} />
      <label htmlFor={id} className="sr-only">
        Role of {memberName}
      </label>
      <span className="relative inline-block">
      <select
        id={id}
        name="role"
        value={choice}
        onChange={(event) => setChoice(event.currentTarget.value as TWorkspaceRole)}
        aria-describedby={`${id}-status`}
        className={`${SELECT_CLASSES} h-9 w-36 text-sm`}
      >
        {WORKSPACE_ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      <SelectChevron />
      </span>
      {choice !== role ? (
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      ) : null}
      <span id={`${id}-status`} role="status" className={`basis-full text-sm empty:hidden ${state.status === "error" ? "text-risk-high" : "text-muted"}`}>
        {state.status === "error" ? state.message : null}
      </span>
    </form>
  );
}
