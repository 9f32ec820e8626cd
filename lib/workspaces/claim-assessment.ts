import "server-only";
import type { TAccess } from "@/lib/assessments/access";
import { prisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { auditWorkspace } from "@/lib/workspaces/audit";
import { requireMember } from "@/lib/workspaces/require-member";
import { ForbiddenError } from "@/lib/workspaces/errors";
import { ROLES_THAT } from "@/lib/workspaces/roles";
import type { TSessionUser } from "@/lib/workspaces/session-user";

export type TClaimResult = { assessmentId: string; workspace: { id: string; name: string; slug: string }; claimed: "now" | "already" };

/**
 * Moves a self-serve review into a workspace. It takes both credentials: `access` proves the caller
 * holds the review's edit token (lib/assessments/access.ts authorizeRequest), and `user` must be an
 * owner or consultant of the workspace. Claiming again into the same workspace changes nothing; a
 * review already in another workspace is a conflict (409) that does not say which workspace.
 * The edit link keeps working: the review's holder is not locked out of it.
 */
export async function claimAssessment(assessmentId: string, access: TAccess, workspaceId: string, user: TSessionUser): Promise<TClaimResult> {
  if (access.assessmentId !== assessmentId) throw new NotFoundError("assessment");
  if (access.role !== "owner") throw new ForbiddenError("Only the holder of the review's edit link can bring it into a workspace.");
  const { workspace } = await requireMember(workspaceId, ROLES_THAT.runReviews, { user });
  return prisma.$transaction(async (tx) => {
    const current = await tx.assessment.findUnique({ where: { id: assessmentId }, select: { workspaceId: true } });
    if (!current) throw new NotFoundError("assessment");
    if (current.workspaceId === workspaceId) return { assessmentId, workspace, claimed: "already" as const };
    const { count } = await tx.assessment.updateMany({ where: { id: assessmentId, workspaceId: null }, data: { workspaceId } });
    if (count !== 1) throw new ConflictError("This review already belongs to another workspace.", { claimed: true });
    await auditWorkspace(tx, { actorId: user.id, action: "assessment.claimed", workspaceId, assessmentId });
    return { assessmentId, workspace, claimed: "now" as const };
  });
}
