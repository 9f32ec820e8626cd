import { createClient } from "redis";

/** Counts hits per key in fixed windows; `hit` returns the count in the current window and its end. */
export interface TRateLimitStore {
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
}

/**
 * One instance's own counts: right for a single instance (the default run). Old windows are swept as
 * the map grows, so a flood of distinct keys cannot grow it without bound.
 */
export class MemoryStore implements TRateLimitStore {
  private windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly maxKeys = 50_000) {}

  async hit(key: string, windowMs: number, now = Date.now()) {
    let entry = this.windows.get(key);
    if (!entry || entry.resetAt <= now) {
      if (this.windows.size >= this.maxKeys) this.sweep(now);
      entry = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, entry);
    }
    entry.count += 1;
    return { ...entry };
  }

  private sweep(now: number) {
    for (const [key, entry] of this.windows) if (entry.resetAt <= now) this.windows.delete(key);
    // Still full of live windows: drop the oldest half rather than refuse to count.
    if (this.windows.size >= this.maxKeys) [...this.windows.keys()].slice(0, this.maxKeys / 2).forEach((key) => this.windows.delete(key));
  }
}

/** Counts in Redis, so every app instance shares one limit (set REDIS_URL). */
export class RedisStore implements TRateLimitStore {
  private client: ReturnType<typeof createClient>;
  private ready: Promise<unknown> | undefined;

  constructor(url: string) {
    this.client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) } });
    this.client.on("error", () => {
      // Reported through failed hits (see lib/rate-limit/rate-limit.ts); the client reconnects itself.
    });
  }

  async hit(key: string, windowMs: number) {
    this.ready ??= this.client.connect();
    await this.ready;
    const redisKey = `faultline:rl:${key}`;
    const [count, ttl] = (await this.client.multi().incr(redisKey).pTTL(redisKey).exec()) as unknown as [number, number];
    let ttlMs = ttl;
    if (ttl < 0) {
      await this.client.pExpire(redisKey, windowMs);
      ttlMs = windowMs;
    }
    return { count, resetAt: Date.now() + ttlMs };
  }

  async close() {
    if (this.ready) await this.client.quit().catch(() => {});
  }
}
