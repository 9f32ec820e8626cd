import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createToken, hashToken } from "@/lib/security/tokens";
import { actorLabel, type TReviewAccess } from "@/lib/assessments/access";
import type { TCreateShareInput, TShareStatus, TShareSummary } from "@/lib/shares/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export function sharedReportPath(token: string): string {
  return `/shared/${encodeURIComponent(token)}`;
}

function statusOf(share: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TShareStatus {
  if (share.revokedAt) return "revoked";
  if (share.expiresAt && share.expiresAt <= now) return "expired";
  return "active";
}

/** A read-only link to the report: its token is shown once; only its hash is stored. */
export async function createShare(access: TReviewAccess, input: TCreateShareInput) {
  const { token, hash } = createToken("fls");
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
  const share = await prisma.$transaction(async (tx) => {
    const created = await tx.share.create({
      data: { assessmentId: access.assessmentId, tokenHash: hash, expiresAt },
      select: { id: true, expiresAt: true },
    });
    await tx.auditEvent.create({
      data: { assessmentId: access.assessmentId, actor: actorLabel(access.actor), action: "share.created", data: { shareId: created.id, expiresAt: expiresAt?.toISOString() ?? null } },
    });
    return created;
  });
  return { id: share.id, token, url: sharedReportPath(token), expiresAt: share.expiresAt?.toISOString() ?? null };
}

export async function listShares(access: TReviewAccess): Promise<TShareSummary[]> {
  const now = new Date();
  const shares = await prisma.share.findMany({
    where: { assessmentId: access.assessmentId },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, viewCount: true, lastViewedAt: true },
    orderBy: { createdAt: "desc" },
  });
  return shares.map((share) => ({
    id: share.id,
    createdAt: share.createdAt.toISOString(),
    expiresAt: share.expiresAt?.toISOString() ?? null,
    revokedAt: share.revokedAt?.toISOString() ?? null,
    status: statusOf(share, now),
    viewCount: share.viewCount,
    lastViewedAt: share.lastViewedAt?.toISOString() ?? null,
  }));
}

export async function revokeShare(access: TReviewAccess, shareId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.share.updateMany({
      where: { id: shareId, assessmentId: access.assessmentId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      const exists = await tx.share.findFirst({ where: { id: shareId, assessmentId: access.assessmentId }, select: { id: true } });
      if (!exists) throw new NotFoundError("share link");
      return; // already revoked: revoking again changes nothing
    }
    await tx.auditEvent.create({ data: { assessmentId: access.assessmentId, actor: actorLabel(access.actor), action: "share.revoked", data: { shareId } } });
  });
}

/**
 * The assessment a share token opens, counting the view in the same statement; 404 once the link is
 * revoked or expired. The token is found by its hash (an index lookup on a sha256 of a 256-bit secret
 * gives an attacker nothing to time).
 */
export async function openShare(token: string, { countView = true } = {}): Promise<{ assessmentId: string }> {
  if (!/^fls_[A-Za-z0-9_-]{43}$/.test(token)) throw new NotFoundError("shared report");
  const hash = hashToken(token);
  const rows = countView
    ? await prisma.$queryRaw<{ assessmentId: string }[]>`
        update "Share" set "viewCount" = "viewCount" + 1, "lastViewedAt" = now()
        where "tokenHash" = ${hash} and "revokedAt" is null and ("expiresAt" is null or "expiresAt" > now())
        returning "assessmentId"`
    : await prisma.$queryRaw<{ assessmentId: string }[]>`
        select "assessmentId" from "Share"
        where "tokenHash" = ${hash} and "revokedAt" is null and ("expiresAt" is null or "expiresAt" > now())`;
  if (!rows[0]) throw new NotFoundError("shared report");
  return { assessmentId: rows[0].assessmentId };
}
