import { describe, expect, it } from "vitest";
import { createToken, hashToken, tokenMatches } from "@/lib/security/tokens";

describe("tokens", () => {
  it("carries at least 128 random bits and stores only a hash", () => {
    const { token, hash } = createToken("fle");
    const secret = token.slice("fle_".length);
    expect(Buffer.from(secret, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(secret);
  });

  it("is different every time", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createToken("fle").token));
    expect(tokens.size).toBe(1000);
  });

  it("matches only the token it was made from", () => {
    const { token, hash } = createToken("fle");
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(token + "x", hash)).toBe(false);
    expect(tokenMatches("", hash)).toBe(false);
    expect(tokenMatches(token, "not-hex")).toBe(false);
  });
});
