import "server-only";
import { prisma } from "@/lib/db";
import { loadQuestionnaire } from "@/lib/questionnaire/load";
import { ZQuestionnaire, type TQuestionnaire } from "@/lib/questionnaire/schema";
import { loadRules } from "@/lib/scoring/load-rules";
import { ZRules, type TRules } from "@/lib/scoring/rules-schema";
import type { Prisma } from "@/lib/generated/prisma/client";

export const DEFAULT_QUESTIONNAIRE_KEY = "backend-scaling";

/** A bank version as a review pins it: its questions and the scoring rules that go with them. */
export type TBankVersion = { questionnaire: TQuestionnaire; rules: TRules };

// Snapshots never change once stored, so a per-process cache is safe for any number of instances.
const byId = new Map<string, TBankVersion>();
// content/ is part of the deployed build and does not change while the process runs; validating a bank
// is the costly part of starting a review, so it is done once per process and version.
const fromContentCache = new Map<string, TBankVersion>();

function loadFromContent(key: string, version?: number): TBankVersion {
  const cacheKey = `${key}@${version ?? "current"}`;
  let bank = fromContentCache.get(cacheKey);
  if (!bank) {
    const questionnaire = loadQuestionnaire(key, { version });
    bank = { questionnaire, rules: loadRules(questionnaire) };
    fromContentCache.set(cacheKey, bank);
  }
  return bank;
}

/**
 * The stored snapshot of a bank version, creating it from content/ the first time the version is used.
 * An existing snapshot wins over content/: a review always reads the questions and rules it was
 * answered against, so an old report renders the same after the bank moves on.
 */
export async function ensureQuestionnaireVersion(key: string, version?: number): Promise<{ id: string } & TBankVersion> {
  const fromContent = loadFromContent(key, version);
  const { questionnaire } = fromContent;
  const row = await prisma.questionnaireVersion.upsert({
    where: { scope_key_version: { scope: "builtin", key: questionnaire.key, version: questionnaire.version } },
    create: {
      key: questionnaire.key,
      version: questionnaire.version,
      title: questionnaire.title,
      snapshot: fromContent as unknown as Prisma.InputJsonValue,
    },
    update: {},
    select: { id: true, snapshot: true },
  });
  return { id: row.id, ...cacheSnapshot(row.id, row.snapshot) };
}

export async function bankForVersionId(id: string): Promise<TBankVersion> {
  const cached = byId.get(id);
  if (cached) return cached;
  const row = await prisma.questionnaireVersion.findUniqueOrThrow({ where: { id }, select: { snapshot: true } });
  return cacheSnapshot(id, row.snapshot);
}

export async function questionnaireForVersionId(id: string): Promise<TQuestionnaire> {
  return (await bankForVersionId(id)).questionnaire;
}

function cacheSnapshot(id: string, snapshot: unknown): TBankVersion {
  const cached = byId.get(id);
  if (cached) return cached;
  const { questionnaire, rules } = snapshot as { questionnaire: unknown; rules: unknown };
  const bank = { questionnaire: ZQuestionnaire.parse(questionnaire), rules: ZRules.parse(rules) };
  byId.set(id, bank);
  return bank;
}
