import "server-only";
import { createHash } from "node:crypto";
import type { TReviewAccess } from "@/lib/assessments/access";
import { questionnaireForVersionId } from "@/lib/assessments/questionnaire-version";
import { loadTeamAnswers } from "@/lib/consolidation/load-team-answers";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { presenterLive, presenterSlides, type TPresenterLive, type TPresenterSlide } from "@/lib/presenter/presenter-view";

export type TPresenterLiveResult = { live: TPresenterLive; etag: string };

/** The polled part, with a strong ETag of its content so an unchanged poll costs a 304 and no body. */
export async function getPresenterLive(access: TReviewAccess): Promise<TPresenterLiveResult> {
  const [questionnaire, team] = await Promise.all([questionnaireForVersionId(access.questionnaireVersionId), loadTeamAnswers(access.assessmentId)]);
  const live = presenterLive(questionnaire, team);
  const etag = `"${createHash("sha256").update(JSON.stringify(live)).digest("base64url").slice(0, 27)}"`;
  return { live, etag };
}

export type TPresenterDeck = {
  assessmentId: string;
  title: string;
  organization: string | null;
  slides: TPresenterSlide[];
  live: TPresenterLive;
};

/** Everything the presenter page renders first: the review's name, every question, and the live part. */
export async function getPresenterDeck(access: TReviewAccess): Promise<TPresenterDeck> {
  const [assessment, questionnaire, { live }] = await Promise.all([
    prisma.assessment.findUnique({ where: { id: access.assessmentId }, select: { title: true, organization: true } }),
    questionnaireForVersionId(access.questionnaireVersionId),
    getPresenterLive(access),
  ]);
  if (!assessment) throw new NotFoundError("assessment");
  return { assessmentId: access.assessmentId, title: assessment.title, organization: assessment.organization, slides: presenterSlides(questionnaire), live };
}
