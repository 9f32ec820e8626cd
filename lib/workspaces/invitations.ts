import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { sendMail, type TMailDelivery } from "@/lib/mail/send-mail";
import { createToken } from "@/lib/security/tokens";
import { auditWorkspace } from "@/lib/workspaces/audit";
import { invitationMail } from "@/lib/workspaces/invitation-mail";
import { requireMember } from "@/lib/workspaces/require-member";
import { ROLES_THAT, type TWorkspaceRole } from "@/lib/workspaces/roles";
import { isUuid, type TInviteInput } from "@/lib/workspaces/schemas";
import type { TSessionUser } from "@/lib/workspaces/session-user";

export const INVITATION_DAYS = 7;
const MAX_PENDING_INVITATIONS = 100;

export type TSentInvitation = {
  invitation: { id: string; email: string; role: TWorkspaceRole; expiresAt: Date };
  /** The link to hand over: shown to the inviter once, and mailed. Only its hash is stored. */
  link: string;
  delivery: TMailDelivery;
};

function invitationLink(origin: string, token: string): string {
  return `${origin}/invitations/${token}`;
}

async function mailInvitation(args: { to: string; workspaceName: string; inviterName: string; role: TWorkspaceRole; link: string; expiresAt: Date }) {
  return sendMail(invitationMail(args));
}

/**
 * Invites someone by email (owners only). A pending invitation to the same address is replaced, so the
 * newest link is the one that works. `origin` is the site's address for the link (lib/auth/app-origin.ts).
 */
export async function inviteMember(user: TSessionUser, workspaceId: string, input: TInviteInput, origin: string): Promise<TSentInvitation> {
  const { workspace } = await requireMember(workspaceId, ROLES_THAT.manageMembers, { user });
  const email = input.email.toLowerCase();
  const alreadyMember = await prisma.workspaceMember.findFirst({ where: { workspaceId, user: { email } }, select: { id: true } });
  if (alreadyMember) throw new ValidationError([{ path: "email", message: `${email} is already a member of ${workspace.name}` }]);
  const pending = await prisma.workspaceInvitation.count({ where: { workspaceId, status: "pending", expiresAt: { gt: new Date() } } });
  if (pending >= MAX_PENDING_INVITATIONS) {
    throw new ValidationError([{ path: "email", message: `${workspace.name} has ${pending} open invitations: cancel some before sending more` }]);
  }

  const { token, hash } = createToken("fli");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const invitation = await prisma.$transaction(async (tx) => {
    await tx.workspaceInvitation.updateMany({ where: { workspaceId, email, status: "pending" }, data: { status: "canceled", respondedAt: new Date() } });
    const created = await tx.workspaceInvitation.create({
      data: { workspaceId, email, role: input.role, tokenHash: hash, expiresAt, invitedById: user.id },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await auditWorkspace(tx, { actorId: user.id, action: "invitation.created", workspaceId, data: { invitationId: created.id, email, role: input.role } });
    return created;
  });
  const link = invitationLink(origin, token);
  const delivery = await mailInvitation({ to: email, workspaceName: workspace.name, inviterName: user.name, role: invitation.role, link, expiresAt });
  return { invitation, link, delivery };
}

/** A new link for a pending invitation (the old one stops working), mailed again; owners only. */
export async function resendInvitation(user: TSessionUser, workspaceId: string, invitationId: string, origin: string): Promise<TSentInvitation> {
  const { workspace } = await requireMember(workspaceId, ROLES_THAT.manageMembers, { user });
  if (!isUuid(invitationId)) throw new NotFoundError("invitation");
  const { token, hash } = createToken("fli");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const invitation = await prisma.$transaction(async (tx) => {
    const updated = await tx.workspaceInvitation.updateManyAndReturn({
      where: { id: invitationId, workspaceId, status: "pending" },
      data: { tokenHash: hash, expiresAt },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    if (updated.length !== 1) throw new NotFoundError("invitation");
    await auditWorkspace(tx, { actorId: user.id, action: "invitation.resent", workspaceId, data: { invitationId } });
    return updated[0];
  });
  const link = invitationLink(origin, token);
  const delivery = await mailInvitation({ to: invitation.email, workspaceName: workspace.name, inviterName: user.name, role: invitation.role, link, expiresAt });
  return { invitation, link, delivery };
}

export async function cancelInvitation(user: TSessionUser, workspaceId: string, invitationId: string): Promise<void> {
  await requireMember(workspaceId, ROLES_THAT.manageMembers, { user });
  if (!isUuid(invitationId)) throw new NotFoundError("invitation");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.workspaceInvitation.updateMany({
      where: { id: invitationId, workspaceId, status: "pending" },
      data: { status: "canceled", respondedAt: new Date() },
    });
    if (count !== 1) throw new NotFoundError("invitation");
    await auditWorkspace(tx, { actorId: user.id, action: "invitation.canceled", workspaceId, data: { invitationId } });
  });
}
