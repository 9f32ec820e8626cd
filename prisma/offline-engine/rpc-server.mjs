// The native schema engine's JSON-RPC 2.0 protocol, one JSON object a line on stdin/stdout, served by
// the wasm engine. What the Prisma CLI expects of it was read from its SchemaEngineCLI class
// (node_modules/prisma/build/cli.js: runCommand, handleResponse).
import readline from "node:readline";
import { Debug } from "@prisma/driver-adapter-utils";
import { panicRegistry } from "./wasm-engine.mjs";

const debug = Debug("prisma:offline-engine:rpc");

// The code the native engine puts on every error it answers with; the CLI reads only `error.data`.
const ENGINE_ERROR_CODE = 4466;
const ENGINE_ERROR_MESSAGE = "An error happened. Check the data field for details.";

/** Native method names that the wasm engine spells differently. */
const RENAMED_METHODS = { getDatabaseVersion: "version" };

/** Methods the CLI may call that the wasm engine does not have; `createDatabase` is served by `cli create-database`. */
const UNSUPPORTED_METHODS = new Set(["createDatabase", "getDatabaseDescription"]);

const SHADOW_NOT_READY = /shadow DB must be provided through an external factory/;

/**
 * Work-around (snag 5): evaluateDataLoss and createMigration fail with "PostgreSQL shadow DB must be
 * provided through an external factory" when no earlier call in the same engine process has connected
 * the shadow database. Seen on `migrate dev` after `migrate dev --create-only`: devDiagnostic has no
 * need of the shadow database there, so evaluateDataLoss is the first to want it. A
 * diagnoseMigrationHistory call that opts into the shadow database connects it, after which the
 * command succeeds, so we make that call and retry once. Can go when the wasm engine connects the
 * shadow database on first use by itself.
 */
async function callWithShadowDatabaseRetry(engine, method, params) {
  try {
    return await engine[method](params);
  } catch (error) {
    if (!SHADOW_NOT_READY.test(String(error?.message)) || !params?.migrationsList) throw error;
    debug("%s: shadow database not ready, warming up with diagnoseMigrationHistory and retrying", method);
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters ?? { externalTables: [], externalEnums: [] },
    });
    return engine[method](params);
  }
}

/** The `error` member of a JSON-RPC response, in the native engine's shape. */
export function toRpcError(error) {
  const panic = panicRegistry.take() || (error instanceof WebAssembly.RuntimeError ? String(error.message) : "");
  if (panic) {
    return { code: ENGINE_ERROR_CODE, message: panic, data: { is_panic: true, message: panic, backtrace: null } };
  }
  return {
    code: ENGINE_ERROR_CODE,
    message: ENGINE_ERROR_MESSAGE,
    data: {
      is_panic: false,
      message: String(error?.message ?? error),
      meta: error?.meta ?? null,
      error_code: typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : null,
    },
  };
}

/**
 * Serves JSON-RPC requests from `input` until it ends.
 * @param {{ enginePromise: Promise<any>, input: NodeJS.ReadableStream, output: NodeJS.WritableStream }} options
 * @returns {Promise<void>} resolves when the input has ended and every request has been answered
 */
export function serve({ enginePromise, input, output }) {
  /** Requests we sent to the CLI (only `print`), by id, awaiting its reply. */
  const pendingReplies = new Map();
  let nextServerRequestId = 1;
  // After a panic the wasm instance's memory may be half-updated; answer with that panic from then on
  // rather than run more commands on it.
  let poisonedBy = null;

  const send = (message) => output.write(`${JSON.stringify(message)}\n`);

  function requestFromClient(method, params) {
    const id = nextServerRequestId++;
    send({ jsonrpc: "2.0", id, method, params });
    return new Promise((resolve, reject) => pendingReplies.set(id, { resolve, reject }));
  }

  async function dispatch(engine, method, params) {
    if (UNSUPPORTED_METHODS.has(method)) throw new Error(`The offline schema engine does not implement ${method}.`);
    if (method === "diff") {
      // The wasm engine returns the diff in `stdout`; the native engine instead sends it to the CLI as a
      // `print` request before answering (the CLI writes it, or captures it for --output).
      const result = await engine.diff(params);
      if (result.stdout) await requestFromClient("print", { content: result.stdout });
      return { ...result, stdout: null };
    }
    const wasmMethod = RENAMED_METHODS[method] ?? method;
    if (typeof engine[wasmMethod] !== "function") {
      throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
    }
    return callWithShadowDatabaseRetry(engine, wasmMethod, params);
  }

  async function handleRequest({ id, method, params }) {
    debug("request %s %s", id, method);
    try {
      if (poisonedBy) throw poisonedBy;
      const engine = await enginePromise;
      const result = await dispatch(engine, method, params);
      send({ jsonrpc: "2.0", id, result: result ?? null });
    } catch (error) {
      if (error?.rpcCode) {
        send({ jsonrpc: "2.0", id, error: { code: error.rpcCode, message: error.message } });
        return;
      }
      const rpcError = toRpcError(error);
      if (rpcError.data.is_panic) poisonedBy = Object.assign(new Error(rpcError.message), { code: null });
      send({ jsonrpc: "2.0", id, error: rpcError });
    }
  }

  return new Promise((resolve) => {
    // Requests run one at a time, in order: the CLI waits for each answer anyway, and one wasm engine
    // instance serves them all. Replies to our own requests are routed at once, since the request in
    // flight may be waiting for one.
    let queue = Promise.resolve();
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    lines.on("line", (line) => {
      if (line.trim() === "") return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
        return;
      }
      if (message.method === undefined) {
        const pending = pendingReplies.get(message.id);
        pendingReplies.delete(message.id);
        if (message.error) pending?.reject(new Error(message.error.message));
        else pending?.resolve(message.result);
        return;
      }
      if (message.id === undefined) return; // a notification: nothing in the protocol needs one
      queue = queue.then(() => handleRequest(message));
    });
    lines.on("close", () => {
      for (const { reject } of pendingReplies.values()) reject(new Error("The CLI closed stdin before replying."));
      pendingReplies.clear();
      queue.then(resolve);
    });
  });
}
