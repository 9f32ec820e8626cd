import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";

import type { TPathSegment } from "../questionnaire/format-issues";
import type { TSourceResult, TSyntaxIssue } from "./source-document";

// YAML through the `yaml` package: its nodes keep their offsets in the text, which is how an error on a
// field finds its line. The YAML 1.2 core schema (no `yes`/`no` booleans, no dates, no custom tags), unique
// keys, and at most 100 aliases, so a small file cannot expand into a huge value.

const MAX_ALIASES = 100;

type TNode = Node | null | undefined;

export function parseYamlSource(text: string): TSourceResult {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, schema: "core" });
  // Only the first syntax error: the ones after it are mostly the parser losing its footing because of it.
  const first = doc.errors[0];
  if (first) {
    const issue: TSyntaxIssue = { offset: first.pos[0], path: pathAt(doc, first.pos[0]), message: sentence(first.message) };
    return { ok: false, issues: [issue] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // Too many aliases, or an alias to an anchor defined later: the only ways toJS fails on a parsed document.
    const message = error instanceof Error ? sentence(error.message) : "This YAML cannot be read";
    return { ok: false, issues: [{ offset: 0, path: [], message }] };
  }
  return {
    ok: true,
    document: {
      value,
      locate(path, target = "value") {
        let node: TNode = doc.contents as TNode;
        let offset = start(node) ?? 0;
        let keyOffset: number | undefined;
        for (const segment of path) {
          node = resolve(doc, node);
          let next: TNode;
          let key: TNode;
          if (isMap(node)) {
            const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
            if (pair) {
              key = pair.key as TNode;
              next = pair.value as TNode;
            }
          } else if (isSeq(node) && typeof segment === "number") {
            next = node.items[segment] as TNode;
          }
          if (!next && !key) return { offset, found: false };
          keyOffset = start(key);
          // `key:` with nothing after it has no value node: its place is the key's.
          offset = start(next) ?? keyOffset ?? offset;
          node = next;
        }
        return { offset: target === "key" && keyOffset !== undefined ? keyOffset : offset, found: true };
      },
    },
  };
}

function start(node: TNode): number | undefined {
  return node?.range?.[0];
}

function resolve(doc: Document, node: TNode): TNode {
  return isAlias(node) ? (node.resolve(doc) as TNode) : node;
}

/** The path of the innermost field whose text holds `offset`, for syntax errors. */
function pathAt(doc: Document, offset: number): TPathSegment[] {
  const path: TPathSegment[] = [];
  let node: TNode = doc.contents as TNode;
  const holds = (n: TNode) => Boolean(n?.range && n.range[0] <= offset && offset <= n.range[2]);
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && (holds(item.value as TNode) || holds(item.key as TNode)));
      // A key that is no field name (`red - id`) is the parser's guess around the error: stop above it.
      if (!pair || !isScalar(pair.key) || !/^[A-Za-z0-9_.-]+$/.test(String(pair.key.value))) return path;
      path.push(String(pair.key.value));
      node = pair.value as TNode;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => holds(item as TNode));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index] as TNode;
    } else {
      return path;
    }
  }
}

function sentence(message: string): string {
  const text = message.trim();
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : "This YAML cannot be read";
}
