import fc from "fast-check";

/**
 * Hostile inputs for the API fuzz test (../fuzz-api.test.ts): strings, numbers, JSON values and raw
 * bodies that have broken web APIs before, and the rules that keep generated requests to ones an HTTP
 * client could really send through Node and Next.
 */
const NAMED_HOSTILE = [
  "' OR 1=1 --",
  "'; drop table \"Answer\"; --",
  "\" OR \"\"=\"",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "..\\..\\windows\\win.ini",
  "%00",
  "\u0000",
  "a\u0000b",
  "%E0%A4%A",
  "%ZZ",
  "%",
  "\ud800",
  "x\udfffy",
  "__proto__",
  "constructor",
  "prototype",
  "NaN",
  "-0",
  "1e309",
  "-1e309",
  "Infinity",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "${7*7}",
  "{{7*7}}",
  "\r\nSet-Cookie: x=1",
  "\u202egnp.exe",
  "😀👩‍👩‍👧‍👦",
  "Ω≈ç√∫˜µ≤≥÷",
  "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ",
  " ",
  "",
  "a".repeat(101),
  "x".repeat(5_001),
];

export const hostileString = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NAMED_HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  // What PostgreSQL refuses to store (U+0000, lone surrogates) and other odd code points, inside ordinary text.
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom("\u0000", "\ud800", "\udc00", "\uffff", "\ufeff")).map(([s, c]) => s + c + s) },
  { weight: 1, arbitrary: fc.constantFrom(70_000, 200_000).chain((n) => fc.constantFrom("x", "é", "😀").map((c) => c.repeat(n))) },
);

const SPECIAL_NUMBERS = [0, -0, 1, -1, 0.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 366, 365.5];
export const hostileNumber = fc.oneof(fc.constantFrom(...SPECIAL_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { value: "scaling" }) },
);

/** Header values must be byte strings: characters past U+00FF or control characters are escaped as a client would. */
export function headerSafe(value: string): string {
  return [...value].map((ch) => {
    const code = ch.codePointAt(0)!;
    return (code >= 0x20 && code <= 0xff && code !== 0x7f) || code === 0x09 ? ch : `%${code.toString(16).toUpperCase()}`;
  }).join("").trim().slice(0, 4_000); // Node refuses a request head over 16 KiB
}

/**
 * What Next can hand a route as a path parameter: a decoded segment, so never a lone surrogate (it cannot
 * be percent-decoded), never empty, "." or ".." (URLs resolve those before routing), and within Node's
 * 16 KiB limit on a request's head.
 */
export function asPathParam(value: string): string {
  const segment = value.toWellFormed().slice(0, 4_000);
  return segment === "." || segment === ".." ? "" : segment;
}

export function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "\ufffd"));
  }
}

const RAW_BODIES = [
  "",
  "{",
  "nul",
  "null",
  "[]",
  "1e309",
  '"just a string"',
  "\ufeff{}",
  '{"value":1e309}',
  '{"value":-1e309,"baseVersion":-0}',
  '{"value":NaN}',
  '{"baseVersion":1e309}',
  '{"baseVersion":9007199254740993}',
  '{"baseVersion":2147483648}',
  '{"baseVersion":-0,"value":"scaling"}',
  '{"expiresInDays":1e-400}',
  '{"expiresInDays":365.0000000000001}',
  '{"__proto__":{"polluted":"yes"},"value":"scaling"}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"value":"scaling","value":"mature"}',
  '{"title":"a\\u0000b"}',
  '{"title":"\\ud800"}',
  '{"value":"\\u0000"}',
  '{"value":"scaling","note":"\\u0000"}',
  '{"value":"scaling","note":"\\udfff"}',
  "[".repeat(20_000) + "]".repeat(20_000),
  '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000),
  JSON.stringify({ value: "x".repeat(70_000) }),
  JSON.stringify({ title: "t", organization: "o".repeat(65_000) }),
];
export const rawBody = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RAW_BODIES) },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) }, // not UTF-8 at all
);
