import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { tokenMatches } from "@/lib/security/tokens";
import { ZAssessmentId } from "@/lib/assessments/schemas";

export type TAccess = { assessmentId: string; respondentId: string; role: "owner" };

/** The browser keeps an assessment's edit token in this httpOnly cookie, one cookie per assessment. */
export function editCookieName(assessmentId: string): string {
  return `fl_edit_${assessmentId}`;
}

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

/** The secret a request presents for an assessment: a bearer token, else the browser's cookie. */
export function presentedToken(request: Request, assessmentId: string): string | undefined {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? readCookie(request.headers.get("cookie"), editCookieName(assessmentId));
}

/**
 * Whether a token opens an assessment. Unknown ids and wrong tokens look the same (404), so a caller
 * cannot learn which reviews exist.
 */
export async function resolveAccess(assessmentId: string, token: string | undefined): Promise<TAccess> {
  if (!token) throw new UnauthorizedError();
  if (!ZAssessmentId.safeParse(assessmentId).success) throw new NotFoundError("assessment");
  const assessment = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: { id: true, editTokenHash: true, respondents: { where: { kind: "owner" }, select: { id: true }, take: 1 } },
  });
  if (!assessment || !tokenMatches(token, assessment.editTokenHash) || !assessment.respondents[0]) {
    throw new NotFoundError("assessment");
  }
  return { assessmentId: assessment.id, respondentId: assessment.respondents[0].id, role: "owner" };
}

export function authorizeRequest(request: Request, assessmentId: string): Promise<TAccess> {
  return resolveAccess(assessmentId, presentedToken(request, assessmentId));
}
