import { authorizeReview } from "@/lib/assessments/access";
import { publicUrl } from "@/lib/http/public-url";
import { json, readJson, route } from "@/lib/http/route";
import { createShare, listShares } from "@/lib/shares/shares";
import { ZCreateShareInput } from "@/lib/shares/schemas";

export const POST = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "share");
  const input = await readJson(request, ZCreateShareInput);
  const share = await createShare(access, input);
  return json({ ...share, url: publicUrl(share.url, request) }, { status: 201 });
});

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "share");
  return json({ shares: await listShares(access) });
});
