import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { TPathSegment } from "../questionnaire/format-issues";
import { parseJsonSource } from "./json-source";

/** Every path in a JSON value, with the value found there. */
function paths(value: unknown, prefix: TPathSegment[] = []): [TPathSegment[], unknown][] {
  const here: [TPathSegment[], unknown][] = [[prefix, value]];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => paths(item, [...prefix, i])));
  if (value && typeof value === "object") return here.concat(Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key])));
  return here;
}

describe("parseJsonSource", () => {
  it("reads what JSON.parse reads, and locates every value at the text that writes it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, "\t"), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const result = parseJsonSource(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.document.value).toEqual(JSON.parse(text));
        for (const [path, item] of paths(JSON.parse(text))) {
          const { offset, found } = result.document.locate(path);
          expect(found).toBe(true);
          // Compact output of a value starts where its text starts (whitespace aside).
          if (indent === 0) expect(text.startsWith(JSON.stringify(item), offset)).toBe(true);
        }
      }),
    );
  });

  it("refuses every text JSON.parse refuses", () => {
    const broken = fc.tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", ":", "'", "x", "\n", '"'));
    fc.assert(
      fc.property(broken, ([json, at, insert]) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + insert + json.slice(cut + (insert === "" ? 1 : 0));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const result = parseJsonSource(text);
        // A text with a duplicate key parses with JSON.parse but is refused here, on purpose.
        if (!valid) expect(result.ok).toBe(false);
        if (result.ok) expect(result.document.value).toEqual(JSON.parse(text));
      }),
    );
  });

  it("locates a key on request, and a missing field at its nearest parent", () => {
    const text = '{\n  "a": {\n    "b": [10, {"c": true}]\n  }\n}';
    const result = parseJsonSource(text);
    if (!result.ok) throw new Error("expected valid JSON");
    const { locate } = result.document;
    expect(locate(["a", "b", 1, "c"])).toEqual({ offset: text.indexOf("true"), found: true });
    expect(locate(["a", "b", 1, "c"], "key")).toEqual({ offset: text.indexOf('"c"'), found: true });
    expect(locate(["a", "b", 1, "missing"])).toEqual({ offset: text.indexOf('{"c"'), found: false });
    expect(locate(["a", "b", 7])).toEqual({ offset: text.indexOf("[10"), found: false });
  });
});
