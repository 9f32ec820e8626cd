import "server-only";
import { headers as requestHeaders } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { UnauthorizedError } from "@/lib/errors";

export type TSessionUser = { id: string; email: string; name: string; emailVerified: boolean };

/**
 * The signed-in user of this request, or null. Pages and server actions call it without arguments (it
 * reads the request's headers); route handlers pass `request.headers`. The session is looked up in
 * PostgreSQL, so it holds on every app instance and a signed-out session is gone everywhere at once.
 */
export async function getSessionUser(source?: Headers): Promise<TSessionUser | null> {
  const headers = source ?? (await requestHeaders());
  if (!headers.get("cookie")) return null;
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, emailVerified } = session.user;
  return { id, email, name, emailVerified };
}

/** The signed-in user, or UnauthorizedError (401): for route handlers and services. */
export async function requireSessionUser(source?: Headers): Promise<TSessionUser> {
  const user = await getSessionUser(source);
  if (!user) throw new UnauthorizedError("Sign in to continue: this needs a Faultline account.");
  return user;
}
