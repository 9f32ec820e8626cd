// The "migration aware" driver adapter factory the wasm engine talks to the database through:
// @prisma/adapter-pg's PrismaPg, patched where it does not yet fit the schema engine. Each patch names
// the snag it works around and when it can go.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  Debug,
  DriverAdapterError,
  bindMigrationAwareSqlAdapterFactory,
  isDriverAdapterError,
} from "@prisma/driver-adapter-utils";
import { isSameDatabase, parseDatasourceUrl, quoteIdent, withDatabase } from "./connection.mjs";

const debug = Debug("prisma:offline-engine:adapter");

// pg_catalog's internal one-byte type `"char"` (pg_constraint.contype, pg_class.relkind, …).
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Work-around (snag 2, with the column type from snag 7): adapter-pg has no mapping for oid 18 and
 * rejects every introspection query that selects a `"char"` column ("Column type 'char' could not be
 * deserialized"). We let adapter-pg decode those columns as text and then report them as the adapter
 * protocol's Character type. Character, not Text: on PostgreSQL 18, NOT NULL constraints show up in
 * pg_constraint with contype 'n', and with Text the wasm engine panics during `migrate dev` (the CLI
 * then exits 0 having printed nothing); Character works on 15 and 18 alike.
 * Can go when @prisma/adapter-pg maps oid 18 itself (check fieldToColumnType in its dist/index.mjs).
 */
function reportCharColumnsAsCharacter(queryable) {
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function queryRawWithCharColumns(query) {
    const result = await queryable.performIO(query);
    const charColumns = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        charColumns.push(index);
        field.dataTypeID = PG_TEXT_OID;
      }
    });
    // Run adapter-pg's own queryRaw over the rows we already have, so everything else it does
    // (column names, types, user-defined type parsing) stays its own.
    const replay = Object.create(queryable, { performIO: { value: async () => result } });
    const resultSet = await queryRaw.call(replay, query);
    for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
}

/**
 * Work-around (snag 3): adapter-pg's executeScript splits the script on ";" and sends the pieces one by
 * one, which cuts `$$ … ; … $$` function bodies, DO blocks and string literals containing ";" apart.
 * The native engine sends a migration script as one simple-protocol query, and PostgreSQL runs a
 * multi-statement simple query on its own, so we do the same on adapter-pg's pg Pool.
 * Can go when adapter-pg stops splitting scripts.
 */
function runScriptsWhole(adapter) {
  adapter.executeScript = async function executeScriptWhole(script) {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error); // adapter-pg's own mapping of pg errors to driver adapter errors; throws
    }
  };
}

/**
 * The wasm engine never looks up the JS errors that the driver adapter binding files away as
 * `GenericJs` (it prints "External error id#0"), and one thrown while it constructs itself escapes as
 * an uncaught exception. Errors of our own code therefore go back as driver adapter errors, whose
 * messages it does print.
 */
function toDriverAdapterError(error, context) {
  if (isDriverAdapterError(error)) return error;
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH"].includes(error?.code)) {
    return new DriverAdapterError({ kind: "DatabaseNotReachable", host: error.address ?? error.hostname, port: error.port });
  }
  const message = [context, String(error?.message ?? error)].filter(Boolean).join(" ");
  return new DriverAdapterError({
    kind: "postgres",
    code: typeof error?.code === "string" ? error.code : "N/A",
    severity: error?.severity ?? "ERROR",
    message,
    detail: error?.detail,
    column: error?.column,
    hint: error?.hint,
  });
}

/**
 * Stands in for a connection when the CLI gave no datasource URL, so that the engine can still start
 * and answer with a clear error. (Unlike the native engine, the wasm engine probes the server's
 * version as soon as it connects, so even a schema-to-schema `migrate diff` needs DATABASE_URL here.)
 */
function disconnectedAdapter() {
  const fail = async () => {
    throw toDriverAdapterError(new Error("No datasource URL: set datasource.url in prisma.config.ts (DATABASE_URL)."));
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    queryRaw: fail,
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    dispose: async () => {},
  };
}

function patchAdapter(adapter) {
  reportCharColumnsAsCharacter(adapter);
  runScriptsWhole(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const transaction = await startTransaction(...args);
    reportCharColumnsAsCharacter(transaction);
    return transaction;
  };
  return adapter;
}

