import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { TAnswerState } from "@/lib/questionnaire/answer";

/** One person who answers on a review: the owner (edit link) or an invited respondent. */
export type TTeamRespondent = {
  id: string;
  kind: "owner" | "respondent";
  /** Display name: the given name, else "Review owner" for the owner and "Respondent N" for others. */
  name: string;
  role: string | null;
  revokedAt: Date | null;
  /** How many questions this respondent has answered (any state). */
  answerCount: number;
};

export type TTeamAnswer = {
  respondentId: string;
  questionId: string;
  state: TAnswerState;
  /** A choice id, choice ids, a number or text, by question type; null unless answered. */
  value: unknown;
  note: string | null;
  version: number;
  updatedAt: Date;
};

export type TAgreedAnswer = {
  questionId: string;
  state: TAnswerState;
  value: unknown;
  note: string | null;
  decidedById: string | null;
  version: number;
  updatedAt: Date;
};

export type TQuestionTeamAnswers = {
  /** In the order of `respondents`. */
  answers: TTeamAnswer[];
  agreed: TAgreedAnswer | null;
};

export type TTeamAnswers = {
  assessmentId: string;
  /** Owner first, then respondents in the order they were invited. */
  respondents: TTeamRespondent[];
  /** Only questions someone answered or agreed on have an entry. */
  byQuestion: Record<string, TQuestionTeamAnswers>;
};

export type TLoadTeamAnswersOptions = {
  /** Leave out respondents who have not answered anything (e.g. an owner who never answers). */
  onlyRespondentsWithAnswers?: boolean;
};

const OWNER_NAME = "Review owner";

/**
 * Every respondent's answers to a review and the agreed answers, keyed by question id. Callers have
 * checked access (authorizeReview) already; this reads, it does not authorise. One query for the
 * review with its respondents and answers, one for the agreed answers.
 */
export async function loadTeamAnswers(assessmentId: string, options: TLoadTeamAnswersOptions = {}): Promise<TTeamAnswers> {
  const [assessment, agreedRows] = await Promise.all([
    prisma.assessment.findUnique({
      where: { id: assessmentId },
      select: {
        id: true,
        respondents: {
          select: {
            id: true,
            kind: true,
            name: true,
            role: true,
            revokedAt: true,
            createdAt: true,
            answers: { select: { questionId: true, state: true, value: true, note: true, version: true, updatedAt: true } },
          },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        },
      },
    }),
    prisma.agreedAnswer.findMany({
      where: { assessmentId },
      select: { questionId: true, state: true, value: true, note: true, decidedById: true, version: true, updatedAt: true },
    }),
  ]);
  if (!assessment) throw new NotFoundError("assessment");

  // The owner leads (it started the review), then invited respondents in invitation order.
  const ordered = [...assessment.respondents].sort((a, b) => Number(b.kind === "owner") - Number(a.kind === "owner"));
  const kept = options.onlyRespondentsWithAnswers ? ordered.filter((respondent) => respondent.answers.length > 0) : ordered;

  const byQuestion: Record<string, TQuestionTeamAnswers> = {};
  const entry = (questionId: string) => (byQuestion[questionId] ??= { answers: [], agreed: null });
  let invited = 0;
  const respondents = kept.map((row): TTeamRespondent => {
    if (row.kind !== "owner") invited += 1;
    for (const answer of row.answers) {
      entry(answer.questionId).answers.push({ respondentId: row.id, ...answer, value: answer.value ?? null });
    }
    return {
      id: row.id,
      kind: row.kind,
      name: row.name?.trim() || (row.kind === "owner" ? OWNER_NAME : `Respondent ${invited}`),
      role: row.role,
      revokedAt: row.revokedAt,
      answerCount: row.answers.length,
    };
  });
  for (const agreed of agreedRows) entry(agreed.questionId).agreed = { ...agreed, value: agreed.value ?? null };
  return { assessmentId: assessment.id, respondents, byQuestion };
}
