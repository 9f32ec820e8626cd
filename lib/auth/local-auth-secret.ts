import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * For `npm start` on a laptop (the launcher, scripts/start.ts), which serves a production build with no
 * configuration: a BETTER_AUTH_SECRET made once and kept beside the embedded database's data, so
 * sessions survive restarts. A real deployment sets BETTER_AUTH_SECRET itself and never calls this.
 */
export function ensureLocalAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
