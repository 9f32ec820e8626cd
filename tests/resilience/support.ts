import net from "node:net";
import { chromium, type Browser } from "playwright-core";
import { acquireServer, createDatabase, dropDatabase, migrate } from "../support/database";
import { testEnv } from "../support/test-env";

/** The flags of playwright.config.ts: Debian's chromium, no network chatter of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: testEnv.CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

const taken = new Set<number>();

/**
 * A port no one listens on, from the range these tests may use (3260-3299). Fixed ports collide when two
 * runs share a machine (another CI run once took the embedded database's port while it was stopped).
 */
export async function freePort(): Promise<number> {
  for (let port = 3260; port < 3300; port++) {
    if (taken.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) {
      taken.add(port);
      return port;
    }
  }
  throw new Error("no free port in 3260-3299");
}

/** A migrated throwaway database on the tests' PostgreSQL server, and how to drop it. */
export async function throwawayDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = await acquireServer((line) => console.error(line));
  const url = await createDatabase(server.adminUrl, prefix);
  await migrate(url);
  return {
    url,
    drop: async () => {
      await dropDatabase(url).catch((error) => console.error(`could not drop ${url}: ${error}`));
      await server.embedded?.stop();
    },
  };
}

/** Polls until `check` returns a value other than undefined/false, or fails with the last reason. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 30_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError}` : ""}`);
}

export type TCreated = { id: string; editToken: string; links: { edit: string; report: string } };

export async function createReview(base: string, title: string, headers: Record<string, string> = {}): Promise<TCreated> {
  const response = await fetch(`${base}/api/v1/assessments`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ title, organization: "Resilience Ltd" }) });
  if (response.status !== 201) throw new Error(`creating a review: ${response.status} ${await response.text()}`);
  return (await response.json()) as TCreated;
}

export type TStoredAnswer = { questionId: string; state: string; value: unknown; note: string | null; version: number };

export async function storedAnswers(base: string, review: { id: string; editToken: string }): Promise<Record<string, TStoredAnswer>> {
  const response = await fetch(`${base}/api/v1/assessments/${review.id}`, { headers: { authorization: `Bearer ${review.editToken}` } });
  if (response.status !== 200) throw new Error(`reading review ${review.id}: ${response.status}`);
  return ((await response.json()) as { answers: Record<string, TStoredAnswer> }).answers;
}
