import { createAssessment } from "@/lib/assessments/create-assessment";
import { ZCreateAssessmentInput } from "@/lib/assessments/schemas";
import { json, readJson, route } from "@/lib/http/route";
import { enforceLimits, LIMITS, perClientAndGlobal } from "@/lib/rate-limit/rate-limit";

export const POST = route(async ({ request }) => {
  await enforceLimits(request, perClientAndGlobal(request, LIMITS.createReview, LIMITS.createReviewGlobal));
  const input = await readJson(request, ZCreateAssessmentInput);
  const created = await createAssessment(input);
  return json(created, { status: 201, headers: { location: `/api/v1/assessments/${created.id}` } });
});
