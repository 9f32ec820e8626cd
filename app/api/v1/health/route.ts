import { checkDatabase } from "@/lib/health/check-database";
import { json, route } from "@/lib/http/route";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

export const GET = route(async ({ requestId }) => {
  const database = await checkDatabase();
  if (!database.ok) {
    log.warn("health check: database unreachable", { requestId, error: database.error });
    return json({ status: "unavailable", database: "unreachable" }, { status: 503, headers: { "retry-after": "5" } });
  }
  return json({ status: "ok", database: "ok" });
});
