import { createAssessment } from "@/lib/assessments/create-assessment";
import { ZCreateAssessmentInput } from "@/lib/assessments/schemas";
import { json, readJson, route } from "@/lib/http/route";

export const POST = route(async ({ request }) => {
  const input = await readJson(request, ZCreateAssessmentInput);
  const created = await createAssessment(input);
  return json(created, { status: 201, headers: { location: `/api/v1/assessments/${created.id}` } });
});
