import type { TestProject } from "vitest/node";
import { acquireServer, createDatabase, dropDatabase, migrate } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminUrl: string;
  }
}

/** One throwaway database for the integration run, migrated, and dropped afterwards. */
export default async function setup(project: TestProject) {
  const server = await acquireServer((line) => console.log(line));
  const databaseUrl = await createDatabase(server.adminUrl);
  await migrate(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminUrl", server.adminUrl);
  return async () => {
    await dropDatabase(databaseUrl);
    await server.embedded?.stop();
  };
}
