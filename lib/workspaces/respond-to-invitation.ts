import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { hashToken } from "@/lib/security/tokens";
import { auditWorkspace, lockWorkspace } from "@/lib/workspaces/audit";
import { ForbiddenError } from "@/lib/workspaces/errors";
import type { TWorkspaceRole } from "@/lib/workspaces/roles";
import { ZInvitationToken } from "@/lib/workspaces/schemas";
import type { TSessionUser } from "@/lib/workspaces/session-user";

export type TInvitationState = "pending" | "expired" | "accepted" | "declined" | "canceled";

export type TInvitationView = {
  id: string;
  email: string;
  role: TWorkspaceRole;
  state: TInvitationState;
  expiresAt: Date;
  workspace: { id: string; name: string; slug: string };
  invitedBy: string | null;
};

/** What the invitation page shows to whoever holds the link; null for a token that matches nothing. */
export async function getInvitation(token: string): Promise<TInvitationView | null> {
  if (!ZInvitationToken.safeParse(token).success) return null;
  const row = await prisma.workspaceInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      workspace: { select: { id: true, name: true, slug: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  const state: TInvitationState = row.status === "pending" && row.expiresAt <= new Date() ? "expired" : row.status;
  return { id: row.id, email: row.email, role: row.role, state, expiresAt: row.expiresAt, workspace: row.workspace, invitedBy: row.invitedBy?.name ?? null };
}

function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Accepts an invitation for the signed-in user, whose email must be the invited one. The invitation is
 * taken in the same statement that checks it is still pending and unexpired, so a link works once.
 * Someone already a member keeps their membership (and role); the invitation is still used up.
 */
export async function acceptInvitation(user: TSessionUser, token: string): Promise<{ workspace: { id: string; name: string; slug: string }; role: TWorkspaceRole }> {
  const invitation = await getInvitation(token);
  if (!invitation || invitation.state !== "pending") throw new NotFoundError("invitation");
  if (!sameEmail(invitation.email, user.email)) {
    throw new ForbiddenError(`This invitation is for ${invitation.email}, and you are signed in as ${user.email}. Sign in with ${invitation.email} to accept it.`);
  }
  const workspaceId = invitation.workspace.id;
  return prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const { count } = await tx.workspaceInvitation.updateMany({
      where: { id: invitation.id, status: "pending", expiresAt: { gt: new Date() } },
      data: { status: "accepted", acceptedById: user.id, respondedAt: new Date() },
    });
    if (count !== 1) throw new NotFoundError("invitation");
    const member = await tx.workspaceMember.upsert({
      where: { workspaceId_userId: { workspaceId, userId: user.id } },
      create: { workspaceId, userId: user.id, role: invitation.role },
      update: {},
      select: { role: true },
    });
    await auditWorkspace(tx, { actorId: user.id, action: "invitation.accepted", workspaceId, data: { invitationId: invitation.id, role: member.role } });
    return { workspace: invitation.workspace, role: member.role };
  });
}

/** Declines an invitation; like accepting, only the invited email may. */
export async function declineInvitation(user: TSessionUser, token: string): Promise<void> {
  const invitation = await getInvitation(token);
  if (!invitation || invitation.state !== "pending") throw new NotFoundError("invitation");
  if (!sameEmail(invitation.email, user.email)) {
    throw new ForbiddenError(`This invitation is for ${invitation.email}, and you are signed in as ${user.email}.`);
  }
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.workspaceInvitation.updateMany({
      where: { id: invitation.id, status: "pending" },
      data: { status: "declined", respondedAt: new Date() },
    });
    if (count !== 1) throw new NotFoundError("invitation");
    await auditWorkspace(tx, { actorId: user.id, action: "invitation.declined", workspaceId: invitation.workspace.id, data: { invitationId: invitation.id } });
  });
}
