import { dbPool } from "@/lib/db";
import { route } from "@/lib/http/route";
import { renderMetrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

/** Prometheus metrics of this instance: requests, latency, database time, pool use, PDF renders. */
export const GET = route(async () => {
  const pool = dbPool();
  const memory = process.memoryUsage();
  const body = renderMetrics([
    {
      name: "faultline_db_pool_connections",
      help: "Connections of this instance's database pool, by state.",
      values: [
        { labels: { state: "total" }, value: pool.totalCount },
        { labels: { state: "idle" }, value: pool.idleCount },
        { labels: { state: "waiting_clients" }, value: pool.waitingCount },
      ],
    },
    { name: "faultline_process_resident_memory_bytes", help: "Resident memory of this instance.", values: [{ labels: {}, value: memory.rss }] },
    { name: "faultline_process_uptime_seconds", help: "Seconds since this instance started.", values: [{ labels: {}, value: Math.round(process.uptime()) }] },
  ]);
  return new Response(body, { headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store" } });
});
