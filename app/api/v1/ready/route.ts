import { checkReadiness } from "@/lib/health/check-readiness";
import { json, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Readiness: send traffic here only when the database answers and its schema is migrated. */
export const GET = route(async () => {
  const readiness = await checkReadiness();
  return json(readiness, { status: readiness.status === "ready" ? 200 : 503, headers: readiness.status === "ready" ? {} : { "retry-after": "5" } });
});
