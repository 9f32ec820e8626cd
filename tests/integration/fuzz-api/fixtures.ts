import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { POST as createShareRoute } from "@/app/api/v1/assessments/[id]/shares/route";
import { DELETE as revokeRoute } from "@/app/api/v1/assessments/[id]/shares/[shareId]/route";
import { prisma } from "@/lib/db";
import { callRoute } from "../../support/call-route";
import { root } from "../../support/database";

/** The API fuzz test's world (../fuzz-api.test.ts): the routes on disk, two seeded reviews, snapshots of what is stored. */
export type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type TRoute = { pattern: string; params: string[]; methods: { method: string; handler: THandler }[] };

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(path.join(dir, entry.name)) : entry.name === "route.ts" ? [path.join(dir, entry.name)] : [],
  );
}

export async function discoverRoutes(): Promise<TRoute[]> {
  // The private-link route also takes a token from anyone: fuzz it with the API.
  const files = [...routeFiles(path.join(root, "app/api/v1")), path.join(root, "app/reviews/[id]/open/route.ts")];
  const routes: TRoute[] = [];
  for (const file of files.sort()) {
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const pattern = "/" + path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/");
    const params = [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((match) => match[1]);
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof module[m] === "function").map((method) => ({ method, handler: module[method] as THandler }));
    routes.push({ pattern, params, methods });
  }
  return routes;
}

// ── The two seeded reviews, A and B ─────────────────────────────────────────────────────────────────
export type TReview = {
  id: string;
  token: string;
  marker: string;
  respondentId: string;
  shareId: string;
  shareToken: string;
  revokedShareId: string;
  revokedShareToken: string;
  /** What a response must never show to a request without a credential for this review. */
  secrets: string[];
  /** Edit token and live share token. */
  credentials: string[];
};

export async function seedReview(label: string): Promise<TReview> {
  const marker = `fuzz${label}${randomUUID().slice(0, 8)}`;
  const created = await callRoute(createRoute, {}, { method: "POST", body: { title: `Review ${marker}`, organization: `Org ${marker}` } });
  expect(created.status).toBe(201);
  const { id, editToken: token } = created.body as { id: string; editToken: string };
  const put = async (questionId: string, body: unknown) => expect((await callRoute(putRoute, { id, questionId }, { method: "PUT", body, token })).status).toBe(201);
  await put("context.stage", { value: "scaling", note: `stage note ${marker}` });
  await put("load.spike-sources", { value: ["user-surges", "own-jobs"], note: `spikes ${marker}` });
  await put("symptoms.anything-else", { value: `free text ${marker}` });
  await put("observability.slow-endpoint", { state: "unknown", note: `unknown ${marker}` });
  const share = (await callRoute(createShareRoute, { id }, { method: "POST", body: {}, token })).body as { id: string; token: string };
  const revoked = (await callRoute(createShareRoute, { id }, { method: "POST", body: { expiresInDays: 3 }, token })).body as { id: string; token: string };
  expect((await callRoute(revokeRoute, { id, shareId: revoked.id }, { method: "DELETE", token })).status).toBe(204);

  const row = await prisma.assessment.findUniqueOrThrow({
    where: { id },
    select: { editTokenHash: true, respondents: { select: { id: true } }, answers: { select: { id: true } }, shares: { select: { tokenHash: true } } },
  });
  const secrets = [marker, id, row.editTokenHash, token, share.id, share.token, revoked.id, revoked.token, ...row.respondents.map((r) => r.id), ...row.answers.map((a) => a.id), ...row.shares.map((s) => s.tokenHash)];
  return { id, token, marker, respondentId: row.respondents[0].id, shareId: share.id, shareToken: share.token, revokedShareId: revoked.id, revokedShareToken: revoked.token, secrets, credentials: [token, share.token] };
}

// ── What is stored, before and after each request ───────────────────────────────────────────────────
export type TSnapshot = { reviews: Record<string, string>; counts: Record<string, number> };

/** Anything with an id whose stored rows the snapshot covers: the seeded self-serve and workspace reviews. */
export async function snapshot(reviews: { id: string }[]): Promise<TSnapshot> {
  const ids = reviews.map((r) => r.id);
  const [row] = await prisma.$queryRaw<{ reviews: Record<string, unknown>[]; counts: Record<string, number> }[]>`
    select
      (select json_agg(json_build_object(
         'id', a.id,
         'assessment', row_to_json(a),
         'respondents', (select json_agg(r order by r.id) from "Respondent" r where r."assessmentId" = a.id),
         'answers', (select json_agg(x order by x."respondentId", x."questionId") from "Answer" x where x."assessmentId" = a.id),
         'agreed', (select json_agg(g order by g."questionId") from "AgreedAnswer" g where g."assessmentId" = a.id),
         'findingReviews', (select json_agg(f order by f."findingId") from "FindingReview" f where f."assessmentId" = a.id),
         'milestones', (select json_agg(json_build_object('id', m.id, 'number', m.number)) from "Milestone" m where m."assessmentId" = a.id),
         'shares', (select json_agg(s order by s.id) from "Share" s where s."assessmentId" = a.id),
         'audit', (select json_agg(json_build_object('action', e.action, 'data', e.data) order by e."createdAt", e.id) from "AuditEvent" e where e."assessmentId" = a.id)))
       from "Assessment" a where a.id = any(${ids}::uuid[])) as reviews,
      json_build_object(
        'assessments', (select count(*) from "Assessment"), 'respondents', (select count(*) from "Respondent"),
        'answers', (select count(*) from "Answer"), 'agreed', (select count(*) from "AgreedAnswer"),
        'findingReviews', (select count(*) from "FindingReview"), 'milestones', (select count(*) from "Milestone"),
        'shares', (select count(*) from "Share"), 'audit', (select count(*) from "AuditEvent")) as counts`;
  return { reviews: Object.fromEntries(row.reviews.map((r) => [r.id as string, JSON.stringify(r)])), counts: row.counts };
}
