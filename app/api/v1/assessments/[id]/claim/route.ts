import { authorizeAnswering } from "@/lib/assessments/access";
import { json, readJson, route } from "@/lib/http/route";
import { claimAssessment } from "@/lib/workspaces/claim-assessment";
import { ZClaimInput } from "@/lib/workspaces/schemas";
import { requireSessionUser } from "@/lib/workspaces/session-user";

/** POST {workspaceId}: needs the review's edit token (Bearer or cookie) and a signed-in owner or consultant. */
export const POST = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeAnswering(request, params.id);
  const user = await requireSessionUser(request.headers);
  const input = await readJson(request, ZClaimInput);
  const result = await claimAssessment(params.id, access, input.workspaceId, user);
  return json(result);
});
