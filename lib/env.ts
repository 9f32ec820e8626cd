import { z } from "zod";

/**
 * The one reader of process.env. Everything else asks `env()` for typed, validated settings, so a bad
 * value fails at start with a message that names the variable, never deep inside a request.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (npm start sets it to the embedded database when unset)" })
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "DATABASE_URL must be a postgres:// or postgresql:// URL"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Public base URL used in links we hand out (private edit links, share links). */
  APP_URL: z.url({ error: "APP_URL must be an absolute URL such as https://faultline.example.com" }).optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Scales every rate limit, e.g. 20 for a test or benchmark server that plays many clients at once. */
  RATE_LIMIT_MULTIPLIER: z.coerce.number().min(1).max(100_000).default(1),
  /** Set to share rate limits between app instances (redis://host:6379). Unset: each instance counts alone. */
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v), "REDIS_URL must be a redis:// or rediss:// URL")
    .optional(),
  /**
   * Signs session cookies and tokens (lib/auth). Required in production (checked when accounts are first
   * used); every instance must share it, and changing it signs everyone out.
   */
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, "BETTER_AUTH_SECRET must be at least 32 characters: generate one with `openssl rand -base64 32`")
    .optional(),
  /** Outgoing mail server, e.g. smtp://user:pass@smtp.example.com:587. Unset: mail is stored in the database. */
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/[^/]+/.test(v), "SMTP_URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465")
    .optional(),
  /** Sender of outgoing mail, e.g. `Faultline <reviews@example.com>`. */
  MAIL_FROM: z.string().min(3).default("Faultline <no-reply@faultline.local>"),
  /**
   * Comma-separated addresses or CIDR ranges of the proxies in front of the app. Rate limits use the
   * client address from X-Forwarded-For, read right to left past these proxies; unset, only a single
   * X-Forwarded-For entry is believed.
   */
  TRUSTED_PROXIES: z
    .string()
    .transform((v) => v.split(",").map((entry) => entry.trim()).filter(Boolean))
    .optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

function parseWith<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  return parseWith(ZEnv, source);
}

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Logging must work even when the rest of the environment is invalid, so its level is read on its own. */
export function logLevel(): TEnv["LOG_LEVEL"] {
  const parsed = ZEnv.shape.LOG_LEVEL.safeParse(process.env.LOG_LEVEL);
  return parsed.success ? parsed.data : "info";
}

/** Settings of the launcher (scripts/start.ts), which runs before the app and may supply DATABASE_URL. */
const ZLauncherEnv = z.object({
  // An empty DATABASE_URL (e.g. `DATABASE_URL= npm start`) means "not set": use the embedded database.
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), ZEnv.shape.DATABASE_URL.optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  FAULTLINE_DATA_DIR: z.string().min(1).default(".data"),
  FAULTLINE_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
});

export type TLauncherEnv = z.infer<typeof ZLauncherEnv>;

export function launcherEnv(): TLauncherEnv {
  return parseWith(ZLauncherEnv, process.env);
}

/** Settings of the production server (scripts/serve.ts), beside the app's own. */
const ZServerEnv = z.object({
  PORT: ZLauncherEnv.shape.PORT,
  /**
   * `on` (default): the server answers the hottest API routes (saving answers, liveness) itself, with the
   * route handlers Next.js would run; `off`: every request goes through Next.js's router (a switch for
   * comparing the two, and a way out should the direct path ever misbehave).
   */
  FAULTLINE_DIRECT_ROUTES: z.enum(["on", "off"], { error: "FAULTLINE_DIRECT_ROUTES must be on or off" }).default("on"),
  /**
   * Worker threads that render PDFs beside the event loop; unset: one per core but one, at least one, at
   * most four; 0: render on the request's own thread.
   */
  PDF_WORKERS: z.coerce.number({ error: "PDF_WORKERS must be a whole number from 0 to 16" }).int().min(0).max(16).optional(),
  /** The Next.js build folder (next.config.ts reads the same variable). */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

export type TServerEnv = z.infer<typeof ZServerEnv>;

export function serverEnv(source: Record<string, string | undefined> = process.env): TServerEnv {
  return parseWith(ZServerEnv, source);
}
