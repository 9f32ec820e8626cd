import { authorizeRequest } from "@/lib/assessments/access";
import { route } from "@/lib/http/route";
import { parsePdfQuery, pdfResponse } from "@/lib/reports/pdf-response";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeRequest(request, params.id);
  return pdfResponse(parsePdfQuery(request), access.assessmentId);
});
