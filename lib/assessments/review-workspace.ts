import "server-only";
import { prisma } from "@/lib/db";

/** The workspace a review belongs to (name and slug, for navigation), or null for a self-serve review. */
export async function reviewWorkspace(workspaceId: string | null): Promise<{ name: string; slug: string } | null> {
  if (!workspaceId) return null;
  return prisma.workspace.findUnique({ where: { id: workspaceId }, select: { name: true, slug: true } });
}
