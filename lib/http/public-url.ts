import { env } from "@/lib/env";

/** An absolute URL for a link we hand out: APP_URL when set (behind a proxy), else the request's origin. */
export function publicUrl(path: string, request: Request): string {
  return new URL(path, env().APP_URL ?? request.url).toString();
}
