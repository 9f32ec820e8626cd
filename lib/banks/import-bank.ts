import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listQuestionnaires } from "@/lib/questionnaire/load";
import { auditWorkspace } from "@/lib/workspaces/audit";
import { requireMember } from "@/lib/workspaces/require-member";
import { ROLES_THAT } from "@/lib/workspaces/roles";
import type { TSessionUser } from "@/lib/workspaces/session-user";
import { MAX_BANK_BYTES } from "./bank-format";
import { BankInvalidError, BankTooLargeError } from "./errors";
import { listBanks, type TBankSummary } from "./list-banks";
import { parseBank } from "./parse-bank";
import type { TImportBankInput } from "./schemas";

/**
 * Imports a bank file into a workspace (owner or consultant). It must pass every check content/ passes,
 * its key must not be a built-in bank's, and its version must be above every version of that key the
 * workspace already has: a version, once imported, always means the same questions (reviews pin it).
 */
export async function importBank(user: TSessionUser, workspaceId: string, input: TImportBankInput): Promise<TBankSummary> {
  const { workspace } = await requireMember(workspaceId, ROLES_THAT.runReviews, { user });
  const bytes = Buffer.byteLength(input.source, "utf8");
  if (bytes > MAX_BANK_BYTES) throw new BankTooLargeError(bytes);

  const parsed = parseBank(input.source, input.format);
  if (!parsed.ok) throw new BankInvalidError(parsed.errors);
  const { questionnaire } = parsed.bank;
  const { key, version } = questionnaire;

  if (listQuestionnaires().some((builtin) => builtin.key === key)) {
    throw new BankInvalidError([parsed.errorAt(["questionnaire", "key"], `"${key}" is the key of a built-in bank: give your bank a key of its own`)]);
  }
  const taken = () => {
    const message = `${key} version ${version} or later is already in this workspace: give this file a higher version`;
    return new BankInvalidError([parsed.errorAt(["questionnaire", "version"], message)]);
  };
  const latest = await prisma.questionnaireVersion.findFirst({
    where: { scope: workspace.id, key },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  if (latest && latest.version >= version) {
    throw new BankInvalidError([
      parsed.errorAt(["questionnaire", "version"], `${key} version ${latest.version} is already in this workspace: give this file version ${latest.version + 1} or higher`),
    ]);
  }

  let id: string;
  try {
    id = await prisma.$transaction(async (tx) => {
      const row = await tx.questionnaireVersion.create({
        data: {
          scope: workspace.id,
          workspaceId: workspace.id,
          key,
          version,
          title: questionnaire.title,
          snapshot: parsed.bank as unknown as Prisma.InputJsonValue,
          source: input.source,
          sourceFormat: input.format,
          importedById: user.id,
        },
        select: { id: true },
      });
      await auditWorkspace(tx, { actorId: user.id, action: "bank.imported", workspaceId: workspace.id, data: { bankId: row.id, bank: `${key}@${version}`, format: input.format } });
      return row.id;
    });
  } catch (error) {
    // Two imports of the same version at once: the unique index lets one in; the other hears why.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken();
    throw error;
  }
  const summary = (await listBanks(user, workspace.id)).find((bank) => bank.id === id);
  if (!summary) throw new Error(`Imported bank ${id} is missing from its workspace's list`);
  return summary;
}
