import { authorizeAnswering } from "@/lib/assessments/access";
import { loadAssessment } from "@/lib/assessments/get-assessment";
import { json, route } from "@/lib/http/route";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeAnswering(request, params.id);
  const { view } = await loadAssessment(access);
  return json(view);
});
