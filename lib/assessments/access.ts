import "server-only";
import { dbPool } from "@/lib/db";
import { AppError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { hashMatches, hashToken } from "@/lib/security/tokens";
import { ZAssessmentId } from "@/lib/assessments/schemas";
import { ForbiddenError } from "@/lib/workspaces/errors";
import { ROLES_THAT, type TWorkspaceRole } from "@/lib/workspaces/roles";
import { getSessionUser, type TSessionUser } from "@/lib/workspaces/session-user";

/**
 * Who is acting on a review:
 * - editor: holds the review's edit link (the self-serve CTO, or whoever started it); answers as the
 *   review's owner respondent.
 * - respondent: holds an invited respondent's private link; answers as that respondent, sees nothing else.
 * - member: a signed-in member of the workspace the review belongs to, with their workspace role.
 */
export type TReviewActor =
  | { kind: "editor"; respondentId: string }
  | { kind: "respondent"; respondentId: string }
  | { kind: "member"; user: TSessionUser; role: TWorkspaceRole };

/**
 * What an actor may do on a review (ARCHITECTURE.md, "Who may do what"):
 * - answer: give one's own answers (editor, respondent).
 * - read: the report, its PDF and export, the consolidation, milestones and comparisons (editor, every member).
 * - share: create and revoke read-only links (editor, owner and consultant members).
 * - run: run the review as a consultant: respondents, agreed answers, finding notes and severities,
 *   presenter mode, publishing, re-reviews (owner and consultant members; the editor while the review
 *   belongs to no workspace, so a CTO alone can run their own review).
 */
export const REVIEW_CAPABILITIES = ["answer", "read", "share", "run"] as const;
export type TReviewCapability = (typeof REVIEW_CAPABILITIES)[number];

export type TReviewAccess = {
  assessmentId: string;
  /** The bank version the review pinned: found with the access, so a write needs no second look-up. */
  questionnaireVersionId: string;
  workspaceId: string | null;
  /** The review's owner respondent (the edit link's holder answers as it). */
  ownerRespondentId: string;
  actor: TReviewActor;
};

/** The access an answering actor has: who answers, on which review and bank version. */
export type TAccess = {
  assessmentId: string;
  respondentId: string;
  role: "owner" | "respondent";
  questionnaireVersionId: string;
};

/** For the audit trail: who did it, without secrets. */
export function actorLabel(actor: TReviewActor): string {
  if (actor.kind === "member") return `user:${actor.user.id}`;
  return actor.kind === "editor" ? "owner" : `respondent:${actor.respondentId}`;
}

export function actorCan(actor: TReviewActor, capability: TReviewCapability, workspaceId: string | null): boolean {
  switch (actor.kind) {
    case "editor":
      return capability !== "run" || workspaceId === null;
    case "respondent":
      return capability === "answer";
    case "member":
      if (capability === "answer") return false;
      if (capability === "read") return true;
      return (ROLES_THAT.runReviews as readonly TWorkspaceRole[]).includes(actor.role);
  }
}

/** The browser keeps a review's edit or respondent token in this httpOnly cookie, one per review. */
export function editCookieName(assessmentId: string): string {
  return `fl_edit_${assessmentId}`;
}

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return decodeCookieValue(part.slice(index + 1).trim());
  }
  return undefined;
}

/** A value that is not valid percent-encoding is no token (decodeURIComponent would throw: a 500). */
function decodeCookieValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The secret a request presents for a review: a bearer token, else the browser's cookie. */
export function presentedToken(headers: Headers, assessmentId: string): string | undefined {
  const authorization = headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? readCookie(headers.get("cookie"), editCookieName(assessmentId));
}

// One round trip for the review, its owner respondent, the respondent a token names and its pinned bank
// version: every API request starts here, so it goes to the pg pool directly.
const ACCESS_QUERY = `
  select a."id", a."editTokenHash", a."questionnaireVersionId", a."workspaceId",
         (select r."id" from "Respondent" r where r."assessmentId" = a."id" and r."kind" = 'owner' order by r."createdAt" limit 1) as "ownerRespondentId",
         (select r."id" from "Respondent" r where r."assessmentId" = a."id" and r."tokenHash" = $2 and r."revokedAt" is null) as "tokenRespondentId"
  from "Assessment" a where a."id" = $1::uuid`;

type TAccessRow = { id: string; editTokenHash: string; questionnaireVersionId: string; workspaceId: string | null; ownerRespondentId: string | null; tokenRespondentId: string | null };

const ORDER: TReviewCapability[] = ["run", "share", "read", "answer"];

