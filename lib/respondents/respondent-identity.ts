import "server-only";
import { prisma } from "@/lib/db";

/** Who a respondent's link answers as, for the questionnaire's "You are answering as Dana, CTO". */
export async function respondentIdentity(respondentId: string): Promise<{ name: string; role: string | null } | null> {
  const row = await prisma.respondent.findUnique({ where: { id: respondentId }, select: { name: true, role: true, kind: true } });
  if (!row || row.kind !== "respondent") return null;
  return { name: row.name?.trim() || "Respondent", role: row.role };
}
