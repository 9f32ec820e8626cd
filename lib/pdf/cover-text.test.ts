import { describe, expect, it } from "vitest";

import { breakableParts, breakProps, coverStrings, coverText, lineHeightFor } from "./cover-text";

// A stand-in for the fonts: Latin, Greek and the common CJK block print; nothing else does.
const covers = (cp: number) => cp < 0x250 || (cp >= 0x370 && cp < 0x400) || (cp >= 0x2000 && cp < 0x2070) || (cp >= 0x4e00 && cp <= 0x9fff) || cp === 0x3002;

describe("coverText", () => {
  it("keeps what the fonts can print", () => {
    expect(coverText("Café Müller, Ørsted, Ω = 42, 中文。", covers)).toBe("Café Müller, Ørsted, Ω = 42, 中文。");
  });

  it("replaces each run of unprintable characters with one [?]", () => {
    expect(coverText("Ship it 🚀🚀 now; かな too", covers)).toBe("Ship it [?] now; [?] too");
  });

  it("normalises to NFC, so a decomposed é prints as é", () => {
    expect(coverText("Cafe\u0301", covers)).toBe("Café");
  });

  it("drops control characters and soft hyphens, turns tabs into spaces and keeps line breaks", () => {
    expect(coverText("a\u0000b\u00adc\td\r\ne", covers)).toBe("abc d\ne");
  });

  it("walks objects and arrays and leaves other values alone", () => {
    const value = { title: "Go 🚀", list: ["ok", "かな"], score: 42, none: null };
    expect(coverStrings(value, covers)).toEqual({ title: "Go [?]", list: ["ok", "[?]"], score: 42, none: null });
  });
});

describe("breakableParts", () => {
  it("leaves ordinary words whole", () => {
    expect(breakableParts("architecture")).toEqual(["architecture"]);
    expect(breakableParts("Ωmega,")).toEqual(["Ωmega,"]);
  });

  it("gives every CJK character a break opportunity, keeping Latin runs together", () => {
    expect(breakableParts("数据库API。")).toEqual(["数", "据", "库", "API", "。"]);
  });

  it("cuts a word longer than a column, preferring URL separators", () => {
    const url = "https://example.com/a/very/long/path/segment";
    const parts = breakableParts(url);
    expect(parts.join("")).toBe(url);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every((part) => part.length <= 12)).toBe(true);
  });
});

describe("breakProps and lineHeightFor", () => {
  it("turns off breaks inside words unless the text needs them", () => {
    expect(breakProps("Müller and Ωmega own billing")).toEqual({ hyphenationPenalty: 10000 });
    expect(breakProps("数据库在高峰期")).toEqual({});
    expect(breakProps(`see ${"x".repeat(40)}`)).toEqual({});
    expect(breakProps(null)).toEqual({});
  });

  it("gives Chinese room between lines", () => {
    expect(lineHeightFor("中文", 1.1)).toBe(1.5);
    expect(lineHeightFor("Latin", 1.1)).toBe(1.1);
    expect(lineHeightFor("中文", 1.6)).toBe(1.6);
  });
});
