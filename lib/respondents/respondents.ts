import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { actorLabel, type TReviewAccess } from "@/lib/assessments/access";
import { newRespondentToken, respondentLinkPath } from "@/lib/respondents/respondent-link";
import {
  ZRespondentId,
  type TCreateRespondentInput,
  type TRespondentSummary,
  type TRespondentWithLink,
  type TUpdateRespondentInput,
} from "@/lib/respondents/schemas";

// Never select tokenHash into a summary: the hash is a secret's fingerprint and has no reader.
const summarySelect = { id: true, name: true, role: true, email: true, createdAt: true, revokedAt: true } as const;
type TRow = { id: string; name: string | null; role: string | null; email: string | null; createdAt: Date; revokedAt: Date | null };

function toSummary(row: TRow): TRespondentSummary {
  return {
    id: row.id,
    name: row.name ?? "",
    role: row.role,
    email: row.email,
    status: row.revokedAt ? "revoked" : "active",
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The invited respondents of a review, in the order they were invited (the owner is not one of them). */
export async function listRespondents(assessmentId: string): Promise<TRespondentSummary[]> {
  const rows = await prisma.respondent.findMany({
    where: { assessmentId, kind: "respondent" },
    select: summarySelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toSummary);
}

/** Invites a respondent: their own private link, shown once; only its hash is stored. */
export async function createRespondent(access: TReviewAccess, input: TCreateRespondentInput): Promise<TRespondentWithLink> {
  const { token, hash } = newRespondentToken();
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.respondent.create({
      data: { assessmentId: access.assessmentId, kind: "respondent", name: input.name, role: input.role || null, email: input.email || null, tokenHash: hash },
      select: summarySelect,
    });
    await tx.auditEvent.create({
      data: { assessmentId: access.assessmentId, actor: actorLabel(access.actor), action: "respondent.invited", data: { respondentId: created.id, name: created.name, role: created.role } },
    });
    return created;
  });
  return { ...toSummary(row), token, link: respondentLinkPath(access.assessmentId, token) };
}

/**
 * Renames a respondent, changes their role or email, or re-issues their link: a new token replaces the
 * old one's hash in the same row, so the old link stops working in the same statement (and a revoked
 * respondent gets a working link again). The answers stay with the respondent either way.
 */
export async function updateRespondent(access: TReviewAccess, respondentId: string, input: TUpdateRespondentInput): Promise<TRespondentSummary | TRespondentWithLink> {
  const issued = input.reissueLink ? newRespondentToken() : null;
  const row = await prisma.$transaction(async (tx) => {
    await findInvited(tx, access.assessmentId, respondentId);
    const updated = await tx.respondent.update({
      where: { id: respondentId },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role: input.role || null } : {}),
        ...(input.email !== undefined ? { email: input.email || null } : {}),
        ...(issued ? { tokenHash: issued.hash, revokedAt: null } : {}),
      },
      select: summarySelect,
    });
    const changed = (["name", "role", "email"] as const).filter((field) => input[field] !== undefined);
    if (changed.length > 0) {
      await tx.auditEvent.create({
        data: { assessmentId: access.assessmentId, actor: actorLabel(access.actor), action: "respondent.updated", data: { respondentId, fields: changed } },
      });
    }
    if (issued) {
      await tx.auditEvent.create({ data: { assessmentId: access.assessmentId, actor: actorLabel(access.actor), action: "respondent.link-reissued", data: { respondentId } } });
    }
    return updated;
  });
  const summary = toSummary(row);
  return issued ? { ...summary, token: issued.token, link: respondentLinkPath(access.assessmentId, issued.token) } : summary;
}

/** Withdraws a respondent's link: it stops working at once; their answers stay. Revoking twice changes nothing. */
export async function revokeRespondent(access: TReviewAccess, respondentId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await findInvited(tx, access.assessmentId, respondentId);
    const { count } = await tx.respondent.updateMany({ where: { id: respondentId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count > 0) {
      await tx.auditEvent.create({ data: { assessmentId: access.assessmentId, actor: actorLabel(access.actor), action: "respondent.revoked", data: { respondentId } } });
    }
  });
}

type TTx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/** The review's invited respondent with this id, locked for the change; 404 for anything else (the owner included). */
async function findInvited(tx: TTx, assessmentId: string, respondentId: string): Promise<void> {
  if (!ZRespondentId.safeParse(respondentId).success) throw new NotFoundError("respondent");
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select "id" from "Respondent" where "id" = ${respondentId}::uuid and "assessmentId" = ${assessmentId}::uuid and "kind" = 'respondent' for update`;
  if (!rows[0]) throw new NotFoundError("respondent");
}
