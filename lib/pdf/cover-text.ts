// Text as the PDF's fonts can print it. Two problems, two fixes:
//
// 1. A character that none of the bundled fonts has (emoji, kana, Arabic, …) would print as a box or
//    as garbage. Each run of such characters becomes "[?]" instead: visibly something that could not
//    be shown, never a tofu box. The check uses the fonts every style falls back to (register-fonts.ts),
//    so a character kept here prints in every style.
// 2. react-pdf breaks lines only at ASCII spaces (textkit's word split) or at the syllables a
//    hyphenation callback returns. Chinese has no spaces and a URL can be wider than a column, so
//    `breakableParts` returns one part per CJK character and cuts very long words into pieces. textkit
//    marks such a break with a hyphen (also inside Chinese, where none belongs): the price of never
//    overflowing the page, until react-pdf can break without one.

export type TCovers = (codePoint: number) => boolean;

const UNSHOWN = "[?]";

// Han ideographs, CJK punctuation, kana, Hangul, full-width forms: each can start a new line.
const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
const LONG_WORD = 22;

/** NFC-normalised text with control characters dropped, tabs as spaces and each unprintable run as "[?]". */
export function coverText(text: string, covers: TCovers): string {
  let out = "";
  let missing = false;
  for (const char of text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, " ")) {
    const cp = char.codePointAt(0) as number;
    if (char === "\n" || char === " ") {
      out += char;
      missing = false;
    } else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xad) {
      continue; // control characters and soft hyphens carry nothing to print
    } else if (covers(cp)) {
      out += char;
      missing = false;
    } else if (!missing) {
      out += UNSHOWN;
      missing = true;
    }
  }
  return out;
}

/** Every string in a value (objects and arrays walked), passed through `coverText`. */
export function coverStrings<T>(value: T, covers: TCovers): T {
  if (typeof value === "string") return coverText(value, covers) as T;
  if (Array.isArray(value)) return value.map((item) => coverStrings(item, covers)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, coverStrings(item, covers)])) as T;
  }
  return value;
}

/**
 * Props for a <Text> that prints `text` (a user's words): line breaks only at spaces, unless the text
 * has Chinese or a word longer than a narrow column, which need the break points `breakableParts`
 * makes. Needed because textkit also splits a word where its script changes ("Ωmega": Greek, then
 * Latin) and may break the line there, with a hyphen, as if it were a syllable; a penalty of 10000
 * (react-pdf's "never") turns those off.
 */
export function breakProps(text: string | null | undefined): { hyphenationPenalty?: number } {
  if (!text) return {};
  const needsBreaks = CJK.test(text) || text.split(/\s+/).some((word) => word.length > LONG_WORD);
  return needsBreaks ? {} : { hyphenationPenalty: NEVER };
}

const NEVER = 10000;

/**
 * A line height that fits `text`: Noto Sans SC stands taller (1.45 em from ascender to descender) than
 * the Latin fonts, and with a tighter line height textkit lowers such a line into the next one.
 */
export function lineHeightFor(text: string | null | undefined, lineHeight: number): number {
  return text && CJK.test(text) ? Math.max(lineHeight, CJK_LINE_HEIGHT) : lineHeight;
}

const CJK_LINE_HEIGHT = 1.5;

/**
 * Where a word (no spaces) may break: between CJK characters, and in a word longer than a narrow
 * column after "/", "-", "_", ".", "?", "&", "=" or else every 12 characters. Joined, the parts are the word.
 */
export function breakableParts(word: string): string[] {
  const parts: string[] = [];
  let latin = "";
  const flush = () => {
    if (latin) parts.push(...splitLong(latin));
    latin = "";
  };
  for (const char of word) {
    if (CJK.test(char)) {
      flush();
      parts.push(char);
    } else {
      latin += char;
    }
  }
  flush();
  return parts.length > 0 ? parts : [word];
}

function splitLong(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const parts: string[] = [];
  let current = "";
  for (const char of word) {
    current += char;
    if (current.length >= 12 || (current.length >= 4 && /[/\-_.?&=]/.test(char))) {
      parts.push(current);
      current = "";
    }
  }
  if (current) parts.push(current);
  return parts;
}
