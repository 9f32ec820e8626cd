import { stringify } from "yaml";

import type { TBankSourceFormat } from "./bank-format";

/** A bank file's text: JSON indented by two spaces, or block-style YAML with no line folding. */
export function serializeBank(document: unknown, format: TBankSourceFormat): string {
  if (format === "json") return `${JSON.stringify(document, null, 2)}\n`;
  // lineWidth 0: long prompts stay on one line, so a diff shows the sentence that changed.
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
