import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TAppServer } from "../support/app-server";
import { createReview, freePort, launchBrowser, storedAnswers, throwawayDatabase, waitFor } from "./support";

// Two instances of the production build on one database (and one Redis, when the machine has one),
// every request of a whole self-serve review and of a consultant's session alternating between them:
// nothing a review or a signed-in session needs may live in one instance's memory.

const REDIS_URL = "redis://127.0.0.1:6379";

async function redisAnswers(): Promise<boolean> {
  const { createClient } = await import("redis");
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.quit().catch(() => {});
  }
}

describe("two app instances sharing one database", () => {
  let database: Awaited<ReturnType<typeof throwawayDatabase>>;
  let instances: TAppServer[] = [];
  let browser: Browser;
  let sharedRedis = false;

  beforeAll(async () => {
    database = await throwawayDatabase("faultline_two");
    sharedRedis = await redisAnswers();
    const ports = [await freePort(), await freePort()];
    const env: Record<string, string> = sharedRedis ? { REDIS_URL } : {};
    instances = await Promise.all(ports.map((port) => startApp({ databaseUrl: database.url, port, env })));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
  });

  it("serves a whole review with every request alternating between the instances", async () => {
    const [A, B] = instances.map((instance) => instance.url);
    const served: string[] = [];
    const call = async (base: string, path: string, init: RequestInit & { token?: string } = {}) => {
      served.push(base);
      const headers = new Headers(init.headers);
      if (init.token) headers.set("authorization", `Bearer ${init.token}`);
      if (init.body) headers.set("content-type", "application/json");
      return fetch(`${base}${path}`, { ...init, headers, redirect: "manual" });
    };

    // Created on A.
    const review = await createReview(A, "Two instances review");
    const api = `/api/v1/assessments/${review.id}`;

    // Answered alternately on A and B; each instance sees the other's writes at once.
    const answers: [string, unknown][] = [
      ["context.stage", "scaling"],
      ["context.traffic-shape", "bursty"],
      ["context.codebase-size", "medium"],
      ["context.planned-change", "new-infrastructure"],
      ["load.spike-sources", ["user-surges", "own-jobs"]],
      ["context.team-size", 12],
    ];
    for (const [i, [questionId, value]] of answers.entries()) {
      const response = await call(i % 2 ? B : A, `${api}/answers/${questionId}`, { method: "PUT", token: review.editToken, body: JSON.stringify({ value, baseVersion: 0 }) });
      expect(response.status, questionId).toBe(201);
    }
    // A change made on A is a conflict for a stale write on B: the version lives in the database.
    expect((await call(A, `${api}/answers/context.stage`, { method: "PUT", token: review.editToken, body: JSON.stringify({ value: "mature", baseVersion: 1 }) })).status).toBe(200);
    const stale = await call(B, `${api}/answers/context.stage`, { method: "PUT", token: review.editToken, body: JSON.stringify({ value: "early-traction", baseVersion: 1 }) });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "conflict", current: { value: "mature", version: 2 } });
    const onB = await storedAnswers(B, review);
    expect(Object.keys(onB).sort()).toEqual(answers.map(([id]) => id).sort());

    // The cookie flow: the private link opened on A, the review page served by B with A's cookie.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${A}${review.links.edit}`);
    expect(new URL(page.url()).pathname).toBe(`/reviews/${review.id}`);
    expect((await context.cookies(A)).map((c) => c.name)).toContain(`fl_edit_${review.id}`);
    await page.goto(`${B}/reviews/${review.id}`);
    await page.getByRole("heading", { level: 1, name: "Two instances review" }).waitFor();
    expect(await page.getByLabel(/Mature: a large, established/).isChecked()).toBe(true);
    await page.getByLabel(/Predictable peaks/).check();
    const saved = await waitFor("the answer given on B's page", async () => {
      const answer = (await storedAnswers(A, review))["context.traffic-shape"];
      return answer?.value === "daily-peaks" && answer;
    });
    expect(saved).toMatchObject({ value: "daily-peaks", version: 2 });
    await page.getByTestId("save-status").and(page.locator('[data-status="saved"]')).waitFor();
    await context.close();

    // The report on A.
    const report = await call(A, `${api}/report`, { token: review.editToken });
    expect(report.status).toBe(200);
    const reportBody = (await report.json()) as { recommendation: unknown };
    expect(reportBody.recommendation).toBeTruthy();

    // A share link made on B, read on A, revoked on B, gone on A.
    const share = await call(B, `${api}/shares`, { method: "POST", token: review.editToken, body: "{}" });
    expect(share.status).toBe(201);
    const { id: shareId, token: shareToken } = (await share.json()) as { id: string; token: string };
    const shared = await call(A, `/api/v1/shared/${shareToken}/report`);
    expect(shared.status).toBe(200);
    expect(((await shared.json()) as { recommendation: unknown }).recommendation).toEqual(reportBody.recommendation);
    const listed = (await (await call(B, `${api}/shares`, { token: review.editToken })).json()) as { shares: { id: string; viewCount: number }[] };
    expect(listed.shares).toMatchObject([{ id: shareId, viewCount: 1 }]);
    expect((await call(B, `${api}/shares/${shareId}`, { method: "DELETE", token: review.editToken })).status).toBe(204);
    expect((await call(A, `/api/v1/shared/${shareToken}/report`)).status).toBe(404);

    // The export on A has every answer, including the one given in the browser on B.
    const exported = await call(A, `${api}/export`, { token: review.editToken });
    expect(exported.status).toBe(200);
    const body = (await exported.json()) as { answers: { questionId: string; value: unknown; version: number }[] };
    expect(body.answers.map((a) => a.questionId).sort()).toEqual(answers.map(([id]) => id).sort());
    expect(body.answers.find((a) => a.questionId === "context.stage")).toMatchObject({ value: "mature", version: 2 });
    expect(body.answers.find((a) => a.questionId === "context.traffic-shape")).toMatchObject({ value: "daily-peaks", version: 2 });
    const csv = await call(A, `${api}/export?format=csv`, { token: review.editToken });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain("daily-peaks");

    expect(new Set(served)).toEqual(new Set([A, B]));
    for (const instance of instances) expect(instance.process.exitCode).toBeNull();
  });

  it("keeps a consultant's session across instances: sign up, sign in, workspace, review, every request alternating", async () => {
    const [A, B] = instances.map((instance) => instance.url);
    const stamp = randomBytes(3).toString("hex");
    const email = `nina.${stamp}@consult.test`;
    const password = "quartz meadow ferry 27";
    const context = await browser.newContext();
    const page = await context.newPage();
    const server = { timeout: 30_000 };

    // Signs up on A.
    await page.goto(`${A}/sign-up`);
    await page.getByLabel("Your name").fill("Nina Park");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/workspaces$/, server);
    // Signed out, then signed in again on B.
    await context.clearCookies();
    await page.goto(`${B}/sign-in?next=%2Fworkspaces`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${B}/workspaces`, server);
    // Creates a workspace on A with the session B made.
    await page.goto(`${A}/workspaces`);
    await page.getByLabel("Name of the consultancy").fill(`Park Advisory ${stamp}`);
    await page.getByRole("button", { name: "Create workspace" }).click();
    await page.waitForURL(new RegExp(`/workspaces/park-advisory-${stamp}$`), server);
    const slug = `park-advisory-${stamp}`;

    // The workspace's id, for the API (pages address it by slug).
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const workspaceId = (await db.query<{ id: string }>(`select id from "Workspace" where slug = $1`, [slug])).rows[0].id;
    await db.end();

    // The browser's session cookie, sent by hand to each instance in turn.
    const cookie = (await context.cookies(A)).map((c) => `${c.name}=${c.value}`).join("; ");
    const served: string[] = [];
    let turn = 0;
    const call = (path: string, init: RequestInit = {}) => {
      const base = turn++ % 2 ? B : A;
      served.push(base);
      const headers = new Headers(init.headers);
      headers.set("cookie", cookie);
      headers.set("origin", base);
      if (init.body) headers.set("content-type", "application/json");
      return fetch(`${base}${path}`, { ...init, headers, redirect: "manual" });
    };

    const created = await call(`/api/v1/workspaces/${workspaceId}/assessments`, { method: "POST", body: JSON.stringify({ title: "Northwind platform review", organization: "Northwind" }) });
    expect(created.status, await created.clone().text()).toBe(201);
    const review = (await created.json()) as { id: string };
    const listed = await call(`/api/v1/workspaces/${workspaceId}/assessments`);
    expect(listed.status).toBe(200);
    expect(JSON.stringify(await listed.json())).toContain(review.id);
    const answers: [string, unknown][] = [
      ["context.stage", "scaling"],
      ["context.traffic-shape", "bursty"],
      ["context.team-size", 9],
      ["load.spike-sources", ["user-surges"]],
    ];
    // Invites a respondent; the respondent answers through their own link, alternating instances too.
    const invited = await call(`/api/v1/assessments/${review.id}/respondents`, { method: "POST", body: JSON.stringify({ name: "Sam Ortiz", role: "CTO" }) });
    expect(invited.status, await invited.clone().text()).toBe(201);
    const respondent = (await invited.json()) as { token: string };
    for (const [i, [questionId, value]] of answers.entries()) {
      const response = await fetch(`${i % 2 ? B : A}/api/v1/assessments/${review.id}/answers/${questionId}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${respondent.token}`, "content-type": "application/json" },
        body: JSON.stringify({ value }),
      });
      expect(response.status, `${questionId}: ${await response.clone().text()}`).toBe(201);
    }
    // The consultant records the agreed answers, alternating, and reads the consolidation.
    for (const [questionId, value] of answers) {
      const response = await call(`/api/v1/assessments/${review.id}/agreed-answers/${questionId}`, { method: "PUT", body: JSON.stringify({ value }) });
      expect(response.status, `${questionId}: ${await response.clone().text()}`).toBe(201);
    }
    const consolidation = await call(`/api/v1/assessments/${review.id}/consolidation`);
    expect(consolidation.status).toBe(200);
    expect(JSON.stringify(await consolidation.json())).toContain("Sam Ortiz");
    const report = await call(`/api/v1/assessments/${review.id}/report`);
    expect(report.status).toBe(200);
    // The session is valid on both: the workspace page, rendered by each instance, lists the review.
    for (const base of [A, B]) {
      await page.goto(`${base}/workspaces/${slug}`);
      await page.getByText("Northwind platform review").first().waitFor(server);
    }
    // Signed out on B, the session is gone on A too.
    const signOut = await fetch(`${B}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: B, "content-type": "application/json" }, body: "{}" });
    expect(signOut.status).toBe(200);
    const after = await fetch(`${A}/api/v1/workspaces/${workspaceId}/assessments`, { headers: { cookie } });
    expect(after.status).toBe(401);
    await context.close();

    expect(new Set(served)).toEqual(new Set([A, B]));
  });

  it("counts sign-in attempts to one account together across instances (Redis)", async ({ skip }) => {
    if (!sharedRedis) skip("no Redis on 127.0.0.1:6379");
    const [A, B] = instances.map((instance) => instance.url);
    const email = `target.${randomBytes(3).toString("hex")}@consult.test`;
    const attempt = (base: string, i: number) =>
      fetch(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        // A different address each time, so only the per-account limit can add up.
        headers: { "content-type": "application/json", origin: base, "x-forwarded-for": `198.51.100.${i + 1}` },
        body: JSON.stringify({ email, password: `wrong guess ${i}` }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt(i % 2 ? B : A, i)).status);
    // Ten attempts pass (five on each instance); the eleventh is refused wherever it lands.
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await attempt(B, 20)).status).toBe(429);
  });
});
