import { json, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Liveness: the process answers. It never looks at the database, so a database outage does not get instances restarted. */
export const GET = route(async () => json({ status: "ok" }));
