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
