import type { TSnapshot } from "./fixtures";

/**
 * What must hold after every fuzzed request (../fuzz-api.test.ts): no 5xx; every error is problem+json
 * with a stable code; a refused request changed nothing stored; a request changed no review it holds
 * no credential for; no response shows a review's secrets to a request without a credential for it
 * (beyond what the request itself sent); a GET stores nothing.
 */

/** Every code an error may carry, with its status. A new code belongs here: clients branch on it. */
export const STABLE_CODES: Record<string, number> = {
  "invalid-request": 422,
  "not-found": 404,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  "last-owner": 409,
  "payload-too-large": 413,
  "rate-limited": 429,
};

/** A seeded review as the checks see it: self-serve or in a workspace. */
export type TGuarded = { id: string; marker: string; secrets: string[]; credentials: string[] };

export type TExchange = {
  method: string;
  /** Everything the request carried, as text: its URL (raw and decoded), params, headers and body. */
  sent: string;
  status: number;
  contentType: string | null;
  text: string;
  headers: Headers;
  before: TSnapshot;
  after: TSnapshot;
};

/** The first invariant the exchange breaks, or undefined. */
export function brokenInvariant(exchange: TExchange, reviews: TGuarded[]): string | undefined {
  const { method, sent, status, text, before, after } = exchange;
  if (status >= 500) return `server error ${status}`;
  if (status >= 400) {
    if (exchange.contentType !== "application/problem+json") return "an error that is not problem+json";
    let problem: Record<string, unknown>;
    try {
      problem = JSON.parse(text);
    } catch {
      return "a problem body that is not JSON";
    }
    if (STABLE_CODES[problem.code as string] !== status) return `code ${String(problem.code)} is not a stable code for ${status}`;
    if (problem.status !== status || problem.type !== `/docs/problems#${problem.code}` || typeof problem.detail !== "string") return "a malformed problem body";
    if (JSON.stringify(before) !== JSON.stringify(after)) return `a refused request changed stored data:\n${diff(before, after)}`;
  }
  const responseText = `${text} ${JSON.stringify([...exchange.headers])}`;
  for (const review of reviews) {
    const holds = review.credentials.some((credential) => sent.includes(credential));
    if (!holds) {
      const shown = review.secrets.find((secret) => responseText.includes(secret) && !sent.includes(secret));
      if (shown) return `review ${review.marker}: "${shown}" shown to a request without its credential`;
      if (before.reviews[review.id] !== after.reviews[review.id]) return `review ${review.marker} changed by a request without its credential:\n${diff(before, after)}`;
    }
    if (review.secrets.some((secret) => /^[0-9a-f]{64}$/.test(secret) && responseText.includes(secret))) return "a token hash in a response";
  }
  if ((method === "GET" || method === "HEAD") && JSON.stringify(before.counts) !== JSON.stringify(after.counts)) return `a ${method} changed the number of stored rows`;
  return undefined;
}

export function decodeSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function diff(before: TSnapshot, after: TSnapshot): string {
  const lines = [`counts ${JSON.stringify(before.counts)} → ${JSON.stringify(after.counts)}`];
  for (const id of Object.keys({ ...before.reviews, ...after.reviews })) {
    if (before.reviews[id] !== after.reviews[id]) lines.push(`  ${id}: ${before.reviews[id]?.slice(0, 600)}\n  → ${after.reviews[id]?.slice(0, 600)}`);
  }
  return lines.join("\n");
}
