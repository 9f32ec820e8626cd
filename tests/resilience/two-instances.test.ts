import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TAppServer } from "../support/app-server";
import { createReview, freePort, launchBrowser, storedAnswers, throwawayDatabase, waitFor } from "./support";

// Two instances of the production build on one database, every request of a whole self-serve review
// alternating between them: nothing a review needs may live in one instance's memory.

describe("two app instances sharing one database", () => {
  let database: Awaited<ReturnType<typeof throwawayDatabase>>;
  let instances: TAppServer[] = [];
  let browser: Browser;

  beforeAll(async () => {
    database = await throwawayDatabase("faultline_two");
    const ports = [await freePort(), await freePort()];
    instances = await Promise.all(ports.map((port) => startApp({ databaseUrl: database.url, port })));
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
});