/**
 * Every actor a request is (a token holder and a signed-in member can be the same browser), checked
 * against one capability. No credentials at all: 401. Credentials that open nothing on this review, or
 * a review that does not exist: 404, so nobody learns which reviews exist. An actor who may see the
 * review but not do this: 403.
 */
export async function authorizeReview(headers: Headers, assessmentId: string, capability: TReviewCapability): Promise<TReviewAccess> {
  const token = presentedToken(headers, assessmentId);
  const hasSession = Boolean(headers.get("cookie"));
  if (!token && !hasSession) throw new UnauthorizedError();
  if (!ZAssessmentId.safeParse(assessmentId).success) throw new NotFoundError("assessment");

  const tokenHash = token ? hashToken(token) : null;
  const { rows } = await dbPool().query<TAccessRow>(ACCESS_QUERY, [assessmentId, tokenHash]);
  const row = rows[0];
  const actors: TReviewActor[] = [];
  // The session is looked up at most once, and only when needed: it costs a query.
  let session: Promise<TSessionUser | null> | undefined;
  const sessionUser = () => (session ??= getSessionUser(headers));
  if (row && tokenHash) {
    if (row.ownerRespondentId && hashMatches(tokenHash, row.editTokenHash)) actors.push({ kind: "editor", respondentId: row.ownerRespondentId });
    else if (row.tokenRespondentId) actors.push({ kind: "respondent", respondentId: row.tokenRespondentId });
  }
  // Members are looked up only when the token does not already allow the action.
  if (row?.workspaceId && !actors.some((actor) => actorCan(actor, capability, row.workspaceId))) {
    const member = await memberActor(await sessionUser(), row.workspaceId);
    if (member) actors.push(member);
  }
  if (!row || !row.ownerRespondentId || actors.length === 0) {
    if (!token && !(await sessionUser().catch(() => null))) throw new UnauthorizedError();
    throw new NotFoundError("assessment");
  }
  const granted = actors.find((actor) => actorCan(actor, capability, row.workspaceId));
  if (!granted) throw new ForbiddenError(forbiddenMessage(actors, capability));
  return { assessmentId: row.id, questionnaireVersionId: row.questionnaireVersionId, workspaceId: row.workspaceId, ownerRespondentId: row.ownerRespondentId, actor: granted };
}

async function memberActor(user: TSessionUser | null, workspaceId: string): Promise<TReviewActor | null> {
  if (!user) return null;
  const { rows } = await dbPool().query<{ role: TWorkspaceRole }>(
    `select "role"::text as "role" from "WorkspaceMember" where "workspaceId" = $1::uuid and "userId" = $2::uuid`,
    [workspaceId, user.id],
  );
  return rows[0] ? { kind: "member", user, role: rows[0].role } : null;
}

function forbiddenMessage(actors: TReviewActor[], capability: TReviewCapability): string {
  const best = actors[0]!;
  if (best.kind === "respondent") return "A respondent's link opens that respondent's own answers only.";
  if (best.kind === "member") {
    if (capability === "answer") return "Members do not answer as a respondent; record the agreed answer in the consolidation instead.";
    return `This needs the owner or consultant role in the review's workspace; yours is ${best.role}.`;
  }
  return "This review belongs to a workspace: its consultants run it.";
}

/** The highest capability an access holds, for pages that show more or less. */
export function capabilitiesOf(access: TReviewAccess): Set<TReviewCapability> {
  return new Set(ORDER.filter((capability) => actorCan(access.actor, capability, access.workspaceId)));
}

/** An answering access in the shape the answer services take. */
export function answeringAccess(access: TReviewAccess): TAccess {
  if (access.actor.kind === "member") throw new ForbiddenError("Members do not answer as a respondent.");
  return {
    assessmentId: access.assessmentId,
    respondentId: access.actor.respondentId,
    role: access.actor.kind === "editor" ? "owner" : "respondent",
    questionnaireVersionId: access.questionnaireVersionId,
  };
}

/** The owner respondent's answers, for readers (export of a self-serve review). */
export function ownerAnswersAccess(access: TReviewAccess): TAccess {
  return { assessmentId: access.assessmentId, respondentId: access.ownerRespondentId, role: "owner", questionnaireVersionId: access.questionnaireVersionId };
}

/** For routes that give one's own answers. */
export async function authorizeAnswering(request: Request, assessmentId: string): Promise<TAccess> {
  return answeringAccess(await authorizeReview(request.headers, assessmentId, "answer"));
}

/** Whether an error is a denial (401/403/404), for pages that render "not found" instead. */
export function isDenial(error: unknown): boolean {
  return error instanceof AppError && [401, 403, 404].includes(error.status);
}
