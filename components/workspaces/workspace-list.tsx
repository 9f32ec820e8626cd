import Link from "next/link";
import type { TWorkspaceSummary } from "@/lib/workspaces/list-workspaces";
import { formatDate } from "./format";
import { RoleBadge } from "./role-badge";

export function WorkspaceList({ workspaces }: { workspaces: TWorkspaceSummary[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {workspaces.map((workspace) => (
        <li key={workspace.id}>
          <Link
            href={`/workspaces/${workspace.slug}`}
            className="group flex h-full flex-col rounded-2xl border border-line bg-surface p-6 no-underline shadow-[var(--shadow-sheet)] transition-[border-color] duration-150 hover:border-line-strong"
          >
            <span className="flex items-start justify-between gap-4">
              <span className="font-serif text-heading font-semibold text-ink group-hover:underline">{workspace.name}</span>
              <RoleBadge role={workspace.role} className="mt-1 shrink-0" />
            </span>
            <span className="mt-auto pt-6 text-sm text-muted">
              {workspace.memberCount === 1 ? "1 member" : `${workspace.memberCount} members`} · joined {formatDate(workspace.joinedAt)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
