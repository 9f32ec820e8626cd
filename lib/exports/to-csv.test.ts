import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/exports/to-csv";

describe("toCsv", () => {
  it("quotes every field, doubles quotes, keeps newlines inside a field and ends lines with CRLF", () => {
    const csv = toCsv(["a", "b"], [["He said \"yes\"", "line 1\nline 2"], [3, null]]);
    expect(csv).toBe('\uFEFF"a","b"\r\n"He said ""yes""","line 1\nline 2"\r\n"3",""\r\n');
  });

  it("keeps a cell from running as a formula", () => {
    const csv = toCsv(["x"], [["=HYPERLINK(\"http://x\")"], ["+1"], ["-2"], ["@SUM(A1)"], ["plain - text"]]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`"'+1"`);
    expect(csv).toContain(`"'-2"`);
    expect(csv).toContain(`"'@SUM(A1)"`);
    expect(csv).toContain(`"plain - text"`);
  });

  it("starts with a byte order mark so spreadsheets read UTF-8 (é, ü, ø, Ω, 中文)", () => {
    const csv = toCsv(["note"], [["é ü ø Ω 中文"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("é ü ø Ω 中文");
  });
});
