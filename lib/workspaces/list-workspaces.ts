import "server-only";
import { prisma } from "@/lib/db";
import type { TWorkspaceRole } from "@/lib/workspaces/roles";

export type TWorkspaceSummary = { id: string; name: string; slug: string; role: TWorkspaceRole; memberCount: number; joinedAt: Date };

/** The workspaces a user belongs to, newest membership first. */
export async function listWorkspaces(userId: string): Promise<TWorkspaceSummary[]> {
  const rows = await prisma.workspaceMember.findMany({
    where: { userId },
    select: { role: true, createdAt: true, workspace: { select: { id: true, name: true, slug: true, _count: { select: { members: true } } } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.workspace.id,
    name: row.workspace.name,
    slug: row.workspace.slug,
    role: row.role,
    memberCount: row.workspace._count.members,
    joinedAt: row.createdAt,
  }));
}
