import "server-only";
import { headers } from "next/headers";
import { authorizeReview, editCookieName, isDenial, type TReviewAccess, type TReviewCapability } from "@/lib/assessments/access";

/**
 * For pages: the access this browser (its review cookie, its session) has to a review for one
 * capability, or null when it has none; pages then render the same "no access" for every denial.
 */
export async function pageReviewAccess(assessmentId: string, capability: TReviewCapability): Promise<TReviewAccess | null> {
  try {
    return await authorizeReview(await headers(), assessmentId, capability);
  } catch (error) {
    if (isDenial(error)) return null;
    throw error;
  }
}

/** The review token this browser keeps for a review (to show its private link again), if any. */
export async function pageReviewToken(assessmentId: string): Promise<string | undefined> {
  const cookie = (await headers()).get("cookie") ?? "";
  const name = `${editCookieName(assessmentId)}=`;
  const part = cookie.split(";").map((p) => p.trim()).find((p) => p.startsWith(name));
  if (!part) return undefined;
  try {
    return decodeURIComponent(part.slice(name.length));
  } catch {
    return undefined;
  }
}
