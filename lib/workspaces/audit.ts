import type { Prisma } from "@/lib/generated/prisma/client";

/** An audit record of a workspace change, written in the same transaction as the change. */
export function auditWorkspace(
  tx: Prisma.TransactionClient,
  entry: { actorId: string; action: string; workspaceId: string; assessmentId?: string; data?: Record<string, unknown> },
) {
  return tx.auditEvent.create({
    data: {
      assessmentId: entry.assessmentId ?? null,
      actor: `user:${entry.actorId}`,
      action: entry.action,
      data: { workspaceId: entry.workspaceId, ...entry.data } as Prisma.InputJsonValue,
    },
  });
}

/** Serialises membership changes of one workspace (role changes, removals, acceptances) so that the
 * "at least one owner" rule cannot be broken by two changes racing. */
export async function lockWorkspace(tx: Prisma.TransactionClient, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId}::uuid FOR UPDATE`;
}
