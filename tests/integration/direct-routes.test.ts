import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TAppServer } from "../support/app-server";
import { freePort } from "../resilience/support";

/**
 * The production server (scripts/serve.ts) answers saving answers and the probes itself instead of
 * through Next.js's router. Whatever a client sends, it must get what Next.js would have answered:
 * the same requests go to a server with the direct routes and to one without (FAULTLINE_DIRECT_ROUTES=off),
 * each on a review of its own in the same database, and the answers are compared.
 */
type TRaw = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(base: string, method: string, path: string, { headers = {}, body, chunked = false }: { headers?: Record<string, string>; body?: string; chunked?: boolean } = {}): Promise<TRaw> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, method, path, agent: false, headers: { ...(body !== undefined && !chunked ? { "content-length": String(Buffer.byteLength(body)) } : {}), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    // A server may answer (413) and close before reading all of a big body: that is not a failure here.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (body !== undefined && chunked) {
      // Several writes without a Content-Length: the body arrives chunked, its size unknown in advance.
      for (let i = 0; i < body.length; i += 16 * 1024) request.write(body.slice(i, i + 16 * 1024));
    } else if (body !== undefined) request.write(body);
    request.end();
  });
}

/** What must not differ between the two servers: status, content type, the security headers and the body, less what is unique to each request. */
function comparable(raw: TRaw, review: { id: string; token: string }) {
  let body: unknown = raw.body;
  try {
    body = JSON.parse(raw.body, (key, value) => (["requestId", "updatedAt"].includes(key) ? "(varies)" : value));
  } catch {
    // not JSON: compare the text
  }
  const text = JSON.stringify(body).replaceAll(review.id, "(review)").replaceAll(review.token, "(token)");
  const header = (name: string) => raw.headers[name];
  return {
    status: raw.status,
    contentType: header("content-type"),
    cacheControl: header("cache-control"),
    csp: header("content-security-policy"),
    nosniff: header("x-content-type-options"),
    frame: header("x-frame-options"),
    referrer: header("referrer-policy"),
    robots: header("x-robots-tag"),
    retryAfter: header("retry-after"),
    requestId: typeof header("x-request-id") === "string",
    serverTiming: /^db;dur=[\d.]+;desc="\d+ queries", total;dur=[\d.]+$/.test(String(header("server-timing"))),
    body: JSON.parse(text),
  };
}

