import { authorizeRequest } from "@/lib/assessments/access";
import { json, route } from "@/lib/http/route";
import { getReport } from "@/lib/reports/get-report";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeRequest(request, params.id);
  const { report } = await getReport(access.assessmentId);
  return json(report);
});
