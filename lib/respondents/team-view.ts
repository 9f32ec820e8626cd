import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { TReviewAccess } from "@/lib/assessments/access";
import { respondentProgress, type TRespondentProgress } from "@/lib/respondents/respondent-progress";
import { listRespondents } from "@/lib/respondents/respondents";
import type { TRespondentSummary } from "@/lib/respondents/schemas";

export type TTeamMember = TRespondentSummary & { progress: Pick<TRespondentProgress, "answered" | "total" | "percent" | "unknown" | "lastActivityAt"> };

export type TTeamView = {
  assessment: { id: string; title: string; organization: string | null };
  respondents: TTeamMember[];
  /** The review's owner, when they answered too (a self-serve CTO who invites their team). */
  owner: TRespondentProgress | null;
};

/** The team page: every invited respondent with how much they have answered. */
export async function getTeamView(access: TReviewAccess): Promise<TTeamView> {
  const [assessment, respondents, progress] = await Promise.all([
    prisma.assessment.findUnique({ where: { id: access.assessmentId }, select: { id: true, title: true, organization: true } }),
    listRespondents(access.assessmentId),
    respondentProgress(access),
  ]);
  if (!assessment) throw new NotFoundError("assessment");
  const byId = new Map(progress.map((p) => [p.respondentId, p]));
  return {
    assessment,
    respondents: respondents.map((respondent) => {
      const p = byId.get(respondent.id);
      return { ...respondent, progress: { answered: p?.answered ?? 0, total: p?.total ?? 0, percent: p?.percent ?? 0, unknown: p?.unknown ?? 0, lastActivityAt: p?.lastActivityAt ?? null } };
    }),
    owner: progress.find((p) => p.kind === "owner") ?? null,
  };
}
