import "server-only";
import { z } from "zod";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { ensureQuestionnaireVersion, DEFAULT_QUESTIONNAIRE_KEY } from "@/lib/assessments/questionnaire-version";
import { ZCreateAssessmentInput } from "@/lib/assessments/schemas";
import { dbPool, prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { requireMember } from "@/lib/workspaces/require-member";
import { LIST_REVIEWS_SQL } from "@/lib/workspaces/list-reviews-sql";
import { ROLES_THAT } from "@/lib/workspaces/roles";
import type { TSessionUser } from "@/lib/workspaces/session-user";

/** A consultant's new review for a client: the self-serve fields, plus the bank to use (default: the built-in one). */
export const ZCreateWorkspaceReviewInput = ZCreateAssessmentInput.pick({ title: true, organization: true }).extend({
  /** A QuestionnaireVersion id: a built-in bank's or one this workspace imported. */
  questionnaireVersionId: z.uuid({ error: "Choose a question bank from the list" }).optional(),
});
export type TCreateWorkspaceReviewInput = z.infer<typeof ZCreateWorkspaceReviewInput>;

export type TWorkspaceReviewCreated = { id: string; links: { team: string; report: string } };

export function workspaceReviewLinks(id: string) {
  return { team: `/reviews/${id}/team`, report: `/reviews/${id}/report` };
}

/**
 * Starts a review in a workspace (owner or consultant). It has no edit link to hand out: the client's
 * people answer through respondent links of their own (lib/respondents), and the workspace runs it.
 */
export async function createWorkspaceReview(user: TSessionUser, workspaceId: string, input: TCreateWorkspaceReviewInput): Promise<TWorkspaceReviewCreated> {
  const { workspace } = await requireMember(workspaceId, ROLES_THAT.runReviews, { user });
  const questionnaireVersion = input.questionnaireVersionId ? await bankOfWorkspace(workspace.id, input.questionnaireVersionId) : await defaultBank();
  const created = await createAssessment({ title: input.title, organization: input.organization }, { workspaceId: workspace.id, createdById: user.id, questionnaireVersion });
  return { id: created.id, links: workspaceReviewLinks(created.id) };
}

async function defaultBank() {
  const found = await ensureQuestionnaireVersion(DEFAULT_QUESTIONNAIRE_KEY);
  return { id: found.id, key: found.questionnaire.key, version: found.questionnaire.version };
}

/** A bank the workspace may use: a built-in one, or one it imported. Another workspace's bank does not exist here. */
async function bankOfWorkspace(workspaceId: string, id: string) {
  const bank = await prisma.questionnaireVersion.findFirst({
    where: { id, OR: [{ scope: "builtin" }, { workspaceId }] },
    select: { id: true, key: true, version: true },
  });
  if (!bank) throw new ValidationError([{ path: "questionnaireVersionId", message: "This workspace has no such question bank" }]);
  return bank;
}

export type TWorkspaceReviewSummary = {
  id: string;
  title: string;
  organization: string | null;
  status: "draft" | "published";
  createdAt: string;
  lastActivityAt: string;
  bank: { key: string; version: number; title: string };
  respondents: number;
  respondentsAnswering: number;
  answers: number;
  agreedAnswers: number;
  milestones: number;
  previousAssessmentId: string | null;
};

export const ZListReviewsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(100, "limit is at most 100").default(50),
  /** The `nextCursor` of the previous page. */
  cursor: z
    .string()
    .regex(/^\d{13}_[0-9a-f-]{36}$/, "Not a cursor from this list")
    .optional(),
});
export type TListReviewsQuery = z.infer<typeof ZListReviewsQuery>;

type TListRow = {
  id: string;
  title: string;
  organization: string | null;
  status: "draft" | "published";
  createdAt: Date;
  updatedAt: Date;
  previousAssessmentId: string | null;
  bankKey: string;
  bankVersion: number;
  bankTitle: string;
  respondents: number;
  respondentsAnswering: number;
  answers: number;
  lastAnswerAt: Date | null;
  agreedAnswers: number;
  milestones: number;
};

/** A page of a workspace's reviews, newest first, for any member. */
export async function listWorkspaceReviews(
  user: TSessionUser,
  workspaceId: string,
  query: TListReviewsQuery = { limit: 50 },
): Promise<{ reviews: TWorkspaceReviewSummary[]; nextCursor: string | null }> {
  const { workspace } = await requireMember(workspaceId, ROLES_THAT.read, { user });
  const [millis, cursorId] = query.cursor ? query.cursor.split("_") : [null, null];
  // "createdAt" is stored as UTC without a zone (as Prisma stores it): compare it as such.
  const after = millis ? new Date(Number(millis)).toISOString().replace("Z", "") : null;
  const { rows } = await dbPool().query<TListRow>(LIST_REVIEWS_SQL, [workspace.id, after, cursorId, query.limit + 1]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    reviews: page.map((row) => ({
      id: row.id,
      title: row.title,
      organization: row.organization,
      status: row.status,
      createdAt: utc(row.createdAt).toISOString(),
      lastActivityAt: utc(row.lastAnswerAt && row.lastAnswerAt > row.updatedAt ? row.lastAnswerAt : row.updatedAt).toISOString(),
      bank: { key: row.bankKey, version: row.bankVersion, title: row.bankTitle },
      respondents: row.respondents,
      respondentsAnswering: row.respondentsAnswering,
      answers: row.answers,
      agreedAnswers: row.agreedAnswers,
      milestones: row.milestones,
      previousAssessmentId: row.previousAssessmentId,
    })),
    nextCursor: rows.length > query.limit && last ? `${utc(last.createdAt).getTime()}_${last.id}` : null,
  };
}

/** pg reads a zone-less timestamp as local time; the column holds UTC. */
function utc(value: Date): Date {
  return new Date(value.getTime() - value.getTimezoneOffset() * 60_000);
}

/** The banks a workspace can start a review on: the built-in one and those it imported, newest first. */
export async function banksForNewReview(workspaceId: string): Promise<{ id: string; label: string }[]> {
  const builtIn = await defaultBank();
  const imported = await prisma.questionnaireVersion.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: { id: true, key: true, version: true, title: true },
  });
  return [
    { id: builtIn.id, label: `Backend scaling (built in, version ${builtIn.version})` },
    ...imported.map((bank) => ({ id: bank.id, label: `${bank.title} (${bank.key}, version ${bank.version})` })),
  ];
}
