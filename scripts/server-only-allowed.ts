/**
 * Imported first by the production server (scripts/serve.ts). Modules marked `import "server-only"`
 * refuse to load outside a server build: the marker resolves to a module that throws unless the
 * "react-server" condition is on, which Next.js sets in its server bundles. This process is the server,
 * so the marker is answered with its own empty module here, and only for this process.
 */
import Module from "node:module";
import path from "node:path";

const load = Module.createRequire(__filename);
const guard = load.resolve("server-only");
load(path.join(path.dirname(guard), "empty.js"));
load.cache[guard] = load.cache[path.join(path.dirname(guard), "empty.js")];
