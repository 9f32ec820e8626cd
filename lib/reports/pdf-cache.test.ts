import { describe, expect, it } from "vitest";
import { PdfCache } from "@/lib/reports/pdf-cache";

const pdf = (size: number, fill = 1) => Buffer.alloc(size, fill);

describe("PdfCache", () => {
  it("renders once per view and paper, and again when either changes", async () => {
    const cache = new PdfCache(1_000);
    let renders = 0;
    const render = async () => (renders += 1, pdf(10));
    const a4 = PdfCache.key({ title: "A" }, "a4");
    expect((await cache.get(a4, render)).hit).toBe(false);
    expect((await cache.get(a4, render)).hit).toBe(true);
    expect(renders).toBe(1);
    await cache.get(PdfCache.key({ title: "A" }, "letter"), render);
    await cache.get(PdfCache.key({ title: "A, edited" }, "a4"), render);
    expect(renders).toBe(3);
  });

  it("renders once for requests that arrive while it renders", async () => {
    const cache = new PdfCache(1_000);
    let renders = 0;
    const render = () => new Promise<Buffer>((resolve) => setTimeout(() => resolve(pdf(10, ++renders)), 20));
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.get("k", render)));
    expect(renders).toBe(1);
    expect(results.filter((r) => !r.hit)).toHaveLength(1);
    expect(new Set(results.map((r) => r.pdf[0]))).toEqual(new Set([1]));
  });

  it("keeps within its bytes, dropping the least recently used first", async () => {
    const cache = new PdfCache(300);
    await cache.get("a", async () => pdf(100));
    await cache.get("b", async () => pdf(100));
    await cache.get("c", async () => pdf(100));
    await cache.get("a", async () => pdf(100)); // a is now the most recent
    await cache.get("d", async () => pdf(100)); // evicts b
    expect(cache.size).toEqual({ entries: 3, bytes: 300 });
    expect((await cache.get("a", async () => pdf(100))).hit).toBe(true);
    expect((await cache.get("b", async () => pdf(100))).hit).toBe(false);
  });

  it("keeps no failed render", async () => {
    const cache = new PdfCache(1_000);
    await expect(cache.get("k", async () => Promise.reject(new Error("font missing")))).rejects.toThrow("font missing");
    expect((await cache.get("k", async () => pdf(10))).hit).toBe(false);
  });
});
