import "server-only";
import { DEFAULT_QUESTIONNAIRE_KEY, ensureQuestionnaireVersion } from "@/lib/assessments/questionnaire-version";
import { dbPool } from "@/lib/db";
import type { TQuestionnaire } from "@/lib/questionnaire/schema";
import { requireMember } from "@/lib/workspaces/require-member";
import { ROLES_THAT } from "@/lib/workspaces/roles";
import type { TSessionUser } from "@/lib/workspaces/session-user";
import type { TBankSourceFormat } from "./bank-format";

/** A bank as the workspace page and GET …/banks show it. */
export type TBankSummary = {
  /** The QuestionnaireVersion a new review on this bank pins. */
  id: string;
  builtin: boolean;
  key: string;
  version: number;
  title: string;
  questions: number;
  /** Imported banks only. */
  importedAt: string | null;
  importedBy: string | null;
  format: TBankSourceFormat | null;
  /** How many of the workspace's reviews use it. */
  reviews: number;
  export: { json: string; yaml: string };
};

// One statement for the imported banks: the question count is read inside the stored snapshot, so the
// snapshots themselves (up to a megabyte each) never leave the database for a list.
const LIST_IMPORTED = `
  select q."id", q."key", q."version", q."title", q."sourceFormat",
         q."createdAt" at time zone 'UTC' as "importedAt", u."name" as "importedBy",
         (select coalesce(sum(jsonb_array_length(s->'questions')), 0)::int
            from jsonb_array_elements(q."snapshot"->'questionnaire'->'sections') s) as "questions",
         (select count(*)::int from "Assessment" a where a."questionnaireVersionId" = q."id" and a."workspaceId" = $1::uuid) as "reviews"
  from "QuestionnaireVersion" q left join "User" u on u."id" = q."importedById"
  where q."workspaceId" = $1::uuid
  order by q."createdAt" desc, q."key", q."version" desc`;

type TImportedRow = {
  id: string;
  key: string;
  version: number;
  title: string;
  sourceFormat: string | null;
  importedAt: Date;
  importedBy: string | null;
  questions: number;
  reviews: number;
};

/** The banks a workspace can use and export: the built-in one, then those it imported, newest first. */
export async function listBanks(user: TSessionUser, workspaceId: string): Promise<TBankSummary[]> {
  const { workspace } = await requireMember(workspaceId, ROLES_THAT.read, { user });
  const [builtin, { rows }] = await Promise.all([
    ensureQuestionnaireVersion(DEFAULT_QUESTIONNAIRE_KEY),
    dbPool().query<TImportedRow>(LIST_IMPORTED, [workspace.id]),
  ]);
  const builtinReviews = await dbPool().query<{ reviews: number }>(
    `select count(*)::int as "reviews" from "Assessment" where "workspaceId" = $1::uuid and "questionnaireVersionId" = $2::uuid`,
    [workspace.id, builtin.id],
  );
  const { key, version, title } = builtin.questionnaire;
  return [
    {
        id: builtin.id,
        builtin: true,
        key,
        version,
        title,
        questions: countQuestions(builtin.questionnaire),
        importedAt: null,
        importedBy: null,
        format: null,
        reviews: builtinReviews.rows[0]?.reviews ?? 0,
      export: builtinExportLinks(key, version),
    },
    ...rows.map((row): TBankSummary => ({
      id: row.id,
      builtin: false,
      key: row.key,
      version: row.version,
      title: row.title,
      questions: row.questions,
      importedAt: row.importedAt.toISOString(),
      importedBy: row.importedBy,
      format: row.sourceFormat === "yaml" ? "yaml" : "json",
      reviews: row.reviews,
      export: importedExportLinks(workspace.id, row.id),
    })),
  ];
}

export function builtinExportLinks(key: string, version: number) {
  const base = `/api/v1/questionnaires/${encodeURIComponent(key)}/export?version=${version}`;
  return { json: `${base}&format=json`, yaml: `${base}&format=yaml` };
}

export function importedExportLinks(workspaceId: string, bankId: string) {
  const base = `/api/v1/workspaces/${workspaceId}/banks/${bankId}/export`;
  return { json: `${base}?format=json`, yaml: `${base}?format=yaml` };
}

function countQuestions(questionnaire: TQuestionnaire): number {
  return questionnaire.sections.reduce((sum, section) => sum + section.questions.length, 0);
}
