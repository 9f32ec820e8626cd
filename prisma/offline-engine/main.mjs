// Entry point of the offline schema engine: parses the native engine's command line and runs one of
// its three modes (`--version`, `cli <command>`, or the JSON-RPC server the migrate commands talk to).
import fs from "node:fs";
import { runCliCommand } from "./cli-commands.mjs";
import { createAdapterFactory } from "./pg-adapter-factory.mjs";
import { serve } from "./rpc-server.mjs";
import { loadWasmEngine, panicRegistry, wasmEngineHash } from "./wasm-engine.mjs";

const PROVIDER_ONLY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

/** The native engine's flags, as the CLI passes them (SchemaEngineCLI.internalInit, h2e). */
export function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, version: false, cliCommand: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels" || arg === "-d") args.datamodels.push(value());
    else if (arg === "--datasource") args.datasource = JSON.parse(value());
    // Preview features and extension types change nothing for PostgreSQL migrations here; the wasm
    // engine takes neither, so they are accepted and dropped.
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") value();
    else if (arg === "cli") args.cliCommand = argv[++i];
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return args;
}

/** An error log line in the native engine's shape, which the CLI reads from stderr. */
function logError(message, { isPanic }) {
  const fields = { is_panic: isPanic, message };
  const line = { timestamp: new Date().toISOString(), level: "ERROR", fields, target: "schema_engine::logger" };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/** Forwards the wasm engine's log lines (already the native engine's JSON shape) to stderr, where the CLI reads them. */
function forwardLog(line) {
  const text = String(line).trim();
  if (text) process.stderr.write(`${text}\n`);
}

async function runServer(args) {
  const { factory, dropLeftoverShadowDatabases } = createAdapterFactory(args.datasource);
  let exiting = false;
  const exit = async (code) => {
    if (exiting) return;
    exiting = true;
    await dropLeftoverShadowDatabases();
    process.exit(code);
  };

  // The CLI ends a session by closing our stdin and, on Linux, sending SIGTERM straight after: drop any
  // temporary shadow database still alive before going, so none is left on the server.
  process.on("SIGTERM", () => exit(0));
  process.on("SIGINT", () => exit(130));
  // A Rust panic inside the wasm engine can trap in a callback outside any promise we hold. The
  // native engine exits with 101 on a panic, which the CLI reports as one; do the same.
  const onCrash = (error) => {
    logError(panicRegistry.take() || String(error?.stack ?? error), { isPanic: true });
    void exit(101);
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);

  const enginePromise = (async () => {
    const wasm = await loadWasmEngine();
    const datamodels = args.datamodels.map((file) => [file, fs.readFileSync(file, "utf8")]);
    // Work-around: the CLI starts the engine without --datamodels for `migrate diff` (each side of a
    // diff brings its own schema), which the native engine accepts; the wasm engine panics ("psl::
    // validate_multi_file() must be called with at least one file"). It only needs to know the
    // provider, so give it a schema with nothing but the datasource. Can go with that panic.
    if (datamodels.length === 0) datamodels.push(["offline-engine-datasource.prisma", PROVIDER_ONLY_SCHEMA]);
    return wasm.SchemaEngine.new({ datamodels }, forwardLog, factory);
  })();
  enginePromise.catch(() => {}); // answered per request by serve()

  await serve({ enginePromise, input: process.stdin, output: process.stdout });
  await exit(0);
}

export async function main(argv) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    logError(String(error.message), { isPanic: false });
    return process.exit(1);
  }
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${wasmEngineHash()}\n`);
    return;
  }
  if (args.cliCommand !== undefined) {
    process.exitCode = await runCliCommand(args.cliCommand, args.datasource);
    return;
  }
  await runServer(args);
}
