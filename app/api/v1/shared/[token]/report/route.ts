import { json, route } from "@/lib/http/route";
import { getReport } from "@/lib/reports/get-report";
import { openShare } from "@/lib/shares/shares";

/** The read-only report behind a share link; 404 once the link is revoked or expired. */
export const GET = route<{ token: string }>(async ({ params }) => {
  const { assessmentId } = await openShare(params.token);
  const { report } = await getReport(assessmentId);
  return json(report, { headers: { "x-robots-tag": "noindex, nofollow", "referrer-policy": "no-referrer" } });
});
