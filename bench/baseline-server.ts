/**
 * The floor the answer-saving benchmark compares Faultline with: plain node:http and a pg Pool of the
 * app's size, doing per PUT what the app must do at the least: one query for the edit token's hash and
 * the owner respondent, a constant-time comparison, a shape check of the body, and the same
 * single-statement upsert as lib/assessments/put-answer.ts. No framework, no ORM, no question bank.
 *
 *   tsx bench/baseline-server.ts <port> <databaseUrl> [poolSize]
 */
import { createHash, timingSafeEqual } from "node:crypto";
import http from "node:http";
import pg from "pg";

const [port, databaseUrl, poolSize = "10"] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
const PATH = /^\/api\/v1\/assessments\/([0-9a-f-]{36})\/answers\/([a-z0-9][a-z0-9._-]{0,99})$/;
const STATES: Record<string, string> = { answered: "answered", unknown: "unknown", "not-applicable": "not_applicable" };

const UPSERT = `
  insert into "Answer" ("id", "assessmentId", "respondentId", "questionId", "state", "value", "note", "version", "updatedAt")
  values (gen_random_uuid(), $1::uuid, $2::uuid, $3, $4::"AnswerState", $5::jsonb, $6, 1, now())
  on conflict ("respondentId", "questionId") do update
    set "state" = excluded."state", "value" = excluded."value", "note" = excluded."note",
        "version" = "Answer"."version" + 1, "updatedAt" = now()
    where ("Answer"."state", "Answer"."value", "Answer"."note") is distinct from (excluded."state", excluded."value", excluded."note")
      and ($7::int is null or "Answer"."version" = $7::int)
  returning "questionId", "state"::text as "state", "value", "note", "version", "updatedAt", (xmax = 0) as "inserted"`;

function send(response: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

async function putAnswer(request: http.IncomingMessage, response: http.ServerResponse, id: string, questionId: string) {
  const token = request.headers.authorization?.match(/^Bearer\s+(\S+)$/)?.[1];
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (!token) return send(response, 401, { code: "unauthorized" });
  const owner = await pool.query<{ editTokenHash: string; respondentId: string }>(
    `select a."editTokenHash", r.id as "respondentId" from "Assessment" a
     join "Respondent" r on r."assessmentId" = a.id and r.kind = 'owner' where a.id = $1 limit 1`,
    [id],
  );
  const row = owner.rows[0];
  const presented = createHash("sha256").update(token).digest();
  if (!row || !timingSafeEqual(presented, Buffer.from(row.editTokenHash, "hex"))) return send(response, 404, { code: "not-found" });

  let body: { value?: unknown; state?: string; note?: string | null; baseVersion?: number };
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return send(response, 422, { code: "invalid-request" });
  }
  const state = STATES[body.state ?? "answered"];
  const note = typeof body.note === "string" && body.note.trim() ? body.note : null;
  if (!state || (body.baseVersion !== undefined && !Number.isInteger(body.baseVersion))) return send(response, 422, { code: "invalid-request" });
  const value = state === "answered" ? JSON.stringify(body.value ?? null) : null;
  const result = await pool.query(UPSERT, [id, row.respondentId, questionId, state, value, note, body.baseVersion ?? null]);
  if (result.rows[0]) return send(response, result.rows[0].inserted ? 201 : 200, result.rows[0]);
  send(response, 200, { questionId, unchanged: true });
}

const server = http.createServer((request, response) => {
  const match = request.method === "PUT" ? request.url?.match(PATH) : null;
  if (!match) return send(response, 404, { code: "not-found" });
  putAnswer(request, response, match[1], match[2]).catch((error: Error) => send(response, 500, { code: "internal", detail: error.message }));
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), "127.0.0.1", () => console.log(`baseline listening on ${port}`));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
