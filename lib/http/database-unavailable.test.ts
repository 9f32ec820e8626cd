import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable or restarting database, as Prisma and node-postgres report it", () => {
    const prismaUnreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
      code: "P2010",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } } },
    });
    expect(isDatabaseUnavailable(prismaUnreachable)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "P1001" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) }))).toBe(true);
  });

  it("leaves bugs and bad data alone", () => {
    expect(isDatabaseUnavailable(new Error("connection string postgres://secret@db"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { kind: "postgres", code: "22021" } } } }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable("P1001")).toBe(false);
  });
});
