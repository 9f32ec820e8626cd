import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, root, runPrisma } from "../support/database";

// The migrations checked in under prisma/migrations, exercised through the real Prisma CLI on a scratch
// database of their own. The CLI runs with this process's environment: on machines without Prisma's
// native schema engine, prisma.config.ts switches to prisma/offline-engine by itself.

const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");

async function migrationScripts(): Promise<{ name: string; sql: string }[]> {
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await fs.readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") })));
}

async function appliedMigrations(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      "select migration_name, checksum, finished_at, rolled_back_at from _prisma_migrations order by migration_name",
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function databaseExists(url: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

describe("prisma/migrations", () => {
  let url: string;
  let firstDeploy: Awaited<ReturnType<typeof runPrisma>>;

  beforeAll(async () => {
    url = await createDatabase(inject("adminUrl"), "faultline_migrations");
    firstDeploy = await runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
  });

  afterAll(async () => {
    if (url) await dropDatabase(url);
  });

  describe("round trip on an empty database", () => {
    it("migrate deploy applies every migration", async () => {
      expect(firstDeploy.code, firstDeploy.stdout + firstDeploy.stderr).toBe(0);
      const scripts = await migrationScripts();
      expect(scripts.length).toBeGreaterThan(0);
      const applied = await appliedMigrations(url);
      expect(applied.map((row) => row.migration_name)).toEqual(scripts.map((script) => script.name));
      for (const row of applied) {
        expect(row.finished_at, row.migration_name).not.toBeNull();
        expect(row.rolled_back_at, row.migration_name).toBeNull();
      }
    });

    it("migrate status then says the database is up to date", async () => {
      const status = await runPrisma(["migrate", "status"], { DATABASE_URL: url });
      expect(status.code, status.stdout + status.stderr).toBe(0);
      expect(status.stdout).toContain("Database schema is up to date!");
    });

    it("a second migrate deploy applies nothing", async () => {
      const before = await appliedMigrations(url);
      const second = await runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
      expect(second.code, second.stdout + second.stderr).toBe(0);
      expect(second.stdout).toContain("No pending migrations to apply.");
      expect(await appliedMigrations(url)).toEqual(before);
    });

    it("records each migration's checksum as the sha256 of its migration.sql", async () => {
      const applied = new Map((await appliedMigrations(url)).map((row) => [row.migration_name, row.checksum]));
      for (const { name, sql } of await migrationScripts()) {
        expect(applied.get(name), name).toBe(createHash("sha256").update(sql).digest("hex"));
      }
    });
  });

  describe("migrate diff between the migrations and the schema", () => {
    let tempDir: string;

    beforeAll(async () => {
      tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "faultline-drift-"));
    });

    afterAll(async () => {
      if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
    });

    /** Runs the diff, and returns the names of the temporary shadow databases the offline engine made. */
    async function diff(toSchema: string) {
      const result = await runPrisma(
        ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", toSchema, "--exit-code"],
        // The offline engine's debug lines name each shadow database it creates; the CLI relays the
        // engine's stderr under prisma:schemaEngine:stderr. (A native engine prints none: no names.)
        { DATABASE_URL: url, DEBUG: "prisma:schemaEngine:stderr,prisma:offline-engine:adapter" },
      );
      const shadowDatabases = [...result.stderr.matchAll(/created shadow database (prisma_migrate_shadow_db_[0-9a-f-]+)/g)].map((match) => match[1]);
      return { ...result, shadowDatabases };
    }

    it("exits 0 when prisma/migrations produce exactly prisma/schema.prisma", async () => {
      const result = await diff(schemaPath);
      expect(result.code, result.stdout + result.stderr).toBe(0);
    });

    it("exits 2 when the schema has a column no migration creates, and leaves no shadow database behind", async () => {
      const schema = await fs.readFile(schemaPath, "utf8");
      const drifted = schema.replace(/^model Answer \{$/m, "model Answer {\n  driftProbe String?");
      expect(drifted).not.toBe(schema);
      const driftedPath = path.join(tempDir, "schema.prisma");
      await fs.writeFile(driftedPath, drifted);

      const result = await diff(driftedPath);
      expect(result.code, result.stdout + result.stderr).toBe(2);
      expect(result.stdout).toContain("driftProbe");
      for (const name of result.shadowDatabases) {
        expect(await databaseExists(url, name), `${name} was not dropped`).toBe(false);
      }
    });
  });
});
