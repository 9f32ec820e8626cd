import { createHash } from "node:crypto";

/**
 * Rendered PDFs, by a hash of exactly what was rendered (the report view and the paper). Rendering
 * takes about a second of CPU on the one event loop of the instance, during which it answers nothing
 * else; the same report is typically downloaded several times (the consultant, then each reader of a
 * share link), and a PDF only changes when its view does, which changes the key. Bounded by bytes,
 * least recently used first out. Per instance: a cache, not state (a miss only costs a render).
 */
export class PdfCache {
  private entries = new Map<string, Buffer>();
  private inFlight = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  static key(view: unknown, paper: string): string {
    return createHash("sha256").update(paper).update("\0").update(JSON.stringify(view)).digest("base64url");
  }

  /** The cached PDF, or renders it once however many requests ask for it at the same time. */
  async get(key: string, render: () => Promise<Buffer>): Promise<{ pdf: Buffer; hit: boolean }> {
    const cached = this.entries.get(key);
    if (cached) {
      // Map keeps insertion order: moving the entry to the end makes the first entry the least recent.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return { pdf: cached, hit: true };
    }
    const pending = this.inFlight.get(key);
    if (pending) return { pdf: await pending, hit: true };
    const rendering = render();
    this.inFlight.set(key, rendering);
    try {
      const pdf = await rendering;
      this.store(key, pdf);
      return { pdf, hit: false };
    } finally {
      this.inFlight.delete(key);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private store(key: string, pdf: Buffer) {
    if (pdf.byteLength > this.maxBytes) return;
    this.entries.set(key, pdf);
    this.bytes += pdf.byteLength;
    for (const [oldest, buffer] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= buffer.byteLength;
    }
  }
}
