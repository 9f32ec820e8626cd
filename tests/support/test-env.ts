import { z } from "zod";

/** Test settings. Apart from lib/env.ts, this is the only place that reads process.env. */
const ZTestEnv = z.object({
  /** A server where tests may CREATE and DROP DATABASE. Unset: the local PostgreSQL, else an embedded one. */
  TEST_DATABASE_ADMIN_URL: z.string().optional(),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  CI: z.string().optional(),
  /** The Next build folder to serve (next.config.ts reads the same variable). */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

export const testEnv = ZTestEnv.parse(process.env);
