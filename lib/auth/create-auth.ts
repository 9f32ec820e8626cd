import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { resetPasswordMail, verificationMail } from "@/lib/auth/auth-mails";
import { authSettings } from "@/lib/auth/auth-settings";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";

/**
 * better-auth, configured for Faultline: email and password accounts, sessions and rate-limit counters
 * in PostgreSQL (any instance serves any request), verification and password-reset mail through
 * lib/mail. Workspaces are ours (lib/workspaces), not better-auth's organization plugin.
 */
export function createAuth(overrides: { rateLimitEnabled?: boolean } = {}) {
  const settings = authSettings(env());
  if (settings.secretSource === "development-default") {
    log.warn("BETTER_AUTH_SECRET is not set: using the fixed development secret. Set it before serving real users.");
  }
  if (env().NODE_ENV === "production" && !env().APP_URL) {
    log.warn("APP_URL is not set: accounts work only on localhost and 127.0.0.1. Set APP_URL to the public address.");
  }

  return betterAuth({
    appName: "Faultline",
    secret: settings.secret,
    baseURL: settings.baseURL,
    basePath: "/api/auth",
    trustedOrigins: settings.trustedOrigins,
    // lib/db exports a lazy Proxy of the client; the adapter reads models and $transaction through it.
    database: prismaAdapter(prisma, { provider: "postgresql", transaction: true }),
    emailAndPassword: {
      enabled: true,
      // Not required to sign in: an unverified account can work, and sees a reminder to confirm.
      requireEmailVerification: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        await sendMail(resetPasswordMail(user, url));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: async ({ user, url }) => {
        await sendMail(verificationMail(user, url));
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: overrides.rateLimitEnabled ?? settings.rateLimit.enabled,
      storage: settings.rateLimit.storage,
    },
    advanced: {
      database: { generateId: "uuid" },
      useSecureCookies: settings.secureCookies,
      cookiePrefix: "faultline",
      ipAddress: { trustedProxies: settings.trustedProxies },
      // better-auth skips its Origin/CSRF check when NODE_ENV=test; keep it on so tests see production.
      disableOriginCheck: false,
    },
    telemetry: { enabled: false },
    logger: {
      level: "warn",
      log: (level, message, ...args) => {
        const fields = args.length ? { component: "better-auth", detail: args } : { component: "better-auth" };
        if (level === "error") log.error(message, fields);
        else if (level === "warn") log.warn(message, fields);
        else if (level === "info") log.info(message, fields);
        else log.debug(message, fields);
      },
    },
  });
}

export type TAuth = ReturnType<typeof createAuth>;
