import { authorizeReview } from "@/lib/assessments/access";
import { getConsolidation } from "@/lib/consolidation/get-consolidation";
import { json, route } from "@/lib/http/route";

/** Every respondent's answer side by side, question by question, with divergence and the agreed answer. */
export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  return json(await getConsolidation(access));
});
