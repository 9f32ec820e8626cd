import { json, route } from "@/lib/http/route";
import { enforceLimits, LIMITS, perClientAndGlobal } from "@/lib/rate-limit/rate-limit";
import { getReport } from "@/lib/reports/get-report";
import { openShare } from "@/lib/shares/shares";

/** The read-only report behind a share link; 404 once the link is revoked or expired. */
export const GET = route<{ token: string }>(async ({ request, params }) => {
  await enforceLimits(request, perClientAndGlobal(request, LIMITS.sharedReport, LIMITS.sharedReportGlobal));
  const { assessmentId } = await openShare(params.token);
  const { report } = await getReport(assessmentId);
  return json(report, { headers: { "x-robots-tag": "noindex, nofollow", "referrer-policy": "no-referrer" } });
});
