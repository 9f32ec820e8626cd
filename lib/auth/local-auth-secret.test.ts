import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureLocalAuthSecret } from "@/lib/auth/local-auth-secret";

describe("ensureLocalAuthSecret", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "faultline-secret-"));
    dirs.push(dir);
    return path.join(dir, "data");
  };

  it("makes a strong secret once, readable only by its owner, and returns the same one afterwards", () => {
    const dir = tempDir();
    const first = ensureLocalAuthSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(ensureLocalAuthSecret(dir)).toBe(first);
    expect(statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
  });

  it("replaces a stored secret that is too short to be safe", () => {
    const dir = tempDir();
    ensureLocalAuthSecret(dir);
    writeFileSync(path.join(dir, "auth-secret"), "short\n");
    const replaced = ensureLocalAuthSecret(dir);
    expect(replaced).not.toBe("short");
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(replaced);
  });
});
