import { NotFoundError } from "@/lib/errors";
import { route } from "@/lib/http/route";

/**
 * Any /api/ address no route answers: a problem+json 404 through route(), so that it carries the
 * request id and security headers too (API requests do not pass through proxy.ts), rather than the
 * HTML page Next would render.
 */
const notFound = route<{ path: string[] }>(async () => {
  throw new NotFoundError("API endpoint");
});

export const apiNotFound = { GET: notFound, POST: notFound, PUT: notFound, PATCH: notFound, DELETE: notFound };
