/**
 * Playwright's web server: a throwaway database, migrated, then the production build served on it.
 * On SIGTERM it stops the app and drops the database.
 */
import { acquireServer, createDatabase, dropDatabase, migrate } from "./database";
import { startApp } from "./app-server";

async function main() {
  const port = Number(process.argv[2] ?? "3210");
  const server = await acquireServer((line) => console.error(line));
  const databaseUrl = await createDatabase(server.adminUrl, "faultline_e2e");
  await migrate(databaseUrl);
  // One browser plays many clients from one address: scale the per-client limits accordingly.
  const app = await startApp({ databaseUrl, port, env: { RATE_LIMIT_MULTIPLIER: "20" } });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    await dropDatabase(databaseUrl).catch((error) => console.error(`could not drop the e2e database: ${error}`));
    await server.embedded?.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  app.process.on("exit", () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
