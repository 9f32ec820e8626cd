import "server-only";
import { cookies } from "next/headers";
import { AppError } from "@/lib/errors";
import { editCookieName, resolveAccess, type TAccess } from "@/lib/assessments/access";

/** For pages: the access the browser's cookie grants to an assessment, or null. */
export async function pageAccess(assessmentId: string): Promise<{ access: TAccess; token: string } | null> {
  const token = (await cookies()).get(editCookieName(assessmentId))?.value;
  try {
    return { access: await resolveAccess(assessmentId, token), token: token! };
  } catch (error) {
    if (error instanceof AppError && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}
