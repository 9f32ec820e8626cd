import { authorizeReview } from "@/lib/assessments/access";
import { json, route } from "@/lib/http/route";
import { getMilestone } from "@/lib/milestones/get-milestone";
import { parseMilestoneNumber } from "@/lib/milestones/parse-milestone-number";

export const GET = route<{ id: string; number: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  const milestone = await getMilestone(access.assessmentId, parseMilestoneNumber(params.number));
  return json(milestone);
});
