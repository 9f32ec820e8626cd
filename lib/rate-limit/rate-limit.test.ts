import { describe, expect, it } from "vitest";
import { clientKey, enforceLimits, RateLimitedError } from "@/lib/rate-limit/rate-limit";
import { MemoryStore, type TRateLimitStore } from "@/lib/rate-limit/stores";

const request = (ip: string) => new Request("http://localhost/x", { headers: { "x-forwarded-for": ip } });
const limit = { name: "test", limit: 3, windowMs: 60_000 };

describe("rate limits", () => {
  it("lets the limit through and refuses the next with a Retry-After in seconds", async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 3; i++) await enforceLimits(request("1.1.1.1"), [{ limit, key: "1.1.1.1" }], store, 1);
    const refused = await enforceLimits(request("1.1.1.1"), [{ limit, key: "1.1.1.1" }], store, 1).catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused.status).toBe(429);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another client has its own count.
    await enforceLimits(request("2.2.2.2"), [{ limit, key: "2.2.2.2" }], store, 1);
  });

  it("starts a new window when the old one ends", async () => {
    const store = new MemoryStore();
    expect((await store.hit("k", 1_000, 0)).count).toBe(1);
    expect((await store.hit("k", 1_000, 500)).count).toBe(2);
    expect((await store.hit("k", 1_000, 1_000)).count).toBe(1);
  });

  it("stays bounded under a flood of distinct keys", async () => {
    const store = new MemoryStore(100);
    for (let i = 0; i < 1_000; i++) await store.hit(`k${i}`, 60_000);
    expect((store as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
  });

  it("uses the last X-Forwarded-For entry, the one the nearest proxy added", () => {
    expect(clientKey(request("6.6.6.6, 10.0.0.1, 203.0.113.9"), [])).toBe("203.0.113.9");
    expect(clientKey(new Request("http://localhost/x"), [])).toBe("unknown");
  });

  it("passes over our own proxies (TRUSTED_PROXIES) from the right, and no further", () => {
    const trusted = ["10.0.0.0/8", "203.0.113.9", "2001:db8::/32"];
    expect(clientKey(request("6.6.6.6, 10.0.0.1, 203.0.113.9"), trusted)).toBe("6.6.6.6");
    expect(clientKey(request("7.7.7.7, 2001:db8::5"), trusted)).toBe("7.7.7.7");
    // A client's own made-up entries left of the first untrusted one are not believed.
    expect(clientKey(request("1.2.3.4, 198.51.100.7, 10.9.9.9"), trusted)).toBe("198.51.100.7");
    // Garbage is not a proxy of ours.
    expect(clientKey(request("8.8.8.8, not-an-address"), ["0.0.0.0/0"])).toBe("not-an-address");
    // Only proxies: the leftmost is all there is.
    expect(clientKey(request("10.0.0.2, 10.0.0.1"), trusted)).toBe("10.0.0.2");
  });

  it("lets requests through when the shared store is down", async () => {
    const broken: TRateLimitStore = { hit: async () => Promise.reject(new Error("ECONNREFUSED")) };
    await expect(enforceLimits(request("1.1.1.1"), [{ limit, key: "x" }], broken, 1)).resolves.toBeUndefined();
  });
});
