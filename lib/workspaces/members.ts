import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { auditWorkspace, lockWorkspace } from "@/lib/workspaces/audit";
import { ForbiddenError, LastOwnerError } from "@/lib/workspaces/errors";
import { requireMember } from "@/lib/workspaces/require-member";
import { ROLES_THAT, type TWorkspaceRole } from "@/lib/workspaces/roles";
import { isUuid } from "@/lib/workspaces/schemas";
import type { TSessionUser } from "@/lib/workspaces/session-user";

/**
 * Changes a member's role (owners only). The workspace row is locked for the change, so that two owners
 * demoting each other at once cannot leave it without an owner.
 */
export async function changeMemberRole(user: TSessionUser, workspaceId: string, memberId: string, role: TWorkspaceRole): Promise<{ memberId: string; role: TWorkspaceRole }> {
  await requireMember(workspaceId, ROLES_THAT.manageMembers, { user });
  if (!isUuid(memberId)) throw new NotFoundError("member");
  return prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    // Checked again under the lock: the actor may have been demoted meanwhile.
    const actor = await tx.workspaceMember.findUnique({ where: { workspaceId_userId: { workspaceId, userId: user.id } }, select: { role: true } });
    if (actor?.role !== "owner") throw new ForbiddenError("Only owners can change roles.");
    const member = await tx.workspaceMember.findFirst({ where: { id: memberId, workspaceId }, select: { id: true, role: true } });
    if (!member) throw new NotFoundError("member");
    if (member.role === role) return { memberId, role };
    if (member.role === "owner") {
      const owners = await tx.workspaceMember.count({ where: { workspaceId, role: "owner" } });
      if (owners <= 1) throw new LastOwnerError();
    }
    await tx.workspaceMember.update({ where: { id: memberId }, data: { role } });
    await auditWorkspace(tx, { actorId: user.id, action: "member.role-changed", workspaceId, data: { memberId, from: member.role, to: role } });
    return { memberId, role };
  });
}

/**
 * Removes a member: owners may remove anyone, any member may remove themselves (leave). The last owner
 * can do neither.
 */
export async function removeMember(user: TSessionUser, workspaceId: string, memberId: string): Promise<void> {
  const membership = await requireMember(workspaceId, undefined, { user });
  if (!isUuid(memberId)) throw new NotFoundError("member");
  const leaving = membership.memberId === memberId;
  if (!leaving && membership.role !== "owner") throw new ForbiddenError("Only owners can remove other members.");
  await prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    if (!leaving) {
      const actor = await tx.workspaceMember.findUnique({ where: { workspaceId_userId: { workspaceId, userId: user.id } }, select: { role: true } });
      if (actor?.role !== "owner") throw new ForbiddenError("Only owners can remove other members.");
    }
    const member = await tx.workspaceMember.findFirst({ where: { id: memberId, workspaceId }, select: { id: true, role: true, userId: true } });
    if (!member) throw new NotFoundError("member");
    if (member.role === "owner") {
      const owners = await tx.workspaceMember.count({ where: { workspaceId, role: "owner" } });
      if (owners <= 1) throw new LastOwnerError(leaving ? "You are the only owner: make someone else an owner before you leave." : undefined);
    }
    await tx.workspaceMember.delete({ where: { id: memberId } });
    await auditWorkspace(tx, { actorId: user.id, action: leaving ? "member.left" : "member.removed", workspaceId, data: { memberId, userId: member.userId, role: member.role } });
  });
}
