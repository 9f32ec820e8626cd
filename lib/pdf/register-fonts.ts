import path from "node:path";

import { Font } from "@react-pdf/renderer";

import { breakableParts, type TCovers } from "./cover-text";

// The PDF's fonts are the app's identity fonts (app/fonts/fonts.ts): Source Serif 4 for headings,
// IBM Plex Sans for text, IBM Plex Mono for figures, with Noto Sans SC for Chinese. They are built
// from the @fontsource packages into lib/pdf/fonts/ (build-fonts.py says how and why: one TrueType
// file per style with the Latin, Latin Extended, Greek and Cyrillic subsets merged; OFL licences
// beside them), so a render never depends on node_modules' layout, and read from `<cwd>/lib/pdf/fonts`:
// Next (dev and `next start`), vitest and tsx all run from the repository root.
//
// react-pdf takes a list of families and picks, per character, the first that has a glyph: each style
// below names its chain. Characters that no font has are replaced before rendering (cover-text.ts), so
// nothing ever prints as a box.

export function pdfFontsDir(): string {
  return path.join(process.cwd(), "lib", "pdf", "fonts");
}

type TFace = { family: string; file: string; weights: number[] };

/** Every family and the weights built for it; `file` has "{w}" where the weight goes. */
export const FACES: readonly TFace[] = [
  { family: "FL Serif", file: "source-serif-4-{w}.ttf", weights: [400, 600] },
  { family: "FL Sans", file: "ibm-plex-sans-{w}.ttf", weights: [400, 500, 600] },
  { family: "FL Mono", file: "ibm-plex-mono-{w}.ttf", weights: [400, 500] },
  // One weight: bold Chinese prints regular, which reads better than a box.
  { family: "FL CJK", file: "noto-sans-sc-chinese-simplified-{w}.ttf", weights: [400] },
];

/** What every chain ends with, so a character that prints in one style prints in all. */
export const SHARED_FALLBACK = ["FL Sans", "FL CJK"];

/** The font chains to use as `fontFamily` in styles. */
export const FONT = {
  serif: ["FL Serif", ...SHARED_FALLBACK],
  sans: SHARED_FALLBACK,
  mono: ["FL Mono", ...SHARED_FALLBACK],
} as const satisfies Record<string, string[]>;

let registered = false;

/** Registers the fonts with react-pdf once per process (its font store is global). */
export function registerPdfFonts(): void {
  if (registered) return;
  const dir = pdfFontsDir();
  for (const face of FACES) {
    Font.register({
      family: face.family,
      fonts: face.weights.map((weight) => ({ src: path.join(dir, face.file.replace("{w}", String(weight))), fontWeight: weight })),
    });
  }
  // react-pdf hyphenates English by default; a report reads better ragged and unbroken. Only CJK text
  // and very long words get break points (cover-text.ts), so no line overflows its column.
  Font.registerHyphenationCallback((word) => breakableParts(word));
  registered = true;
}

let coverage: Promise<TCovers> | undefined;

/**
 * Whether a character prints: some font of the shared fallback (which ends every chain) has a glyph
 * for it. Loads those fonts through react-pdf's store, which the render then reuses.
 */
export function fontCoverage(): Promise<TCovers> {
  registerPdfFonts();
  coverage ??= Promise.all(
    SHARED_FALLBACK.map(async (family) => {
      const source = Font.getFont({ fontFamily: family, fontWeight: 400 });
      await source.load();
      return source.data;
    }),
  ).then((fonts) => {
    const cache = new Map<number, boolean>();
    return (cp: number) => {
      let known = cache.get(cp);
      if (known === undefined) {
        known = fonts.some((font) => !!font && font.hasGlyphForCodePoint(cp));
        cache.set(cp, known);
      }
      return known;
    };
  });
  coverage.catch(() => (coverage = undefined));
  return coverage;
}
