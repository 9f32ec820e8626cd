import { authorizeReview } from "@/lib/assessments/access";
import { json, route } from "@/lib/http/route";
import { respondentProgress } from "@/lib/respondents/respondent-progress";

/** Who has answered how much: answered of the questions asked of each respondent, and their last activity. */
export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  return json({ respondents: await respondentProgress(access) });
});
