import "server-only";
import { prisma } from "@/lib/db";
import { loadQuestionnaire } from "@/lib/questionnaire/load";
import { ZQuestionnaire, type TQuestionnaire } from "@/lib/questionnaire/schema";
import type { Prisma } from "@/lib/generated/prisma/client";

export const DEFAULT_QUESTIONNAIRE_KEY = "backend-scaling";

// Snapshots never change once stored, so a per-process cache is safe for any number of instances.
const byId = new Map<string, TQuestionnaire>();
// content/ is part of the deployed build and does not change while the process runs; validating a bank
// is the costly part of starting a review, so it is done once per process and version.
const fromContentCache = new Map<string, TQuestionnaire>();

function loadFromContent(key: string, version?: number): TQuestionnaire {
  const cacheKey = `${key}@${version ?? "current"}`;
  let questionnaire = fromContentCache.get(cacheKey);
  if (!questionnaire) {
    questionnaire = loadQuestionnaire(key, { version });
    fromContentCache.set(cacheKey, questionnaire);
  }
  return questionnaire;
}

/**
 * The stored snapshot of a bank version, creating it from content/ the first time the version is used.
 * An existing snapshot wins over content/: a review always reads the questions it was answered against.
 */
export async function ensureQuestionnaireVersion(key: string, version?: number): Promise<{ id: string; questionnaire: TQuestionnaire }> {
  const fromContent = loadFromContent(key, version);
  const row = await prisma.questionnaireVersion.upsert({
    where: { key_version: { key: fromContent.key, version: fromContent.version } },
    create: {
      key: fromContent.key,
      version: fromContent.version,
      title: fromContent.title,
      snapshot: fromContent as unknown as Prisma.InputJsonValue,
    },
    update: {},
    select: { id: true, snapshot: true },
  });
  return { id: row.id, questionnaire: cacheSnapshot(row.id, row.snapshot) };
}

export async function questionnaireForVersionId(id: string): Promise<TQuestionnaire> {
  const cached = byId.get(id);
  if (cached) return cached;
  const row = await prisma.questionnaireVersion.findUniqueOrThrow({ where: { id }, select: { snapshot: true } });
  return cacheSnapshot(id, row.snapshot);
}

function cacheSnapshot(id: string, snapshot: unknown): TQuestionnaire {
  const cached = byId.get(id);
  if (cached) return cached;
  const questionnaire = ZQuestionnaire.parse(snapshot);
  byId.set(id, questionnaire);
  return questionnaire;
}
