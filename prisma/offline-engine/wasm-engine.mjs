// Loads @prisma/schema-engine-wasm on Node 20.
//
// Work-around (snag 1): the package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`,
// an ES module import of a .wasm file. Node 20 cannot do that without --experimental-wasm-modules, so we
// compile the .wasm ourselves and hand it the package's own JS glue (schema_engine_bg.js) as its import
// object, which is exactly what the entry point would have wired up. This can go when the project's
// Node version imports .wasm modules by default, or when the package ships a Node-friendly entry.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

/** The folder of the installed @prisma/schema-engine-wasm. */
function packageDir() {
  // The package's "exports" map hides both package.json and the .wasm file; the glue module is
  // exported, and the .wasm sits next to it.
  return path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
}

/** The wasm engine's git hash, read without compiling the module (`--version` must be quick). */
export function wasmEngineHash() {
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir(), "package.json"), "utf8"));
  return String(version).split(".").at(-1);
}

/**
 * Collects the message of a Rust panic inside the wasm engine. The glue calls
 * `global.PRISMA_WASM_PANIC_REGISTRY.set_message` right before the module traps; the Prisma CLI
 * defines this global in its own process, so in ours we have to, or a panic would surface as
 * "Cannot read properties of undefined" instead of the panic's message.
 */
class PanicRegistry {
  message = "";
  set_message(message) {
    this.message = message;
  }
  take() {
    const message = this.message;
    this.message = "";
    return message;
  }
}

export const panicRegistry = new PanicRegistry();

/** @returns {Promise<typeof import("@prisma/schema-engine-wasm")>} the glue module, wasm attached */
export async function loadWasmEngine() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  const dir = packageDir();
  const glue = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const module = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}
