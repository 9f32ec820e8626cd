import { describe, expect, it } from "vitest";
import { parseEnv, serverEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("accepts a minimal valid environment and fills defaults", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u@localhost:5432/db" });
    expect(env).toMatchObject({ NODE_ENV: "development", DATABASE_POOL_MAX: 10, LOG_LEVEL: "info" });
  });

  it("names each bad variable in one clear message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", DATABASE_POOL_MAX: "lots", LOG_LEVEL: "loud" })).toThrowError(
      /DATABASE_URL: DATABASE_URL must be a postgres[\s\S]*DATABASE_POOL_MAX[\s\S]*LOG_LEVEL/,
    );
  });

  it("says how DATABASE_URL is normally provided when it is missing", () => {
    expect(() => parseEnv({})).toThrowError(/DATABASE_URL is required/);
  });
});

describe("serverEnv", () => {
  it("answers the hot routes directly unless told otherwise", () => {
    expect(serverEnv({})).toEqual({ PORT: 3000, FAULTLINE_DIRECT_ROUTES: "on", NEXT_DIST_DIR: ".next" });
    expect(serverEnv({ PORT: "3100", FAULTLINE_DIRECT_ROUTES: "off", PDF_WORKERS: "2" })).toMatchObject({ PORT: 3100, FAULTLINE_DIRECT_ROUTES: "off", PDF_WORKERS: 2 });
  });

  it("refuses a switch value it does not know, naming the variable", () => {
    expect(() => serverEnv({ FAULTLINE_DIRECT_ROUTES: "yes" })).toThrowError(/FAULTLINE_DIRECT_ROUTES: FAULTLINE_DIRECT_ROUTES must be on or off/);
    expect(() => serverEnv({ PDF_WORKERS: "-1" })).toThrowError(/PDF_WORKERS/);
    expect(() => serverEnv({ PDF_WORKERS: "two" })).toThrowError(/PDF_WORKERS must be a whole number/);
  });
});
