import type { TPathSegment } from "../questionnaire/format-issues";
import type { TSourceResult, TSyntaxIssue } from "./source-document";
import { textPositions } from "./text-position";

// A strict JSON reader (RFC 8259) that records where every key and value starts. JSON.parse builds the
// value, but Node's messages do not always say where the text broke, and it cannot say where a field is;
// the `yaml` parser can, but it accepts text that is not JSON (`{"a": }` is valid YAML), so a JSON upload
// is checked here and located here.

const MAX_DEPTH = 256;

type TPlace = { key?: number; value: number };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly path: TPathSegment[],
    message: string,
  ) {
    super(message);
  }
}

export function parseJsonSource(text: string): TSourceResult {
  const places = new Map<string, TPlace>();
  const position = textPositions(text);
  let at = 0;

  const describe = (offset: number) => {
    if (offset >= text.length) return "the end of the file";
    const char = text[offset];
    return char === "\n" || char === "\r" ? "a line break" : JSON.stringify(char);
  };
  const fail = (path: TPathSegment[], message: string, offset = at): never => {
    throw new JsonSyntaxError(offset, path, message);
  };
  const skipSpace = () => {
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 32 || c === 9 || c === 10 || c === 13) at++;
      else break;
    }
  };

  const readString = (path: TPathSegment[]): void => {
    const start = at;
    at++; // the opening quote
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 34) {
        at++;
        return;
      }
      if (c === 92) {
        const next = text[at + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail(path, "\\u must be followed by four hexadecimal digits");
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          at += 2;
        } else {
          fail(path, `Unknown escape \\${next ?? ""} in a string (use \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)`);
        }
        continue;
      }
      if (c < 32) fail(path, c === 10 ? "A string cannot span lines: close it with \" or write \\n" : "Control characters must be escaped in a string");
      at++;
    }
    const { line, column } = position(start);
    fail(path, `The file ends inside the string that starts at line ${line}, column ${column}`);
  };

  const readNumber = (path: TPathSegment[]): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail(path, `Expected a value, found ${describe(at)}`);
    at += match![0].length;
    if (/[0-9.eE+-]/.test(text[at] ?? "")) fail(path, "This is not a JSON number");
  };

  const readValue = (path: TPathSegment[], depth: number): void => {
    skipSpace();
    const key = JSON.stringify(path);
    const place = places.get(key);
    places.set(key, { ...place, value: at });
    const c = text[at];
    if (c === "{") readObject(path, depth + 1);
    else if (c === "[") readArray(path, depth + 1);
    else if (c === '"') readString(path);
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) readNumber(path);
    else {
      for (const literal of ["true", "false", "null"]) {
        if (text.startsWith(literal, at)) {
          at += literal.length;
          return;
        }
      }
      const word = /^[A-Za-z_]+/.exec(text.slice(at, at + 40))?.[0];
      if (word) fail(path, `Expected a value, found ${word}: strings are written in double quotes`);
      fail(path, c === "'" ? "Strings are written in double quotes in JSON" : `Expected a value, found ${describe(at)}`);
    }
  };

  const readObject = (path: TPathSegment[], depth: number): void => {
    if (depth > MAX_DEPTH) fail(path, `Nested more than ${MAX_DEPTH} levels deep`);
    const open = at;
    at++;
    skipSpace();
    if (text[at] === "}") {
      at++;
      return;
    }
    const seen = new Set<string>();
    for (;;) {
      skipSpace();
      if (text[at] !== '"') {
        if (at >= text.length) unclosed(path, open, "object");
        fail(path, text[at] === "}" ? "A comma cannot come before }" : `Expected a key in double quotes, found ${describe(at)}`);
      }
      const keyStart = at;
      readString(path);
      const name = JSON.parse(text.slice(keyStart, at)) as string;
      const childPath = [...path, name];
      if (seen.has(name)) fail(childPath, `Duplicate key "${name}" in this object`, keyStart);
      seen.add(name);
      places.set(JSON.stringify(childPath), { key: keyStart, value: keyStart });
      skipSpace();
      if (text[at] !== ":") fail(childPath, `Expected : after the key "${name}", found ${describe(at)}`);
      at++;
      readValue(childPath, depth);
      skipSpace();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === "}") {
        at++;
        return;
      }
      if (at >= text.length) unclosed(path, open, "object");
      fail(childPath, `Expected , or } after the value of "${name}", found ${describe(at)}`);
    }
  };

  const readArray = (path: TPathSegment[], depth: number): void => {
    if (depth > MAX_DEPTH) fail(path, `Nested more than ${MAX_DEPTH} levels deep`);
    const open = at;
    at++;
    skipSpace();
    if (text[at] === "]") {
      at++;
      return;
    }
    for (let index = 0; ; index++) {
      skipSpace();
      if (text[at] === "]") fail(path, "A comma cannot come before ]");
      readValue([...path, index], depth);
      skipSpace();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === "]") {
        at++;
        return;
      }
      if (at >= text.length) unclosed(path, open, "list");
      fail([...path, index], `Expected , or ] after item ${index}, found ${describe(at)}`);
    }
  };

  const unclosed = (path: TPathSegment[], open: number, what: string): never => {
    const { line, column } = position(open);
    return fail(path, `The file ends before the ${what} opened at line ${line}, column ${column} is closed`);
  };

  try {
    readValue([], 0);
    skipSpace();
    if (at < text.length) fail([], `Unexpected ${describe(at)} after the end of the document`);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const issue: TSyntaxIssue = { offset: error.offset, path: error.path, message: error.message };
      return { ok: false, issues: [issue] };
    }
    throw error;
  }

  const value: unknown = JSON.parse(text);
  return {
    ok: true,
    document: {
      value,
      locate(path, target = "value") {
        for (let length = path.length; length >= 0; length--) {
          const place = places.get(JSON.stringify(path.slice(0, length)));
          if (!place) continue;
          const found = length === path.length;
          const offset = found && target === "key" && place.key !== undefined ? place.key : place.value;
          return { offset, found };
        }
        return { offset: 0, found: false };
      },
    },
  };
}
