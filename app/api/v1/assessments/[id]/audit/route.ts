import { authorizeReview } from "@/lib/assessments/access";
import { ValidationError } from "@/lib/errors";
import { listReviewAudit, ZAuditQuery } from "@/lib/finding-reviews/review-audit-trail";
import { json, route, zodIssuesToFields } from "@/lib/http/route";

/** The review's audit trail, newest first; `?cursor=` from the previous page's nextCursor, `?limit=` up to 100. */
export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  const query = ZAuditQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new ValidationError(zodIssuesToFields(query.error.issues));
  return json(await listReviewAudit(access.assessmentId, query.data));
});
