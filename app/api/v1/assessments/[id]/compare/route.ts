import { authorizeReview } from "@/lib/assessments/access";
import { json, route } from "@/lib/http/route";
import { getComparison } from "@/lib/milestones/get-comparison";
import { parseQuery } from "@/lib/milestones/parse-query";
import { ZCompareQuery } from "@/lib/milestones/schemas";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  const { comparison, choices } = await getComparison(access.assessmentId, parseQuery(request, ZCompareQuery));
  return json({ ...comparison, milestones: choices });
});
