import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/invitations/fli_abc?x=1")).toBe("/invitations/fli_abc?x=1");
    expect(safeNextPath(["/workspaces/acme"])).toBe("/workspaces/acme");
  });

  it("refuses anything that could leave the site, falling back", () => {
    for (const bad of ["https://evil.test", "//evil.test", "/\\evil.test", "evil.test", "javascript:alert(1)", "/a\\b", "/a\nb", "", undefined, null]) {
      expect(safeNextPath(bad as string)).toBe("/workspaces");
    }
    expect(safeNextPath("//x", "/")).toBe("/");
  });
});