describe("the production server's direct routes answer as Next.js does", () => {
  let direct: TAppServer;
  let viaNext: TAppServer;

  beforeAll(async () => {
    const databaseUrl = process.env.DATABASE_URL!;
    const env = { RATE_LIMIT_MULTIPLIER: "100" };
    [direct, viaNext] = await Promise.all([
      startApp({ databaseUrl, port: await freePort(), env }),
      startApp({ databaseUrl, port: await freePort(), env: { ...env, FAULTLINE_DIRECT_ROUTES: "off" } }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([direct?.stop(), viaNext?.stop()]);
  });

  async function createReview(base: string): Promise<{ id: string; token: string }> {
    const response = await fetch(`${base}/api/v1/assessments`, { method: "POST", body: JSON.stringify({ title: "Direct or not" }) });
    expect(response.status).toBe(201);
    const { id, editToken } = (await response.json()) as { id: string; editToken: string };
    return { id, token: editToken };
  }

  it("gives the same answers to the same requests, valid and hostile", async () => {
    const stranger = await createReview(direct.url); // a review neither sequence may reach
    const sequence = (review: { id: string; token: string }) => {
      const answer = `/api/v1/assessments/${review.id}/answers`;
      const bearer = { authorization: `Bearer ${review.token}`, "content-type": "application/json" };
      const json = (value: unknown) => JSON.stringify(value);
      return [
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: json({ value: "scaling" }) }],
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: json({ value: "scaling" }) }], // the same again: unchanged
        ["PUT", `${answer}/context.stage?ignored=1`, { headers: bearer, body: json({ value: "mature", baseVersion: 1 }) }],
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: json({ value: "early-traction", baseVersion: 1 }) }], // stale: 409 with the current answer
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: json({ value: "no-such-choice" }) }],
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: json({ value: 12, note: 5 }) }],
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: '{"value": "scaling"' }], // malformed JSON
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: json({ value: "scaling", note: "x".repeat(70_000) }) }], // over the body limit
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: json({ value: "scaling", note: "y".repeat(70_000) }), chunked: true }],
        ["PUT", `${answer}/context.stage`, { headers: bearer, body: json({ state: "not-applicable" }) }], // no reason given
        ["PUT", `${answer}/no.such.question`, { headers: bearer, body: json({ value: "scaling" }) }],
        ["PUT", `${answer}/%F0%9F%92%A5'%3B%20drop%20table`, { headers: bearer, body: json({ value: "scaling" }) }],
        ["PUT", `${answer}/context.stage`, { body: json({ value: "scaling" }) }], // no credentials
        ["PUT", `${answer}/context.stage`, { headers: { authorization: `Bearer ${stranger.token}` }, body: json({ value: "scaling" }) }], // another review's token
        ["PUT", `/api/v1/assessments/${stranger.id}/answers/context.stage`, { headers: bearer, body: json({ value: "scaling" }) }], // another review
        ["PUT", `/api/v1/assessments/not-a-uuid/answers/context.stage`, { headers: bearer, body: json({ value: "scaling" }) }],
        ["PUT", `${answer}/context.team-size`, { headers: { cookie: `fl_edit_${review.id}=${encodeURIComponent(review.token)}` }, body: json({ state: "unknown" }) }], // the browser's cookie
        ["PUT", `${answer}/context.stage`, { headers: { cookie: `fl_edit_${review.id}=%E0%A4%A` }, body: json({ value: "scaling" }) }], // a cookie that is not valid encoding
        ["DELETE", `${answer}/context.stage`, { headers: bearer }],
        ["DELETE", `${answer}/context.stage`, { headers: bearer }], // already gone
        ["DELETE", `${answer}/context.stage`, {}],
        ["GET", "/api/v1/live", { headers: { "x-forwarded-proto": "https" } }],
        ["GET", "/api/v1/health", {}],
      ] as const;
    };

    const [mine, theirs] = await Promise.all([createReview(direct.url), createReview(viaNext.url)]);
    const directSteps = sequence(mine);
    const nextSteps = sequence(theirs);
    for (let i = 0; i < directSteps.length; i++) {
      const [method, path, options] = directSteps[i];
      const [, nextPath, nextOptions] = nextSteps[i];
      const got = await send(direct.url, method, path, options);
      const expected = await send(viaNext.url, method, nextPath, nextOptions);
      expect(comparable(got, mine), `${method} ${path.replace(mine.id, "(review)")}`).toEqual(comparable(expected, theirs));
    }
  }, 120_000);

  it("really answers them itself, and only them", async () => {
    // Next.js marks what its router answers with a Vary header for its client router; the direct path does not.
    const directLive = await send(direct.url, "GET", "/api/v1/live");
    const nextLive = await send(viaNext.url, "GET", "/api/v1/live");
    expect(nextLive.headers.vary).toMatch(/rsc/);
    expect(directLive.headers.vary).toBeUndefined();
    expect(directLive.headers["content-length"]).toBe(String(Buffer.byteLength(directLive.body)));
    // Another route, and a method the route module does not export, still go to Next.js.
    expect((await send(direct.url, "GET", "/api/v1/ready")).headers.vary).toMatch(/rsc/);
    const options = await send(direct.url, "OPTIONS", "/api/v1/live");
    expect(options.status).toBe((await send(viaNext.url, "OPTIONS", "/api/v1/live")).status);
  });

  it("closes the connection after refusing a body it did not read, and counts its requests in the instance's metrics", async () => {
    const review = await createReview(direct.url);
    const refused = await send(direct.url, "PUT", `/api/v1/assessments/${review.id}/answers/context.stage`, {
      headers: { authorization: `Bearer ${review.token}` },
      body: "z".repeat(2 * 1024 * 1024),
      chunked: true,
    });
    expect(refused.status).toBe(413);
    expect(refused.headers.connection).toBe("close");

    const saved = await send(direct.url, "PUT", `/api/v1/assessments/${review.id}/answers/context.stage`, {
      headers: { authorization: `Bearer ${review.token}`, connection: "keep-alive" },
      body: JSON.stringify({ value: "scaling" }),
    });
    expect(saved.status).toBe(201);
    expect(saved.headers.connection).toBe("keep-alive");
    // The metrics endpoint is served by Next.js; the direct path records into the same registry.
    const metrics = await (await fetch(`${direct.url}/api/v1/metrics`)).text();
    expect(metrics).toMatch(/faultline_http_requests_total\{method="PUT",route="\/api\/v1\/assessments\/:id\/answers\/:questionId",status="201"\} [1-9]/);
    expect(metrics).toMatch(/faultline_http_requests_total\{method="PUT",route="\/api\/v1\/assessments\/:id\/answers\/:questionId",status="413"\} [1-9]/);
  });
});
