import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "../tests/support/database";

export type TStats = { n: number; p50: number; p95: number; p99: number; mean: number; perSecond: number };

export function stats(samplesMs: number[], wallMs?: number): TStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean, perSecond: (sorted.length / (wallMs ?? sorted.reduce((s, x) => s + x, 0))) * 1000 };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

/** A complete review's answers (every question the profile answers), from a fixture profile. */
export function profileAnswers(name = "scaleup-database-does-everything"): Record<string, { value?: unknown; state?: string; note?: string }> {
  const file = path.join(root, "tests/fixtures/profiles", `${name}.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { answers: Record<string, { value?: unknown; state?: string; note?: string }> }).answers;
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}
