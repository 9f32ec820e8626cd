import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditWorkspace } from "@/lib/workspaces/audit";
import type { TCreateWorkspaceInput } from "@/lib/workspaces/schemas";
import type { TSessionUser } from "@/lib/workspaces/session-user";
import { slugCandidate, slugify } from "@/lib/workspaces/slug";

export type TCreatedWorkspace = { id: string; name: string; slug: string };

const randomSuffix = () => randomBytes(3).toString("hex").slice(0, 4);

/** A new workspace, its creator as owner and an audit record, in one transaction; the slug made unique. */
export async function createWorkspace(user: TSessionUser, input: TCreateWorkspaceInput): Promise<TCreatedWorkspace> {
  const base = slugify(input.name);
  for (let attempt = 0; ; attempt++) {
    const slug = slugCandidate(base, attempt, randomSuffix);
    try {
      return await prisma.$transaction(async (tx) => {
        const workspace = await tx.workspace.create({ data: { name: input.name, slug }, select: { id: true, name: true, slug: true } });
        await tx.workspaceMember.create({ data: { workspaceId: workspace.id, userId: user.id, role: "owner" } });
        await auditWorkspace(tx, { actorId: user.id, action: "workspace.created", workspaceId: workspace.id, data: { name: input.name } });
        return workspace;
      });
    } catch (error) {
      const slugTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!slugTaken || attempt >= 5) throw error;
    }
  }
}
