import { authorizeReview } from "@/lib/assessments/access";
import { publicUrl } from "@/lib/http/public-url";
import { json, readJson, route } from "@/lib/http/route";
import { createRespondent, listRespondents } from "@/lib/respondents/respondents";
import { ZCreateRespondentInput } from "@/lib/respondents/schemas";

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "read");
  return json({ respondents: await listRespondents(access.assessmentId) });
});

export const POST = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  const input = await readJson(request, ZCreateRespondentInput);
  const respondent = await createRespondent(access, input);
  return json({ ...respondent, link: publicUrl(respondent.link, request) }, { status: 201, headers: { "referrer-policy": "no-referrer" } });
});
