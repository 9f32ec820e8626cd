import { authorizeReview } from "@/lib/assessments/access";
import { ValidationError } from "@/lib/errors";
import { clearFindingReview, putFindingReview } from "@/lib/finding-reviews/put-finding-review";
import { ZClearQuery, ZFindingId, ZFindingReviewInput } from "@/lib/finding-reviews/schemas";
import { json, readJson, route, zodIssuesToFields } from "@/lib/http/route";

type TParams = { id: string; findingId: string };

function findingIdOf(params: TParams): string {
  const parsed = ZFindingId.safeParse(params.findingId);
  if (!parsed.success) throw new ValidationError(zodIssuesToFields(parsed.error.issues, ["findingId"]));
  return parsed.data;
}

/** Sets the reviewer's note and/or severity adjustment on a finding (run capability). */
export const PUT = route<TParams>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  const findingId = findingIdOf(params);
  const input = await readJson(request, ZFindingReviewInput);
  const { review } = await putFindingReview(access, findingId, input);
  return json(review);
});

/** Clears the finding's review; `?baseVersion=` guards against clearing someone else's newer edit. */
export const DELETE = route<TParams>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  const findingId = findingIdOf(params);
  const query = ZClearQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new ValidationError(zodIssuesToFields(query.error.issues));
  const { review } = await clearFindingReview(access, findingId, query.data.baseVersion);
  return json(review);
});
