/**
 * Only for better-auth's schema CLI (README.md in this folder): the options of create-auth.ts that shape
 * the database (email and password, database rate limits, uuid ids), without anything that needs a
 * running app. Keep it in step with create-auth.ts. The app never imports this file.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";

export const auth = betterAuth({
  database: prismaAdapter({} as never, { provider: "postgresql" }),
  emailAndPassword: { enabled: true },
  emailVerification: {},
  rateLimit: { enabled: true, storage: "database" },
  advanced: { database: { generateId: "uuid" } },
});
