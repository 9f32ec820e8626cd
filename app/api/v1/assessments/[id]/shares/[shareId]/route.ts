import { z } from "zod";
import { authorizeReview } from "@/lib/assessments/access";
import { NotFoundError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { revokeShare } from "@/lib/shares/shares";

export const DELETE = route<{ id: string; shareId: string }>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "share");
  if (!z.uuid().safeParse(params.shareId).success) throw new NotFoundError("share link");
  await revokeShare(access, params.shareId);
  return new Response(null, { status: 204 });
});
