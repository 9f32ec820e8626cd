import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { QuestionnaireNotFoundError } from "@/lib/questionnaire/errors";
import { requireMember } from "@/lib/workspaces/require-member";
import { ROLES_THAT } from "@/lib/workspaces/roles";
import type { TSessionUser } from "@/lib/workspaces/session-user";
import type { TBankSourceFormat } from "./bank-format";
import { builtinBankDocument } from "./builtin-bank-document";
import { parseSource } from "./parse-source";
import { ZBankId } from "./schemas";
import { serializeBank } from "./serialize-bank";

export type TBankFile = { filename: string; contentType: string; text: string };

const CONTENT_TYPES: Record<TBankSourceFormat, string> = {
  json: "application/json; charset=utf-8",
  yaml: "application/yaml; charset=utf-8",
};

function bankFile(key: string, version: number, format: TBankSourceFormat, text: string): TBankFile {
  return { filename: `${key}-v${version}.${format}`, contentType: CONTENT_TYPES[format], text };
}

/** A built-in bank (content/) as a bank file; public, like the questionnaire itself. */
export function exportBuiltinBank(key: string, format: TBankSourceFormat, version?: number): TBankFile {
  try {
    const document = builtinBankDocument(key, version);
    const { version: exported } = document.questionnaire as { version: number };
    return bankFile(key, exported, format, serializeBank(document, format));
  } catch (error) {
    if (error instanceof QuestionnaireNotFoundError) throw new NotFoundError("question bank");
    throw error;
  }
}

/**
 * A bank this workspace can use (any member): one it imported, or a built-in one. In the format it
 * was imported in, the file exactly as it came; in the other, the same document re-written.
 */
export async function exportWorkspaceBank(user: TSessionUser, workspaceId: string, bankId: string, format: TBankSourceFormat): Promise<TBankFile> {
  const { workspace } = await requireMember(workspaceId, ROLES_THAT.read, { user });
  if (!ZBankId.safeParse(bankId).success) throw new NotFoundError("question bank");
  // Another workspace's bank answers as one that does not exist.
  const bank = await prisma.questionnaireVersion.findFirst({
    where: { id: bankId, OR: [{ scope: "builtin" }, { workspaceId: workspace.id }] },
    select: { key: true, version: true, scope: true, source: true, sourceFormat: true },
  });
  if (!bank) throw new NotFoundError("question bank");
  if (bank.scope === "builtin" || bank.source === null) return exportBuiltinBank(bank.key, format, bank.version);
  if (bank.sourceFormat === format) return bankFile(bank.key, bank.version, format, bank.source);
  const { result } = parseSource(bank.source, bank.sourceFormat === "yaml" ? "yaml" : "json");
  // It was parsed when it was imported; failing now means the stored source was changed by hand.
  if (!result.ok) throw new Error(`Stored source of question bank ${bankId} no longer parses`);
  return bankFile(bank.key, bank.version, format, serializeBank(result.document.value, format));
}