async function withClient(config, work) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `work` on a connection to the server, preferring the main database, else `postgres`. */
async function withServerClient(config, work) {
  try {
    return await withClient(config, work);
  } catch (error) {
    // The main database may not exist yet (e.g. `migrate diff` before the first `migrate dev`).
    if (error?.code !== "3D000") throw error;
    return withClient(withDatabase(config, "postgres"), work);
  }
}

/**
 * Work-around (snag 6): the wasm engine uses a configured shadowDatabaseUrl as it finds it, where the
 * native engine resets it first; left-overs from the last run then make the migrations fail to
 * replay. A shadow database is Prisma's scratch space, so we drop every user schema in it and
 * recreate `public` and the URL's schema. Can go when the wasm engine resets the shadow database.
 */
async function wipeShadowDatabase(config, schema) {
  await withClient(config, async (client) => {
    const { rows } = await client.query(
      "SELECT nspname FROM pg_namespace WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%'",
    );
    const statements = rows.map(({ nspname }) => `DROP SCHEMA ${quoteIdent(nspname)} CASCADE;`);
    for (const name of new Set(["public", schema ?? "public"])) statements.push(`CREATE SCHEMA ${quoteIdent(name)};`);
    await client.query(statements.join("\n"));
  });
}

/**
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource from the CLI's --datasource
 */
export function createAdapterFactory(datasource) {
  const main = datasource.url ? parseDatasourceUrl(datasource.url) : undefined;
  /** Temporary shadow databases not dropped yet, so a shutdown mid-command can still drop them. */
  const liveShadowDatabases = new Set();

  function requireMain() {
    if (!main) throw new Error("No datasource URL: set datasource.url in prisma.config.ts (DATABASE_URL).");
    return main;
  }

  const reportingErrors =
    (fn, context) =>
    async (...args) => {
      try {
        return await fn(...args);
      } catch (error) {
        throw toDriverAdapterError(error, context);
      }
    };

  async function dropShadowDatabase(name) {
    const { config } = requireMain();
    // WITH (FORCE) (PostgreSQL 13+): a connection still open, e.g. from an adapter the engine never
    // disposed, must not leave the database behind.
    await withServerClient(config, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    liveShadowDatabases.delete(name);
    debug("dropped shadow database %s", name);
  }

  /**
   * Work-around (snag 4): adapter-pg's connectToShadowDb drops the temporary database while its own
   * pool still holds connections (so the DROP fails and the database is left behind), never closes
   * the connection it created it on, and, given a connectionString, pg ignores the `database`
   * override, so the "shadow" pool talks to the main database. We create and drop the database
   * ourselves, with an object config. Can go when adapter-pg's shadow database handling is fixed.
   */
  async function connectToTemporaryShadowDb() {
    const { config, schema } = requireMain();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withServerClient(config, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`)).catch((error) => {
      throw toDriverAdapterError(
        error,
        "Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases.",
      );
    });
    liveShadowDatabases.add(name);
    debug("created shadow database %s", name);
    const shadowConfig = withDatabase(config, name);
    if (schema && schema !== "public") {
      await withClient(shadowConfig, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`));
    }
    const adapter = patchAdapter(await new PrismaPg(shadowConfig, { schema }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = reportingErrors(async () => {
      await dispose(); // closes the pool first, so the DROP below is not fighting our own connections
      await dropShadowDatabase(name);
    });
    return adapter;
  }

  async function connectToConfiguredShadowDb() {
    const { config, schema } = parseDatasourceUrl(datasource.shadowDatabaseUrl);
    // The same guard as the native engine's: wiping the main database by mistake is not recoverable.
    if (main && isSameDatabase(main.config, config)) {
      throw new Error(
        "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
      );
    }
    await wipeShadowDatabase(config, schema);
    return patchAdapter(await new PrismaPg(config, { schema }).connect());
  }

  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: reportingErrors(async () => {
      if (!main) return disconnectedAdapter();
      return patchAdapter(await new PrismaPg(main.config, { schema: main.schema }).connect());
    }),
    connectToShadowDb: reportingErrors(() =>
      datasource.shadowDatabaseUrl ? connectToConfiguredShadowDb() : connectToTemporaryShadowDb(),
    ),
  });

  /** Drops temporary shadow databases still alive, e.g. when the CLI stops us mid-command. */
  async function dropLeftoverShadowDatabases() {
    await Promise.allSettled([...liveShadowDatabases].map(dropShadowDatabase));
  }

  return { factory, dropLeftoverShadowDatabases };
}
