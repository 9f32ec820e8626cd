import type { TMemberRow } from "@/lib/workspaces/get-workspace-people";
import type { TMembership } from "@/lib/workspaces/require-member";
import { formatDate, initials } from "./format";
import { MemberRoleForm } from "./member-role-form";
import { RemoveMemberButton } from "./remove-member-button";
import { RoleBadge } from "./role-badge";

/** The workspace's people. Owners get role and removal controls; everyone may leave. */
export function MembersList({ membership, members }: { membership: TMembership; members: TMemberRow[] }) {
  const isOwner = membership.role === "owner";
  return (
    <ul className="divide-y divide-line rounded-2xl border border-line bg-surface" aria-label="Members">
      {members.map((member) => {
        const isSelf = member.id === membership.memberId;
        return (
          <li key={member.id} className="grid gap-4 p-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:p-5" data-member-email={member.email}>
            <div className="flex min-w-0 items-center gap-3.5">
              <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-sunken font-mono text-xs font-medium text-muted">
                {initials(member.name, member.email)}
              </span>
              <div className="min-w-0">
                <p className="truncate font-medium">
                  {member.name}
                  {isSelf ? <span className="font-normal text-muted"> (you)</span> : null}
                </p>
                <p className="truncate text-sm text-muted">
                  {member.email} · joined {formatDate(member.joinedAt)}
                </p>
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-3 sm:justify-end">
              {isOwner && !isSelf ? (
                <MemberRoleForm workspaceId={membership.workspace.id} memberId={member.id} role={member.role} memberName={member.name} />
              ) : (
                <span>
                  <span className="sr-only">Role: </span>
                  <RoleBadge role={member.role} />
                </span>
              )}
              {isOwner && !isSelf ? <RemoveMemberButton workspaceId={membership.workspace.id} memberId={member.id} memberName={member.name} /> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
