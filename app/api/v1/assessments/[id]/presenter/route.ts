import { authorizeReview } from "@/lib/assessments/access";
import { json, route } from "@/lib/http/route";
import { getPresenterLive } from "@/lib/presenter/get-presenter";

/** Presenter mode's live part: every question's distribution, agreed answer and notes (run capability). */
export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  const { live, etag } = await getPresenterLive(access);
  const headers = { etag, "cache-control": "private, no-cache" };
  if (ifNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return json(live, { headers });
});

function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
