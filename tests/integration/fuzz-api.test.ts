import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as metricsRoute } from "@/app/api/v1/metrics/route";
import { listQuestions } from "@/lib/questionnaire/find-question";
import { loadQuestionnaire } from "@/lib/questionnaire/load";
import type { TQuestion } from "@/lib/questionnaire/schema";
import { testEnv } from "../support/test-env";
import { discoverRoutes, seedReview, snapshot, type THandler, type TReview, type TRoute, type TSnapshot } from "./fuzz-api/fixtures";
import { pathParamArbitrary, validValue } from "./fuzz-api/arbitraries";
import { asPathParam, headerSafe, hostileJson, hostileNumber, hostileString, pathSegment, rawBody } from "./fuzz-api/hostile-inputs";
import { brokenInvariant, decodeSafe, type TGuarded } from "./fuzz-api/invariants";
import { seedWorkspaceReview, type TWorkspaceReview } from "./fuzz-api/workspace-reviews";

/**
 * Thousands of malformed, oversized and hostile requests to every route handler under app/api/v1 (found
 * on disk, so a new route is fuzzed the day it lands), called in-process with real Request objects.
 * After every request: no 5xx; every error is problem+json with a stable code; a refused request changed
 * nothing stored; a request changed no review it holds no credential for; and no response shows a review's
 * title, notes, ids or secrets to a request that holds no credential for it (beyond what it sent).
 */
const TOTAL_REQUESTS = testEnv.FUZZ_RUNS ?? 2_000;
const BATCH = { minLength: 1, maxLength: 3 }; // requests per fast-check run, checked one by one

