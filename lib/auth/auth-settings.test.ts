import { describe, expect, it } from "vitest";
import { AuthConfigError, DEVELOPMENT_AUTH_SECRET, authSettings } from "@/lib/auth/auth-settings";

const secret = "s".repeat(40);

describe("authSettings", () => {
  it("refuses to start accounts in production without BETTER_AUTH_SECRET, and says how to make one", () => {
    expect(() => authSettings({ NODE_ENV: "production", APP_URL: "https://faultline.example.com" })).toThrow(AuthConfigError);
    expect(() => authSettings({ NODE_ENV: "production" })).toThrow(/BETTER_AUTH_SECRET is required in production[\s\S]*openssl rand/);
  });

  it("uses the fixed development secret outside production, and says so", () => {
    for (const NODE_ENV of ["development", "test"] as const) {
      const settings = authSettings({ NODE_ENV });
      expect(settings).toMatchObject({ secret: DEVELOPMENT_AUTH_SECRET, secretSource: "development-default" });
    }
    expect(authSettings({ NODE_ENV: "development", BETTER_AUTH_SECRET: secret })).toMatchObject({ secret, secretSource: "env" });
  });

  it("trusts exactly APP_URL's origin when it is set, with secure cookies on https", () => {
    const settings = authSettings({ NODE_ENV: "production", APP_URL: "https://faultline.example.com/some/path", BETTER_AUTH_SECRET: secret });
    expect(settings.baseURL).toBe("https://faultline.example.com");
    expect(settings.trustedOrigins).toEqual(["https://faultline.example.com"]);
    expect(settings.secureCookies).toBe(true);
  });

  it("without APP_URL serves loopback hosts only (any port), with a localhost fallback outside production", () => {
    const dev = authSettings({ NODE_ENV: "development" });
    expect(dev.baseURL).toEqual({ allowedHosts: expect.arrayContaining(["localhost:*", "127.0.0.1:*"]), protocol: "http", fallback: "http://localhost:3000" });
    const prod = authSettings({ NODE_ENV: "production", BETTER_AUTH_SECRET: secret });
    expect(prod.baseURL).toEqual({ allowedHosts: expect.arrayContaining(["localhost:*"]), protocol: "http" });
    expect(prod.secureCookies).toBe(false);
  });

  it("rate-limits in production only, always in the database so that instances share the counters", () => {
    expect(authSettings({ NODE_ENV: "production", BETTER_AUTH_SECRET: secret }).rateLimit).toEqual({ enabled: true, storage: "database" });
    expect(authSettings({ NODE_ENV: "test" }).rateLimit).toEqual({ enabled: false, storage: "database" });
  });
});
