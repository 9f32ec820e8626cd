import { inject } from "vitest";

// Runs in each test worker before the test files: point lib/env.ts at this run's throwaway database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.LOG_LEVEL ??= "silent";
