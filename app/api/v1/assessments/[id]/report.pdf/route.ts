import { authorizeReview } from "@/lib/assessments/access";
import { route } from "@/lib/http/route";
import { parsePdfQuery, pdfResponse } from "@/lib/reports/pdf-response";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  return pdfResponse(parsePdfQuery(request), access.assessmentId);
});
