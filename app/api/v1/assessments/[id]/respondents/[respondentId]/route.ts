import { authorizeReview } from "@/lib/assessments/access";
import { publicUrl } from "@/lib/http/public-url";
import { json, readJson, route } from "@/lib/http/route";
import { revokeRespondent, updateRespondent } from "@/lib/respondents/respondents";
import { ZUpdateRespondentInput } from "@/lib/respondents/schemas";

type TParams = { id: string; respondentId: string };

/** Rename, change role or email, or re-issue the link ({"reissueLink": true}: the new link is in the answer, once). */
export const PATCH = route<TParams>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  const input = await readJson(request, ZUpdateRespondentInput);
  const respondent = await updateRespondent(access, params.respondentId, input);
  const body = "link" in respondent ? { ...respondent, link: publicUrl(respondent.link, request) } : respondent;
  return json(body, { headers: { "referrer-policy": "no-referrer" } });
});

/** Revokes the respondent's link; their answers stay. */
export const DELETE = route<TParams>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  await revokeRespondent(access, params.respondentId);
  return new Response(null, { status: 204 });
});
