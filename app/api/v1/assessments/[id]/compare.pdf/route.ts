import { authorizeReview } from "@/lib/assessments/access";
import { route } from "@/lib/http/route";
import { comparisonPdfResponse } from "@/lib/milestones/milestone-pdf";
import { parseQuery } from "@/lib/milestones/parse-query";
import { ZComparePdfQuery } from "@/lib/milestones/schemas";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  return comparisonPdfResponse(access.assessmentId, parseQuery(request, ZComparePdfQuery));
});
