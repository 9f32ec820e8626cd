import { authorizeReview } from "@/lib/assessments/access";
import { json, readJson, route } from "@/lib/http/route";
import { listMilestones } from "@/lib/milestones/list-milestones";
import { publishMilestone } from "@/lib/milestones/publish-milestone";
import { ZPublishMilestoneInput } from "@/lib/milestones/schemas";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  return json({ milestones: await listMilestones(access.assessmentId) });
});

export const POST = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  const input = await readJson(request, ZPublishMilestoneInput);
  const milestone = await publishMilestone(access, input);
  return json(
    { ...milestone, links: { self: `/api/v1/assessments/${access.assessmentId}/milestones/${milestone.number}`, page: `/reviews/${access.assessmentId}/milestones/${milestone.number}` } },
    { status: 201 },
  );
});
