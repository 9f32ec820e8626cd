import "server-only";
import { dbPool } from "@/lib/db";
import { checkDatabase } from "@/lib/health/check-database";

/** Ready when the database answers, its schema exists and no migration is left half-applied. */
export async function checkReadiness(): Promise<{ status: "ready" | "not-ready"; database: string; migrations: string }> {
  const database = await checkDatabase();
  if (!database.ok) return { status: "not-ready", database: "unreachable", migrations: "unknown" };
  try {
    const { rows } = await dbPool().query<{ pending: number }>(
      `select count(*)::int as pending from "_prisma_migrations" where finished_at is null and rolled_back_at is null`,
    );
    if (rows[0].pending > 0) return { status: "not-ready", database: "ok", migrations: "pending" };
    return { status: "ready", database: "ok", migrations: "applied" };
  } catch {
    return { status: "not-ready", database: "ok", migrations: "missing" };
  }
}
