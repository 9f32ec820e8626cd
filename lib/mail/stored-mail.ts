import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

/** The local mailbox at /dev/mail exists only outside production: stored mail holds live links. */
export function devMailboxEnabled(): boolean {
  return env().NODE_ENV !== "production";
}

export type TStoredMailSummary = { id: string; to: string; subject: string; createdAt: Date; error: string | null };

export async function listStoredMail(limit = 100): Promise<TStoredMailSummary[]> {
  return prisma.mailMessage.findMany({
    select: { id: true, to: true, subject: true, createdAt: true, error: true },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
}

export async function getStoredMail(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return prisma.mailMessage.findUnique({ where: { id } });
}
