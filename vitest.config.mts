import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = path.dirname(fileURLToPath(import.meta.url));

const alias = {
  "@": here,
  "server-only": path.join(here, "tests/support/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "content/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/fast-check-setup.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/integration-setup.ts"],
          setupFiles: ["tests/support/integration-env.ts", "tests/support/fast-check-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one database; each test makes its own rows, but keep DDL-heavy files apart.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          // Fault tests (`npm run test:resilience`, after a production build): a database outage under a
          // real browser, the app killed mid-write, two instances on one database. Each makes its own
          // database and servers.
          name: "resilience",
          include: ["tests/resilience/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
