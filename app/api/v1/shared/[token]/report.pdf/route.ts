import { route } from "@/lib/http/route";
import { enforceLimits, LIMITS, perClientAndGlobal } from "@/lib/rate-limit/rate-limit";
import { parsePdfQuery, pdfResponse } from "@/lib/reports/pdf-response";
import { openShare } from "@/lib/shares/shares";

export const GET = route<{ token: string }>(async ({ request, params }) => {
  await enforceLimits(request, perClientAndGlobal(request, LIMITS.sharedReport, LIMITS.sharedReportGlobal));
  // The query is checked before the link is opened, so a refused request (e.g. ?paper=x, 422) counts no view.
  const query = parsePdfQuery(request);
  const { assessmentId } = await openShare(params.token);
  return pdfResponse(query, assessmentId, { "x-robots-tag": "noindex, nofollow" });
});
