import { authorizeReview } from "@/lib/assessments/access";
import { json, readJson, route } from "@/lib/http/route";
import { ZReReviewInput } from "@/lib/milestones/schemas";
import { startReReview } from "@/lib/milestones/start-re-review";

export const POST = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  const input = await readJson(request, ZReReviewInput);
  return json(await startReReview(access, input), { status: 201 });
});
