import * as fontkit from "fontkit";
import { readdirSync } from "node:fs";
for (const f of readdirSync("lib/pdf/fonts").filter(f => f.endsWith(".woff"))) {
  const font = fontkit.openSync("lib/pdf/fonts/" + f);
  let bad = 0, first = null;
  for (const cp of font.characterSet) {
    try { const g = font.glyphForCodePoint(cp); g.advanceWidth; g.path; } catch (e) { bad++; if (!first) first = cp.toString(16) + " " + e.message; }
  }
  console.log(f, font.characterSet.length, "bad", bad, first ?? "");
}
