import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Bearer secrets (edit links, respondent links, share links): 256 random bits, shown once, stored only
 * as a sha256 hash. A fast hash is right here: the secret has full entropy, so there is nothing to
 * brute-force that a slow password hash would protect.
 */
export function createToken(prefix: string): { token: string; hash: string } {
  const token = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares a presented token with a stored hash in time that does not depend on where they differ. */
export function tokenMatches(token: string, storedHash: string): boolean {
  return hashMatches(hashToken(token), storedHash);
}

/** tokenMatches for a caller that already hashed the presented token (to look it up as well). */
export function hashMatches(presentedHash: string, storedHash: string): boolean {
  const presented = Buffer.from(presentedHash, "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
