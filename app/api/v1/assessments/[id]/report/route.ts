import { authorizeReview } from "@/lib/assessments/access";
import { json, route } from "@/lib/http/route";
import { getReport } from "@/lib/reports/get-report";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  const { report } = await getReport(access.assessmentId);
  return json(report);
});
