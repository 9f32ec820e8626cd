import type { TBankSourceFormat } from "./bank-format";

/**
 * How a bank file is written, for the import form: the file's extension when there is one, else its
 * first character (JSON starts with `{`; a YAML bank starts with `faultline:` or a comment).
 */
export function detectBankFormat(text: string, fileName?: string): TBankSourceFormat {
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === "json") return "json";
  if (extension === "yaml" || extension === "yml") return "yaml";
  return text.replace(/^\uFEFF/, "").trimStart().startsWith("{") ? "json" : "yaml";
}
