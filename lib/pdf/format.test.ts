import { describe, expect, it } from "vitest";

import { bySeverity, findingRefs, formatDate, levelThresholds, parseRationale, shorten, splitLabelled } from "./format";

describe("PDF formatting helpers", () => {
  it("formats dates en-GB in UTC, whatever the machine's zone", () => {
    expect(formatDate("2026-11-24T23:30:00.000Z")).toBe("24 November 2026");
    expect(formatDate("2026-01-01T00:00:00.000Z")).toBe("1 January 2026");
  });

  it("reads the level thresholds from the legend, with the bank's defaults as a fallback", () => {
    expect(levelThresholds("Levels by score: low below 20, medium from 20, high from 45, critical from 70.")).toEqual({ medium: 20, high: 45, critical: 70 });
    expect(levelThresholds("something else")).toEqual({ medium: 25, high: 50, critical: 75 });
  });

  it("orders by severity, worst first, keeping the scoring's order within a level", () => {
    const items = [
      { id: "a", severity: "medium" as const },
      { id: "b", severity: "critical" as const },
      { id: "c", severity: "medium" as const },
      { id: "d", severity: "high" as const },
    ];
    expect(bySeverity(items).map((i) => i.id)).toEqual(["b", "d", "a", "c"]);
  });

  it("numbers findings F1, F2 … by severity", () => {
    const finding = (id: string, severity: "low" | "critical") => ({ id, severity }) as Parameters<typeof findingRefs>[0][number];
    const refs = findingRefs([finding("x", "low"), finding("y", "critical")]);
    expect(refs.get("y")?.number).toBe("F1");
    expect(refs.get("x")?.number).toBe("F2");
  });

  it("recognises a rationale line that cites a finding", () => {
    expect(parseRationale('Finding db-queue: "The database is the queue" (critical).')).toEqual({ findingId: "db-queue" });
    expect(parseRationale("Observability is weak.")).toBeNull();
  });

  it("splits labelled load-shape answers and leaves other sentences whole", () => {
    expect(splitLabelled("Traffic shape: Don't know. Sources of spikes: Cron jobs.")).toEqual([
      { label: "Traffic shape", text: "Don't know." },
      { label: "Sources of spikes", text: "Cron jobs." },
    ]);
    expect(splitLabelled("Just one sentence.")).toEqual([{ label: null, text: "Just one sentence." }]);
  });

  it("shortens long text at a word boundary, counting characters not UTF-16 units", () => {
    expect(shorten("short", 10)).toEqual({ text: "short", cut: false });
    expect(shorten("one two three four five six", 15)).toEqual({ text: "one two three…", cut: true });
    expect(shorten("中文".repeat(10), 5)).toEqual({ text: "中文中文中…", cut: true });
  });
});
