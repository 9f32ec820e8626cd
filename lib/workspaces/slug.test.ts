import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugCandidate, slugify } from "@/lib/workspaces/slug";

describe("slugify", () => {
  it("makes a readable address from a name", () => {
    expect(slugify("Ørsted & Søn Consulting")).toBe("orsted-son-consulting");
    expect(slugify("  Acme — Architecture Reviews!  ")).toBe("acme-architecture-reviews");
    expect(slugify("Crème brûlée GmbH")).toBe("creme-brulee-gmbh");
  });

  it("is never empty, never too long, and always a valid slug", () => {
    for (const name of ["", "!!!", "中文", "a".repeat(300), "x-".repeat(50), "3f2a1b4c-1d2e-4f5a-8b9c-0d1e2f3a4b5c"]) {
      const slug = slugify(name);
      expect(slug, name).toMatch(SLUG_PATTERN);
    }
    expect(slugify("中文")).toBe("workspace");
  });

  it("never looks like a workspace id", () => {
    expect(slugify("3f2a1b4c-1d2e-4f5a-8b9c-0d1e2f3a4b5c")).not.toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("adds a suffix after a collision", () => {
    expect(slugCandidate("acme", 0, () => "x7k2")).toBe("acme");
    expect(slugCandidate("acme", 1, () => "x7k2")).toBe("acme-x7k2");
    expect(slugCandidate("acme", 1, () => "x7k2")).toMatch(SLUG_PATTERN);
  });
});
