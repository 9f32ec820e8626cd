import "server-only";
import { createAuth, type TAuth } from "@/lib/auth/create-auth";

/**
 * The process's better-auth instance, made on first use: importing this module (e.g. during
 * `next build`) needs neither a database nor BETTER_AUTH_SECRET, and a missing secret in production
 * fails the first request that needs accounts, with a message that names it.
 */
const globalForAuth = globalThis as unknown as { faultlineAuth?: TAuth };

export function getAuth(): TAuth {
  globalForAuth.faultlineAuth ??= createAuth();
  return globalForAuth.faultlineAuth;
}
