import { json, readJson, route } from "@/lib/http/route";
import { parseQuery } from "@/lib/http/parse-query";
import { requireSessionUser } from "@/lib/workspaces/session-user";
import { createWorkspaceReview, listWorkspaceReviews, ZCreateWorkspaceReviewInput, ZListReviewsQuery } from "@/lib/workspaces/workspace-reviews";

type TParams = { workspaceId: string };

/** A page of the workspace's reviews, newest first (any member). */
export const GET = route<TParams>(async ({ request, params }) => {
  const user = await requireSessionUser(request.headers);
  const query = parseQuery(request, ZListReviewsQuery);
  return json(await listWorkspaceReviews(user, params.workspaceId, query));
});

/** Starts a review for a client (owner or consultant). */
export const POST = route<TParams>(async ({ request, params }) => {
  const user = await requireSessionUser(request.headers);
  const input = await readJson(request, ZCreateWorkspaceReviewInput);
  return json(await createWorkspaceReview(user, params.workspaceId, input), { status: 201 });
});
