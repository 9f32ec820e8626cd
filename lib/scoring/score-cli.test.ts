import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { ZReport } from "./report-schema";

// scripts/score.ts end to end, as `npm run score` runs it (tsx, from the repository root).

const root = process.cwd();
const dir = mkdtempSync(path.join(tmpdir(), "faultline-score-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function score(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "score.ts"), ...args], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
}

describe("npm run score", { timeout: 60_000 }, () => {
  it("prints the JSON report of a profile", () => {
    const result = score([path.join(root, "tests", "fixtures", "profiles", "cpu-bound-monolith.json")]);
    expect(result.status).toBe(0);
    const report = ZReport.parse(JSON.parse(result.stdout));
    expect(report.recommendation.option).toBe("add-infrastructure");
  });

  it("prints markdown on request", () => {
    const answers = file("answers.json", { answers: { "state.sessions": { value: "server-memory" }, "foundations.idempotency": { state: "not-applicable", note: "No writes" } } });
    const result = score([answers, "--format", "markdown"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Backend scaling review/);
    expect(result.stdout).toContain("Sessions may live in one server's memory");
  });

  it("exits 2 with precise errors for a bad file", () => {
    const bad = file("bad.json", { questionnaire: "backend-scaling@1", answers: { "load.exports": { value: "sometimes" }, "state.files": { state: "not-applicable" } } });
    const result = score([bad]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('answers["load.exports"].value: Expected one of: separate, throttled');
    expect(result.stderr).toContain('answers["state.files"].state: This question does not accept "not-applicable"');
  });

  it("exits 2 for invalid JSON, an unknown bank, a missing file and bad usage", () => {
    expect(score([file("broken.json", "{ nope")])).toMatchObject({ status: 2, stderr: expect.stringContaining("not valid JSON") });
    expect(score([file("bank.json", { questionnaire: "no-such-bank", answers: {} })])).toMatchObject({ status: 2, stderr: expect.stringContaining('No questionnaire "no-such-bank"') });
    expect(score([])).toMatchObject({ status: 2, stderr: expect.stringContaining("Usage: npm run score") });
    expect(score([path.join(dir, "missing.json")])).toMatchObject({ status: 2, stderr: expect.stringContaining("cannot read the file (ENOENT)") });
  });
});
