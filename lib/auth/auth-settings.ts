import type { TEnv } from "@/lib/env";

/**
 * What lib/auth needs from the environment, decided in one pure function so that it can be tested:
 * the secret, the addresses better-auth trusts, and whether rate limits apply.
 */

/** Used only outside production when BETTER_AUTH_SECRET is unset. It is public: it protects nothing. */
export const DEVELOPMENT_AUTH_SECRET = "faultline-dev-only-3f9a1c7e5b2d8046a9e1c3b7d5f20486";

/**
 * Without APP_URL, accounts work only on this machine's loopback addresses (a laptop, the tests), on
 * any port. Links in mail are built from the request's Host, so believing any host would let a forged
 * Host header point a password-reset link at someone else's server.
 */
export const LOOPBACK_HOSTS = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"];

export class AuthConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthConfigError";
  }
}

export type TAuthSettings = {
  secret: string;
  secretSource: "env" | "development-default";
  /** better-auth's baseURL: APP_URL when set, else the request's own loopback address. */
  baseURL: string | { allowedHosts: string[]; protocol: "http"; fallback?: string };
  trustedOrigins: string[];
  rateLimit: { enabled: boolean; storage: "database" };
  trustedProxies: string[];
  secureCookies: boolean;
};

export function authSettings(env: Pick<TEnv, "NODE_ENV" | "APP_URL" | "BETTER_AUTH_SECRET" | "TRUSTED_PROXIES">): TAuthSettings {
  const production = env.NODE_ENV === "production";
  if (production && !env.BETTER_AUTH_SECRET) {
    throw new AuthConfigError(
      "BETTER_AUTH_SECRET is required in production: it signs session cookies and must be the same on every " +
        "instance. Generate one with `openssl rand -base64 32` and set it in the environment.",
    );
  }
  const appOrigin = env.APP_URL ? new URL(env.APP_URL).origin : undefined;
  return {
    secret: env.BETTER_AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    secretSource: env.BETTER_AUTH_SECRET ? "env" : "development-default",
    baseURL: appOrigin ?? { allowedHosts: LOOPBACK_HOSTS, protocol: "http", ...(production ? {} : { fallback: "http://localhost:3000" }) },
    // better-auth trusts baseURL's origin (or, for the loopback set, http://<host>) by itself.
    trustedOrigins: appOrigin ? [appOrigin] : [],
    // better-auth rate-limits only in production; "database" shares the counters between instances.
    rateLimit: { enabled: production, storage: "database" },
    trustedProxies: env.TRUSTED_PROXIES ?? [],
    secureCookies: appOrigin?.startsWith("https://") ?? false,
  };
}
