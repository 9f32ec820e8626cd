import type { TBankSourceFormat } from "./bank-format";
import { parseJsonSource } from "./json-source";
import type { TSourceResult } from "./source-document";
import { parseYamlSource } from "./yaml-source";

/** A bank file's text parsed as JSON or YAML. Offsets are in the text without a byte-order mark. */
export function parseSource(input: string, format: TBankSourceFormat): { text: string; result: TSourceResult } {
  // A byte-order mark is not part of the document (editors on Windows add one).
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return { text, result: format === "json" ? parseJsonSource(text) : parseYamlSource(text) };
}
