// Configuration of the Prisma CLI (generate, migrate). Only the CLI reads this file, never the app, so
// reading process.env here does not bypass lib/env.ts.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Whether Prisma's native schema engine has been downloaded: it lives in the @prisma/engines package
 * the CLI depends on, as `schema-engine-<platform>` (its checksums and download leftovers aside).
 */
function hasNativeSchemaEngine(): boolean {
  try {
    const fromRoot = createRequire(path.join(root, "package.json"));
    const fromPrisma = createRequire(fromRoot.resolve("prisma/package.json"));
    const enginesDir = path.dirname(fromPrisma.resolve("@prisma/engines/package.json"));
    return fs
      .readdirSync(enginesDir)
      .some((name) => name.startsWith("schema-engine-") && !/\.(sha256|gz|tmp)$/.test(name));
  } catch {
    return false;
  }
}

// Every CLI command first makes sure the native engine exists and downloads it from Prisma's CDN if
// not, which fails without internet (and npm skips @prisma/engines' postinstall download anyway). Where
// no native engine is installed, use ours: a drop-in that serves the same protocol with the wasm build
// of the same engine (prisma/offline-engine/README.md). An engine chosen explicitly is left alone,
// including through the deprecated PRISMA_MIGRATION_ENGINE_BINARY.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !process.env.PRISMA_MIGRATION_ENGINE_BINARY && !hasNativeSchemaEngine()) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "prisma", "offline-engine", "schema-engine");
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
  },
  datasource: {
    // Unset on purpose when DATABASE_URL is: `prisma generate` needs no database, and the migrate
    // commands then stop with Prisma's own "datasource.url is required" instead of touching a guessed one.
    url: process.env.DATABASE_URL,
  },
});
