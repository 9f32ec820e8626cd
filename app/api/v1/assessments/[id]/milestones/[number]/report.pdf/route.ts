import { authorizeReview } from "@/lib/assessments/access";
import { route } from "@/lib/http/route";
import { milestonePdfResponse } from "@/lib/milestones/milestone-pdf";
import { parseMilestoneNumber } from "@/lib/milestones/parse-milestone-number";
import { parsePdfQuery } from "@/lib/reports/pdf-response";

export const GET = route<{ id: string; number: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  const query = parsePdfQuery(request);
  return milestonePdfResponse(access.assessmentId, parseMilestoneNumber(params.number), query.paper);
});
