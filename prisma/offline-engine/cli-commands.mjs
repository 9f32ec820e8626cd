// `ENGINE --datasource … cli can-connect-to-database | create-database`: the two one-shot commands the
// Prisma CLI runs before `migrate dev` / `migrate deploy` to check for and create the database. The wasm
// engine has neither, so they are done here with pg. The CLI reads the outcome from the exit code and
// from a JSON log line on stderr (see h2e / cx / yz in node_modules/prisma/build/cli.js): it skips the
// first stderr line and looks for `level: "ERROR"`, `target: "schema_engine::logger"` with
// `fields.error_code` and `fields.message`. For `can-connect-to-database` it creates the database only
// when the code is P1003, so the codes below matter.
import pg from "pg";
import { describeServer, parseDatasourceUrl, quoteIdent, withDatabase } from "./connection.mjs";

class EngineCliError extends Error {
  constructor(errorCode, message) {
    super(message);
    this.errorCode = errorCode;
  }
}

/** Maps a pg connection or query error to the native engine's error code and wording. */
function toEngineCliError(error, config) {
  const server = describeServer(config);
  switch (error?.code) {
    case "3D000":
      return new EngineCliError("P1003", `Database \`${config.database}\` does not exist on the database server at \`${server}\`.`);
    case "42P04":
      return new EngineCliError("P1009", `Database \`${config.database}\` already exists on the database server at \`${server}\``);
    case "28P01":
    case "28000":
      return new EngineCliError(
        "P1000",
        `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${config.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${server}\`.`,
      );
    case "42501":
      return new EngineCliError("P1010", `User \`${config.user}\` was denied access on the database \`${config.database}\``);
    default:
      if (error?.code === undefined || /^E[A-Z]+$/.test(error.code)) {
        return new EngineCliError(
          "P1001",
          `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
        );
      }
      return new EngineCliError("P1001", String(error.message));
  }
}

async function query(config, sql) {
  const client = new pg.Client(config);
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

async function canConnectToDatabase(config) {
  await query(config, "SELECT 1").catch((error) => {
    throw toEngineCliError(error, config);
  });
}

async function createDatabase(config, schema) {
  // CREATE DATABASE needs a connection to some other database on the server: the maintenance
  // database `postgres`, or `template1` on servers where `postgres` was dropped.
  const createSql = `CREATE DATABASE ${quoteIdent(config.database)}`;
  await query(withDatabase(config, "postgres"), createSql)
    .catch((error) => {
      if (error?.code !== "3D000") throw error;
      return query(withDatabase(config, "template1"), createSql);
    })
    .catch((error) => {
      throw toEngineCliError(error, config);
    });
  if (schema && schema !== "public") {
    await query(config, `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`).catch((error) => {
      throw toEngineCliError(error, config);
    });
  }
}

function logLine(level, fields) {
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" });
}

/**
 * @param {string} command `can-connect-to-database` or `create-database`
 * @param {{ url?: string }} datasource
 * @returns {Promise<number>} the process exit code
 */
export async function runCliCommand(command, datasource) {
  // The CLI ignores the first stderr line; the native engine's is its own start-up log.
  process.stderr.write(`${logLine("INFO", { message: `Starting the offline schema engine: cli ${command}` })}\n`);
  try {
    if (!datasource.url) throw new EngineCliError("P1012", "No datasource URL was given to the schema engine.");
    const { config, schema } = parseDatasourceUrl(datasource.url);
    if (command === "can-connect-to-database") await canConnectToDatabase(config);
    else if (command === "create-database") await createDatabase(config, schema);
    else throw new EngineCliError(null, `Unknown schema engine CLI command: ${command}`);
    if (command === "create-database") {
      process.stdout.write(`Database '${config.database}' was successfully created.\n`);
    } else {
      process.stdout.write("Connection successful\n");
    }
    return 0;
  } catch (error) {
    const { errorCode, message } = error instanceof EngineCliError ? error : toEngineCliError(error, {});
    const fields = errorCode ? { is_panic: false, error_code: errorCode, message } : { is_panic: false, message };
    process.stderr.write(`${logLine("ERROR", fields)}\n`);
    return 1;
  }
}
