import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { describeAuditEvent, withoutSecrets, type TAuditEventData } from "./describe-audit-event";

export const AUDIT_PAGE_MAX = 100;

/** `?cursor=` is opaque to clients: the last event's time and id, so pages never skip or repeat an event. */
export const ZAuditQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int("limit is a whole number").min(1, "limit is at least 1").max(AUDIT_PAGE_MAX, `limit is at most ${AUDIT_PAGE_MAX}`).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

const ZCursor = z.strictObject({ at: z.iso.datetime(), id: z.uuid() });

export type TAuditEntry = {
  id: string;
  at: string;
  action: string;
  actor: { kind: "member" | "owner" | "respondent" | "other"; name: string };
  /** The event in plain words, without the actor: "created a read-only share link". */
  summary: string;
  data: unknown;
};

export type TAuditPage = { events: TAuditEntry[]; nextCursor: string | null };

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify({ at: at.toISOString(), id })).toString("base64url");
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const parsed = ZCursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { at: new Date(parsed.at), id: parsed.id };
  } catch {
    throw new ValidationError([{ path: "cursor", message: "Not a cursor from this list; use nextCursor from the previous page" }]);
  }
}

/** The review's audit trail, newest first, one page at a time; actors by name, no secrets. */
export async function listReviewAudit(assessmentId: string, query: TAuditQuery): Promise<TAuditPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await prisma.auditEvent.findMany({
    where: {
      assessmentId,
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, createdAt: true, actor: true, action: true, data: true },
  });
  const page = rows.slice(0, query.limit);
  const names = await actorNames(page.map((row) => row.actor));
  return {
    events: page.map((row) => {
      const data = withoutSecrets(row.data) as TAuditEventData;
      return { id: row.id, at: row.createdAt.toISOString(), action: row.action, actor: names.get(row.actor) ?? { kind: "other", name: row.actor }, summary: describeAuditEvent(row.action, data), data };
    }),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].createdAt, page[page.length - 1].id) : null,
  };
}

/** "user:<id>" → the account's name; "respondent:<id>" → the respondent's; "owner" → the edit link's holder. */
async function actorNames(labels: string[]): Promise<Map<string, TAuditEntry["actor"]>> {
  const ids = (prefix: string) => [...new Set(labels.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length)))].filter((id) => z.uuid().safeParse(id).success);
  const [users, respondents] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: ids("user:") } }, select: { id: true, name: true } }),
    prisma.respondent.findMany({ where: { id: { in: ids("respondent:") } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, TAuditEntry["actor"]>([["owner", { kind: "owner", name: "The review's owner (edit link)" }]]);
  for (const user of users) names.set(`user:${user.id}`, { kind: "member", name: user.name });
  for (const r of respondents) names.set(`respondent:${r.id}`, { kind: "respondent", name: r.name?.trim() || "A respondent" });
  for (const label of labels) {
    if (!names.has(label) && label.startsWith("user:")) names.set(label, { kind: "member", name: "A former user" });
    if (!names.has(label) && label.startsWith("respondent:")) names.set(label, { kind: "respondent", name: "A respondent" });
  }
  return names;
}

/** The review's title and organisation, for the audit page's heading. */
export async function reviewHeading(assessmentId: string): Promise<{ title: string; organization: string | null } | null> {
  return prisma.assessment.findUnique({ where: { id: assessmentId }, select: { title: true, organization: true } });
}
