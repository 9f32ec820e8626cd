import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { MemoryStore, RedisStore, type TRateLimitStore } from "@/lib/rate-limit/stores";

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("rate-limited", 429, `Too many requests. Try again in ${retryAfterSeconds} s.`, { retryAfter: retryAfterSeconds });
  }
}

export type TLimit = { name: string; limit: number; windowMs: number };

/** The public endpoints' limits: per client, and a global backstop per endpoint (see clientKey). */
export const LIMITS = {
  createReview: { name: "create-review", limit: 20, windowMs: 60_000 },
  createReviewGlobal: { name: "create-review-all", limit: 600, windowMs: 60_000 },
  sharedReport: { name: "shared-report", limit: 60, windowMs: 60_000 },
  sharedReportGlobal: { name: "shared-report-all", limit: 3_000, windowMs: 60_000 },
} satisfies Record<string, TLimit>;

const globalForLimits = globalThis as unknown as { faultlineRateLimitStore?: TRateLimitStore };

function store(): TRateLimitStore {
  const url = env().REDIS_URL;
  globalForLimits.faultlineRateLimitStore ??= url ? new RedisStore(url) : new MemoryStore();
  return globalForLimits.faultlineRateLimitStore;
}

/**
 * The client a request comes from. Next.js does not give route handlers the socket address, so it is
 * read from X-Forwarded-For, right to left: each proxy appends the address it was reached from, so
 * entries that are our own proxies (TRUSTED_PROXIES) are passed over and the first other one is the
 * client. Without TRUSTED_PROXIES it is the last entry (the one the nearest proxy added). Without a
 * proxy a client can set that header itself, which is why every limited endpoint also has a limit
 * that no header changes (a global backstop, or the account's email for sign-in).
 */
export function clientKey(request: Request, trusted: readonly string[] = env().TRUSTED_PROXIES ?? []): string {
  const entries = (request.headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  const proxies = trustedProxies(trusted);
  let index = entries.length - 1;
  while (index > 0 && isProxy(proxies, entries[index])) index -= 1;
  return entries[index]?.slice(0, 64) || "unknown";
}

const proxyLists = new Map<string, BlockList>();

function trustedProxies(trusted: readonly string[]): BlockList {
  const cacheKey = trusted.join(",");
  let list = proxyLists.get(cacheKey);
  if (!list) {
    list = new BlockList();
    for (const entry of trusted) {
      const [address, bits] = entry.split("/");
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (!isIP(address)) continue;
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    proxyLists.set(cacheKey, list);
  }
  return list;
}

/** Something that is no address is no proxy of ours. */
function isProxy(proxies: BlockList, entry: string): boolean {
  const version = isIP(entry);
  return version !== 0 && proxies.check(entry, version === 6 ? "ipv6" : "ipv4");
}

/**
 * Counts a hit against each limit and throws 429 (with Retry-After) when one is over. If the shared
 * store is down, requests are let through and the failure is logged: an outage of Redis must not take
 * the product down with it.
 */
export async function enforceLimits(
  request: Request,
  limits: { limit: TLimit; key: string }[],
  target: TRateLimitStore = store(),
  multiplier = env().RATE_LIMIT_MULTIPLIER,
): Promise<void> {
  for (const { limit, key } of limits) {
    let result: { count: number; resetAt: number };
    try {
      result = await target.hit(`${limit.name}:${key}`, limit.windowMs);
    } catch (error) {
      log.warn("rate limit store unavailable; request let through", { limit: limit.name, error: (error as Error).message });
      return;
    }
    if (result.count > limit.limit * multiplier) throw new RateLimitedError(Math.max(1, Math.ceil((result.resetAt - Date.now()) / 1000)));
  }
}

export function perClientAndGlobal(request: Request, perClient: TLimit, global: TLimit) {
  return [
    { limit: perClient, key: clientKey(request) },
    { limit: global, key: "all" },
  ];
}
