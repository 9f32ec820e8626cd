import { describe, expect, it } from "vitest";
import { ZPresenterQuery } from "./presenter-query";

describe("ZPresenterQuery", () => {
  it("reads the question and the diverging filter from the address", () => {
    expect(ZPresenterQuery.parse({ q: "load.spike-sources", diverging: "1" })).toEqual({ q: "load.spike-sources", diverging: true });
    expect(ZPresenterQuery.parse({})).toEqual({ q: undefined, diverging: false });
  });

  it("opens the first question rather than failing on a mangled address", () => {
    expect(ZPresenterQuery.parse({ q: ["a.b", "c.d"], diverging: ["1", "0"] })).toEqual({ q: undefined, diverging: false });
    expect(ZPresenterQuery.parse({ q: "x".repeat(500), diverging: "yes" })).toEqual({ q: undefined, diverging: false });
  });
});
