import "server-only";
import { prisma } from "@/lib/db";
import type { TWorkspaceRole } from "@/lib/workspaces/roles";
import type { TMembership } from "@/lib/workspaces/require-member";

export type TMemberRow = { id: string; userId: string; name: string; email: string; role: TWorkspaceRole; joinedAt: Date };
export type TInvitationRow = { id: string; email: string; role: TWorkspaceRole; expiresAt: Date; createdAt: Date; invitedBy: string | null };

/**
 * Members of a workspace (every member may see them) and its pending invitations (owners only; others
 * get an empty list). Takes a membership from requireMember, so it cannot be called unauthorised.
 */
export async function getWorkspacePeople(membership: TMembership): Promise<{ members: TMemberRow[]; invitations: TInvitationRow[] }> {
  const workspaceId = membership.workspace.id;
  const [members, invitations] = await Promise.all([
    prisma.workspaceMember.findMany({
      where: { workspaceId },
      select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
      orderBy: [{ createdAt: "asc" }],
    }),
    membership.role === "owner"
      ? prisma.workspaceInvitation.findMany({
          where: { workspaceId, status: "pending", expiresAt: { gt: new Date() } },
          select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
          orderBy: { createdAt: "desc" },
        })
      : Promise.resolve([]),
  ]);
  return {
    members: members.map((m) => ({ id: m.id, userId: m.userId, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt })),
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt, createdAt: i.createdAt, invitedBy: i.invitedBy?.name ?? null })),
  };
}
