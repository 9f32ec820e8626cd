import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/workspaces/errors";
import { ROLE_LABELS, WORKSPACE_ROLES, type TWorkspaceRole } from "@/lib/workspaces/roles";
import { ZWorkspaceId } from "@/lib/workspaces/schemas";
import { requireSessionUser, type TSessionUser } from "@/lib/workspaces/session-user";

export type TMembership = {
  user: TSessionUser;
  workspace: { id: string; name: string; slug: string };
  memberId: string;
  role: TWorkspaceRole;
};

type TOptions = {
  /** The user, when the caller already has it; otherwise read from the session (`headers`, or the request's). */
  user?: TSessionUser;
  headers?: Headers;
};

async function membership(where: { id: string } | { slug: string }, roles: readonly TWorkspaceRole[], options: TOptions): Promise<TMembership> {
  const user = options.user ?? (await requireSessionUser(options.headers));
  const member = await prisma.workspaceMember.findFirst({
    where: { userId: user.id, workspace: where },
    select: { id: true, role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  // Not a member: the workspace might as well not exist (404), so its existence does not leak.
  if (!member) throw new NotFoundError("workspace");
  if (!roles.includes(member.role)) {
    const allowed = roles.map((role) => ROLE_LABELS[role].toLowerCase()).join(" or ");
    throw new ForbiddenError(`This needs the ${allowed} role in ${member.workspace.name}; yours is ${member.role}.`);
  }
  return { user, workspace: member.workspace, memberId: member.id, role: member.role };
}

/**
 * The signed-in user's membership of a workspace, for authorisation anywhere (route handlers, server
 * actions, pages, services). No session: UnauthorizedError (401). Not a member, or no such workspace:
 * NotFoundError (404). A member whose role is not in `roles`: ForbiddenError (403).
 *
 *   const { user, workspace, role } = await requireMember(workspaceId, ROLES_THAT.runReviews, { headers: request.headers });
 */
export async function requireMember(workspaceId: string, roles: readonly TWorkspaceRole[] = WORKSPACE_ROLES, options: TOptions = {}): Promise<TMembership> {
  if (!ZWorkspaceId.safeParse(workspaceId).success) {
    await (options.user ?? requireSessionUser(options.headers));
    throw new NotFoundError("workspace");
  }
  return membership({ id: workspaceId }, roles, options);
}

/** requireMember for pages addressed by slug (/workspaces/{slug}). */
export async function requireMemberBySlug(slug: string, roles: readonly TWorkspaceRole[] = WORKSPACE_ROLES, options: TOptions = {}): Promise<TMembership> {
  return membership({ slug }, roles, options);
}
