import { z } from "zod";

/** Test settings. Apart from lib/env.ts, this is the only place that reads process.env. */
const ZTestEnv = z.object({
  /** A server where tests may CREATE and DROP DATABASE. Unset: the local PostgreSQL, else an embedded one. */
  TEST_DATABASE_ADMIN_URL: z.string().optional(),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  CI: z.string().optional(),
  /** Seed for the fast-check property tests (fixed in CI; see tests/support/fast-check-setup.ts). */
  FC_SEED: z.coerce.number().int().optional(),
  /** Port of the app Playwright starts for the end-to-end tests. */
  E2E_PORT: z.coerce.number().int().min(1024).max(65535).default(3210),
  /** The Next build folder to serve (next.config.ts reads the same variable). */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  /** Requests the API fuzz test (tests/integration/fuzz-api.test.ts) sends; raise it for a longer hunt. */
  FUZZ_RUNS: z.coerce.number().int().min(1).optional(),
  /** Replays a fuzz run: fast-check prints the seed of a failing run. */
  FUZZ_SEED: z.coerce.number().int().optional(),
});

export const testEnv = ZTestEnv.parse(process.env);
