import { authorizeReview, editCookieName } from "@/lib/assessments/access";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

/**
 * The private link: checks the token, keeps it in an httpOnly cookie so this browser comes back
 * without the link, and redirects to the clean address so the token leaves the address bar.
 */
export const GET = route<{ id: string }>(async ({ request, params }) => {
  const token = new URL(request.url).searchParams.get("token") ?? undefined;
  const headers = new Headers({ location: `/reviews/${encodeURIComponent(params.id)}`, "referrer-policy": "no-referrer", "cache-control": "no-store" });
  try {
    // A token is URL-safe ASCII; anything else cannot be one (and cannot go into a header).
    if (!token || !/^[\x21-\x7e]+$/.test(token)) return new Response(null, { status: 303, headers });
    await authorizeReview(new Headers({ authorization: `Bearer ${token}` }), params.id, "answer");
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return new Response(null, { status: 303, headers });
    throw error;
  }
  const secure = env().APP_URL?.startsWith("https:") || new URL(request.url).protocol === "https:";
  const cookie = [
    `${editCookieName(params.id)}=${encodeURIComponent(token!)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${60 * 60 * 24 * 400}`,
    secure ? "Secure" : "",
  ].filter(Boolean);
  headers.append("set-cookie", cookie.join("; "));
  return new Response(null, { status: 303, headers });
});
