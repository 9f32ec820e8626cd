import "server-only";
import { actorLabel, type TReviewAccess } from "@/lib/assessments/access";
import { assessmentLinks } from "@/lib/assessments/create-assessment";
import { prisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZMilestoneAnswers, type TReReviewInput } from "@/lib/milestones/schemas";
import { formatReportDate } from "@/lib/reports/report-text";
import { createToken } from "@/lib/security/tokens";

export type TStartedReReview = {
  id: string;
  title: string;
  /** The new review's edit link token, shown once (only its sha256 is stored). */
  editToken: string;
  links: { edit: string; report: string; review: string };
  previousAssessmentId: string;
  basedOnMilestone: { id: string; number: number };
  workspaceId: string | null;
  prefilledAnswers: number;
};

export class NoMilestoneError extends ConflictError {
  constructor() {
    super("Publish a milestone first: a re-review starts from a published milestone's answers.", null);
  }
}

/**
 * A new review that follows this one: same workspace (its members reach it as they reach this one), same
 * bank version, linked to this review and to the milestone it starts from, whose answers and notes
 * pre-fill the new review's owner respondent. It gets its own edit link, returned once: for a
 * self-serve review that link is the only way back to it; in a workspace it is what the client's
 * owner answers with, if the consultant hands it on. One transaction, audited on both reviews.
 */
export async function startReReview(access: TReviewAccess, input: TReReviewInput): Promise<TStartedReReview> {
  const source = await prisma.assessment.findUnique({
    where: { id: access.assessmentId },
    select: { id: true, title: true, organization: true, questionnaireVersionId: true, workspaceId: true },
  });
  if (!source) throw new NotFoundError("assessment");
  const milestone = await prisma.milestone.findFirst({
    where: { assessmentId: source.id, ...(input.milestone ? { number: input.milestone } : {}) },
    orderBy: { number: "desc" },
    select: { id: true, number: true, answers: true },
  });
  if (!milestone) {
    if (input.milestone) throw new NotFoundError("milestone");
    throw new NoMilestoneError();
  }
  const answers = Object.entries(ZMilestoneAnswers.parse(milestone.answers));
  const now = new Date();
  const title = input.title ?? reReviewTitle(source.title, now);
  const createdById = access.actor.kind === "member" ? access.actor.user.id : null;
  const { token, hash } = createToken("fle");

  const created = await prisma.$transaction(async (tx) => {
    const review = await tx.assessment.create({
      data: {
        title,
        organization: source.organization,
        questionnaireVersionId: source.questionnaireVersionId,
        editTokenHash: hash,
        workspaceId: source.workspaceId,
        createdById,
        previousAssessmentId: source.id,
        basedOnMilestoneId: milestone.id,
        respondents: { create: { kind: "owner" } },
      },
      select: { id: true, respondents: { select: { id: true } } },
    });
    const ownerId = review.respondents[0]!.id;
    if (answers.length > 0) {
      await tx.answer.createMany({
        data: answers.map(([questionId, answer]) => ({
          assessmentId: review.id,
          respondentId: ownerId,
          questionId,
          state: answer.state,
          value: answer.state === "answered" && answer.value !== undefined ? (answer.value as Prisma.InputJsonValue) : undefined,
          note: answer.note ?? null,
        })),
      });
    }
    const actor = actorLabel(access.actor);
    const facts = { previousAssessmentId: source.id, milestoneId: milestone.id, milestoneNumber: milestone.number };
    await tx.auditEvent.create({ data: { assessmentId: review.id, actor, action: "assessment.created", data: { ...facts, reReview: true, workspaceId: source.workspaceId, prefilledAnswers: answers.length } } });
    await tx.auditEvent.create({ data: { assessmentId: source.id, actor, action: "re-review.started", data: { ...facts, reReviewId: review.id } } });
    return review;
  });

  const links = assessmentLinks(created.id, token);
  return {
    id: created.id,
    title,
    editToken: token,
    links: { ...links, review: `/reviews/${created.id}` },
    previousAssessmentId: source.id,
    basedOnMilestone: { id: milestone.id, number: milestone.number },
    workspaceId: source.workspaceId,
    prefilledAnswers: answers.length,
  };
}

/** "Platform review — re-review 27 November 2026", kept within the title's 200 characters. */
export function reReviewTitle(title: string, at: Date): string {
  const suffix = ` — re-review ${formatReportDate(at.toISOString())}`;
  const base = title.replace(/ — re-review \d{1,2} \w+ \d{4}$/, "");
  return `${base.slice(0, 200 - suffix.length)}${suffix}`;
}
