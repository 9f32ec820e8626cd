import "server-only";
import { dbPool } from "@/lib/db";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { tokenMatches } from "@/lib/security/tokens";
import { ZAssessmentId } from "@/lib/assessments/schemas";

export type TAccess = {
  assessmentId: string;
  respondentId: string;
  role: "owner";
  /** The bank version the review pinned: found with the access, so a write needs no second look-up. */
  questionnaireVersionId: string;
};

/** The browser keeps an assessment's edit token in this httpOnly cookie, one cookie per assessment. */
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

/** The secret a request presents for an assessment: a bearer token, else the browser's cookie. */
export function presentedToken(request: Request, assessmentId: string): string | undefined {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? readCookie(request.headers.get("cookie"), editCookieName(assessmentId));
}

const ACCESS_QUERY = `
  select a."id", a."editTokenHash", a."questionnaireVersionId",
         (select r."id" from "Respondent" r where r."assessmentId" = a."id" and r."kind" = 'owner' order by r."createdAt" limit 1) as "respondentId"
  from "Assessment" a where a."id" = $1::uuid`;

/**
 * Whether a token opens an assessment. Unknown ids and wrong tokens look the same (404), so a caller
 * cannot learn which reviews exist.
 */
export async function resolveAccess(assessmentId: string, token: string | undefined): Promise<TAccess> {
  if (!token) throw new UnauthorizedError();
  if (!ZAssessmentId.safeParse(assessmentId).success) throw new NotFoundError("assessment");
  // One round trip for the review, its owner and its pinned bank version: every API request starts here,
  // so it goes to the pg pool directly, like the answer upsert (lib/assessments/put-answer.ts).
  const { rows } = await dbPool().query<{ id: string; editTokenHash: string; questionnaireVersionId: string; respondentId: string | null }>(ACCESS_QUERY, [assessmentId]);
  const assessment = rows[0];
  if (!assessment || !tokenMatches(token, assessment.editTokenHash) || !assessment.respondentId) {
    throw new NotFoundError("assessment");
  }
  return { assessmentId: assessment.id, respondentId: assessment.respondentId, role: "owner", questionnaireVersionId: assessment.questionnaireVersionId };
}

export function authorizeRequest(request: Request, assessmentId: string): Promise<TAccess> {
  return resolveAccess(assessmentId, presentedToken(request, assessmentId));
}