describe("API fuzz: hostile requests to every route", async () => {
  const routes = await discoverRoutes();
  const questionnaire = loadQuestionnaire("backend-scaling");
  const questions = listQuestions(questionnaire).map((located) => located.question);
  const questionById = new Map(questions.map((q) => [q.id, q]));
  let A: TReview;
  let B: TReview;
  // Consultant-led reviews (issue 6): a workspace each, an owner's session, a respondent's link.
  let WA: TWorkspaceReview;
  let WB: TWorkspaceReview;
  let guarded: TGuarded[];

  beforeAll(async () => {
    A = await seedReview("A");
    B = await seedReview("B");
    WA = await seedWorkspaceReview("A");
    WB = await seedWorkspaceReview("B");
    guarded = [A, B, WA, WB];
  });

  const paramArb = (name: string) => pathParamArbitrary(name, { A, B, WA, WB }, questions);

  const credentialsArb = (pathId: string): fc.Arbitrary<Record<string, string>> => {
    const cookieName = `fl_edit_${headerSafe(pathId)}`;
    // Mostly the right token for the review in the path, so that the handlers' validation and writes run;
    // often the other review's token, to look for leaks and cross-review writes.
    const own = pathId === B.id ? B.token : A.token;
    const other = pathId === B.id ? A.token : B.token;
    // For a workspace review: its owner's session or its respondent's link, or the other workspace's.
    const ownWorkspace = pathId === WB.id || pathId === WB.workspaceId ? WB : WA;
    const otherWorkspace = ownWorkspace === WA ? WB : WA;
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant({}) },
      {
        weight: 4,
        arbitrary: fc.constantFrom<Record<string, string>>(
          { cookie: ownWorkspace.sessionCookie, origin: "http://localhost" },
          { authorization: `Bearer ${ownWorkspace.respondentToken}` },
        ),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom<Record<string, string>>(
          { cookie: otherWorkspace.sessionCookie, origin: "http://localhost" },
          { authorization: `Bearer ${otherWorkspace.respondentToken}` },
          { cookie: ownWorkspace.sessionCookie, origin: "https://evil.example" },
          { authorization: `Bearer ${otherWorkspace.respondentToken}`, cookie: ownWorkspace.sessionCookie },
        ),
      },
      { weight: 6, arbitrary: fc.constantFrom<Record<string, string>>({ authorization: `Bearer ${own}` }, { cookie: `theme=dark; ${cookieName}=${own}` }) },
      { weight: 3, arbitrary: fc.constantFrom<Record<string, string>>({ authorization: `Bearer ${other}` }, { cookie: `theme=dark; ${cookieName}=${other}` }) },
      { weight: 2, arbitrary: hostileString.map((h) => ({ authorization: `Bearer ${headerSafe(h)}` })) },
      { weight: 2, arbitrary: hostileString.map((h) => ({ cookie: `${cookieName}=${headerSafe(h)}` })) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<Record<string, string>>(
          { authorization: `bearer ${A.token}` },
          { authorization: `Bearer   ${A.token}   ` },
          { authorization: `Basic ${btoa("admin:admin")}` },
          { authorization: "Bearer" },
          { authorization: `Bearer ${A.token} ${B.token}` },
          { authorization: `Bearer ${A.shareToken}` },
          { authorization: `Bearer ${B.token}`, cookie: `${cookieName}=${A.token}` },
          { cookie: `${cookieName}=%E0%A4%A` },
          { cookie: `${cookieName}=${encodeURIComponent(A.token)}%` },
          { cookie: `fl_edit_${A.id}=${A.token}; fl_edit_${B.id}=${B.token}` },
        ),
      },
    );
  };

  const extraHeadersArb: fc.Arbitrary<Record<string, string>> = fc
    .subarray([
      ["content-type", "text/plain"],
      ["content-type", "application/x-www-form-urlencoded"],
      ["content-type", "multipart/form-data; boundary=zzz"],
      ["content-type", "application/json; charset=utf-16"],
      ["content-encoding", "gzip"],
      ["x-http-method-override", "DELETE"],
      ["x-request-id", "'; drop table x; --"],
      ["x-forwarded-for", "' OR 1=1 --, <script>"],
      ["origin", "https://evil.example"],
      ["accept", "text/html"],
    ] as [string, string][])
    .chain((pairs) => hostileString.map((h) => ({ ...Object.fromEntries(pairs), "x-fuzz": headerSafe(h).slice(0, 200) })));

  const queryArb = (route: TRoute): fc.Arbitrary<string> => {
    const known = route.pattern.endsWith("questionnaires/[key]") ? "version" : route.pattern.endsWith("export") ? "format" : route.pattern.endsWith("open") ? "token" : "paper";
    const value = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom("json", "csv", "xml", "1", "0", "-0", "1e309", "NaN", "0x10", "1.5", "999999999999", A.token, B.token, "letter", "a4") },
      { weight: 2, arbitrary: hostileString.map((s) => s.slice(0, 300)) },
    );
    const pair = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(known) }, { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "format[]", "token") }), value, fc.boolean());
    return fc.array(pair, { maxLength: 3 }).map((pairs) =>
      pairs.length ? "?" + pairs.map(([k, v, raw]) => `${k}=${raw ? v.replace(/[#\s]/g, "") : pathSegment(v)}`).join("&") : "",
    );
  };

  /** A valid body with at most one field replaced by something hostile: it gets past the other checks. */
  const mutated = (valid: fc.Arbitrary<Record<string, unknown>>, fields: string[]) =>
    fc.oneof(
      { weight: 1, arbitrary: valid },
      {
        weight: 3,
        arbitrary: fc.tuple(valid, fc.constantFrom(...fields, "__proto__", "extra"), hostileJson).map(([body, field, value]) => {
          const copy: Record<string, unknown> = { ...body };
          Object.defineProperty(copy, field, { value, enumerable: true, configurable: true, writable: true });
          return copy;
        }),
      },
    );

  const validAnswer = (question: TQuestion): fc.Arbitrary<Record<string, unknown>> => {
    const note = fc.option(fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.constant("Because we never needed it")), { nil: undefined });
    const baseVersion = fc.option(fc.nat(4), { nil: undefined });
    const forms: fc.Arbitrary<Record<string, unknown>>[] = [fc.record({ value: validValue(question), note, baseVersion }, { requiredKeys: ["value"] })];
    if (question.allowUnknown) forms.push(fc.record({ state: fc.constant("unknown"), note, baseVersion }, { requiredKeys: ["state"] }));
    if (question.allowNotApplicable) forms.push(fc.record({ state: fc.constant("not-applicable"), note: fc.constant("It does not apply to us"), baseVersion }, { requiredKeys: ["state", "note"] }));
    return fc.oneof(...forms);
  };

  const bodyArb = (route: TRoute, method: string, params: Record<string, string>): fc.Arbitrary<string | Uint8Array | undefined> => {
    if (method === "GET") return fc.constant(undefined);
    let specific: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });
    if (route.pattern === "/api/v1/assessments") {
      const valid = fc.record({ title: fc.constantFrom("Fuzzed review", "  x  ", "Ørsted & Søn 中文"), organization: fc.constantFrom("Fuzz Ltd", ""), questionnaire: fc.constantFrom("backend-scaling", "backend-scaling@1") }, { requiredKeys: ["title"] });
      specific = mutated(valid, ["title", "organization", "questionnaire"]);
    } else if (route.pattern.endsWith("/respondents") || route.pattern.endsWith("respondents/[respondentId]")) {
      const valid = fc.record({ name: fc.constantFrom("Sam", " Ørsted ", "中文"), role: fc.constantFrom("CTO", ""), email: fc.constantFrom("sam@example.test", ""), reissueLink: fc.constant(true) }, { requiredKeys: [] });
      specific = mutated(valid, ["name", "role", "email", "reissueLink"]);
    } else if (route.pattern.endsWith("workspaces/[workspaceId]/assessments")) {
      specific = mutated(fc.record({ title: fc.constantFrom("Fuzzed client review", " "), organization: fc.constantFrom("Client", "") }, { requiredKeys: ["title"] }), ["title", "organization", "questionnaireVersionId"]);
    } else if (route.pattern.endsWith("[findingId]/review")) {
      const valid = fc.record({ note: fc.constantFrom("Seen", null), severity: fc.constantFrom("critical", "high", "medium", "low", null), justification: fc.constantFrom("Because", null), baseVersion: fc.nat(3) }, { requiredKeys: [] });
      specific = mutated(valid, ["note", "severity", "justification", "baseVersion"]);
    } else if (route.pattern.endsWith("answers/[questionId]")) {
      specific = mutated(validAnswer(questionById.get(params.questionId) ?? questions[0]), ["value", "state", "note", "baseVersion"]);
    } else if (route.pattern.endsWith("/shares")) {
      specific = mutated(fc.record({ expiresInDays: fc.integer({ min: 1, max: 365 }) }, { requiredKeys: [] }), ["expiresInDays"]);
    }
    return fc.oneof(
      { weight: 7, arbitrary: specific.map((v) => JSON.stringify(v) ?? "") },
      { weight: 2, arbitrary: rawBody },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
  };

  type TCase = { route: TRoute; method: string; handler: THandler; params: Record<string, string>; headers: Record<string, string>; query: string; body?: string | Uint8Array };

  const caseArb = (route: TRoute): fc.Arbitrary<TCase> =>
    fc.constantFrom(...route.methods).chain(({ method, handler }) =>
      fc.record(Object.fromEntries(route.params.map((p) => [p, paramArb(p).map(asPathParam).filter(Boolean)])) as Record<string, fc.Arbitrary<string>>).chain((params) =>
        fc
          .record({
            credentials: credentialsArb(params.id ?? A.id),
            extra: fc.option(extraHeadersArb, { freq: 3 }),
            query: queryArb(route),
            body: bodyArb(route, method, params),
            head: fc.boolean(),
            client: fc.integer({ min: 1, max: 250 }),
          })
          .map(({ credentials, extra, query, body, head, client }) => ({
            route,
            method: method === "GET" && head ? "HEAD" : method,
            handler,
            params,
            headers: { "x-forwarded-for": `198.51.100.${client}`, ...extra, ...credentials },
            query,
            body,
          })),
      ),
    );

  function urlOf(c: TCase): string {
    const pathname = c.route.pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => pathSegment(c.params[name]));
    return `http://localhost${pathname}${c.query}`;
  }

  function describeCase(c: TCase): string {
    const body = c.body instanceof Uint8Array ? `<${c.body.length} bytes>` : c.body === undefined ? "<none>" : JSON.stringify(c.body.slice(0, 300)) + (c.body.length > 300 ? `…(${c.body.length})` : "");
    return `${c.method} ${urlOf(c).slice(0, 400)}\n  params ${JSON.stringify(c.params).slice(0, 300)}\n  headers ${JSON.stringify(c.headers).slice(0, 400)}\n  body ${body}`;
  }

  let lastSnapshot: TSnapshot | undefined;
  async function sendBatch(cases: TCase[]): Promise<void> {
    lastSnapshot = undefined;
    for (const c of cases) await sendAndCheck(c);
  }

  /** Sends one case and checks every invariant (./fuzz-api/invariants.ts); throws (for fast-check to shrink) on the first broken one. */
  async function sendAndCheck(c: TCase): Promise<void> {
    const request = new Request(urlOf(c), { method: c.method, headers: c.headers, body: c.body as BodyInit | undefined });
    // Requests run one at a time and nothing else writes meanwhile: the state after one is the state
    // before the next, so one snapshot a request suffices (taken afresh at the start of each batch).
    const before = (lastSnapshot ??= await snapshot(guarded));
    const response = await c.handler(request, { params: Promise.resolve(c.params) });
    const text = await response.text();
    const after = (lastSnapshot = await snapshot(guarded));
    const sent = `${decodeSafe(urlOf(c))} ${urlOf(c)} ${JSON.stringify(c.params)} ${JSON.stringify(c.headers)} ${typeof c.body === "string" ? c.body : ""}`;
    const broken = brokenInvariant({ method: c.method, sent, status: response.status, contentType: response.headers.get("content-type"), text, headers: response.headers, before, after }, guarded);
    if (broken) throw new Error(`${broken}\n  ${describeCase(c)}\n  → ${response.status} ${text.slice(0, 500)}`);
  }

  // Requests are shared out: half to each route on its own, a quarter to near-valid writes, a quarter to
  // mixed sequences; a batch holds two requests on average.
  const batches = (share: number) => Math.max(5, Math.round((TOTAL_REQUESTS * share) / ((BATCH.minLength + BATCH.maxLength) / 2)));
  // A PDF takes tens of milliseconds to render, a hundred times a refused request: fewer runs for those.
  const cost = (route: TRoute) => route.methods.length * (route.pattern.endsWith(".pdf") ? 0.25 : 1);
  const runsPerRoute = (route: TRoute) => batches((0.5 * cost(route)) / routes.reduce((n, r) => n + cost(r), 0));
  const options = (numRuns: number) => ({ numRuns, ...(testEnv.FUZZ_SEED !== undefined && { seed: testEnv.FUZZ_SEED }), endOnFailure: false });

  it("finds every route of the API on disk", () => {
    const patterns = routes.map((r) => r.pattern);
    for (const expected of [
      "/api/v1/questionnaires/[key]",
      "/api/v1/assessments",
      "/api/v1/assessments/[id]",
      "/api/v1/assessments/[id]/answers/[questionId]",
      "/api/v1/assessments/[id]/report",
      "/api/v1/assessments/[id]/export",
      "/api/v1/assessments/[id]/shares",
      "/api/v1/assessments/[id]/shares/[shareId]",
      "/api/v1/shared/[token]/report",
      "/api/v1/health",
      "/api/v1/live",
      "/api/v1/ready",
      "/api/v1/metrics",
    ]) {
      expect(patterns).toContain(expected);
    }
  });

  for (const route of routes) {
    const numRuns = runsPerRoute(route);
    it(`${route.methods.map((m) => m.method).join(",")} ${route.pattern}: ${numRuns} hostile batches`, { timeout: 60_000 + numRuns * 200 }, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(caseArb(route), BATCH), sendBatch),
        options(numRuns),
      );
    });
  }

  it("valid writes with one hostile field, to reach the deepest checks", { timeout: 60_000 + TOTAL_REQUESTS * 100 }, async () => {
    const writes = routes.flatMap((route) =>
      route.methods
        .filter(({ method }) => ((method === "PUT" || method === "PATCH") && route.params.length > 0) || (method === "POST" && !/claim|milestones|re-review/.test(route.pattern)))
        .map((m) => ({ route, ...m })),
    );
    // Who writes, with the parameters that are theirs: an editor's token on a self-serve review, the
    // owner's session on a workspace review (ids of its workspace and respondent).
    type TWriter = { params: Record<string, string>; headers: Record<string, string> };
    const writers = (): TWriter[] => [
      ...[A, B].map((r) => ({ params: { id: r.id }, headers: { authorization: `Bearer ${r.token}` } })),
      ...[WA, WB].map((r) => ({ params: { id: r.id, workspaceId: r.workspaceId, respondentId: r.respondentId, findingId: r.findingIds[0] ?? "none" }, headers: { cookie: r.sessionCookie, origin: "http://localhost" } })),
    ];
    const nearValid = fc.tuple(fc.constantFrom(...writes), fc.constantFrom(...writers()), fc.constantFrom(...questions.map((q) => q.id)), fc.integer({ min: 1, max: 250 })).chain(([{ route, method, handler }, writer, questionId, client]) => {
      const params: Record<string, string> = Object.fromEntries(route.params.map((p) => [p, p === "questionId" ? questionId : (writer.params[p] ?? writer.params.id)]));
      return bodyArb(route, method, params).map((body): TCase => ({ route, method, handler, params, headers: { ...writer.headers, "x-forwarded-for": `198.51.100.${client}` }, query: "", body }));
    });
    await fc.assert(fc.asyncProperty(fc.array(nearValid, BATCH), sendBatch), options(batches(0.25)));
  });

  it("any route, in any order", { timeout: 60_000 + TOTAL_REQUESTS * 100 }, async () => {
    const numRuns = batches(0.25);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...routes).chain(caseArb), BATCH), sendBatch),
      options(numRuns),
    );
  });

  it("leaves no polluted prototype and keeps the metrics' route labels to the routes' patterns", async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    const response = await metricsRoute(new Request("http://localhost/api/v1/metrics"), { params: Promise.resolve({}) });
    const labels = new Set([...(await response.text()).matchAll(/route="([^"]*)"/g)].map((m) => m[1]));
    // Each segment of a label is a fixed word of some route's path on disk, or a folded parameter.
    // (The seeding signs up through better-auth, under /api/auth.)
    const words = new Set([...routes.flatMap((r) => r.pattern.split("/")), "auth", "sign-up", "email"].filter((segment) => segment && !segment.startsWith("[")));
    const allowed = (label: string) => label.split("/").slice(1).every((segment) => segment.startsWith(":") || words.has(segment));
    expect([...labels].filter((label) => !allowed(label))).toEqual([]);
  });
});
