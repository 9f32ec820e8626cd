import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { listQuestions } from "@/lib/questionnaire/find-question";
import { buildReport } from "@/lib/scoring/build-report";
import { describeAnswer } from "@/lib/scoring/describe-answer";
import { answeringTeam } from "@/lib/consolidation/get-consolidation";
import { loadTeamAnswers } from "@/lib/consolidation/load-team-answers";
import { consolidateTeam } from "@/lib/consolidation/team-inputs";
import { getVisibleQuestionIds } from "@/lib/questionnaire/visibility";
import { bankForVersionId } from "@/lib/assessments/questionnaire-version";
import { applyFindingReviews } from "@/lib/finding-reviews/apply-finding-reviews";
import { listFindingReviews } from "@/lib/finding-reviews/list-finding-reviews";
import type { TReviewedReport } from "@/lib/finding-reviews/schemas";

export type TAppendixEntry = {
  questionId: string;
  prompt: string;
  answer: string;
  note: string | null;
  state: "answered" | "unknown" | "not-applicable" | "unanswered";
  /** Respondents differ and no agreed answer is recorded: the answer is the majority's, for now. */
  provisional?: boolean;
};
export type TAppendixSection = { id: string; title: string; entries: TAppendixEntry[] };

/** Everything a rendering of the report needs: who it is for, the report itself and every answer. */
export type TReportView = {
  assessment: { id: string; title: string; organization: string | null; status: "draft" | "published"; createdAt: string; updatedAt: string };
  /** With the reviewers' notes and severity adjustments applied (lib/finding-reviews). */
  report: TReviewedReport;
  appendix: TAppendixSection[];
};

/**
 * The report of an assessment, built from its current answers with the bank and rules it pinned, so it
 * always reflects the latest answers and an old review keeps its original questions. With several
 * respondents it uses each question's agreed answer, else the majority's (lib/consolidation).
 */
export async function getReport(assessmentId: string, options: { whatWouldChangeIt?: boolean } = {}): Promise<TReportView> {
  const assessment = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true,
      title: true,
      organization: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      questionnaireVersionId: true,
      respondents: { where: { kind: "owner" }, select: { id: true }, take: 1 },
    },
  });
  if (!assessment || !assessment.respondents[0]) throw new NotFoundError("assessment");
  const [{ questionnaire, rules }, team, reviews] = await Promise.all([
    bankForVersionId(assessment.questionnaireVersionId),
    loadTeamAnswers(assessmentId),
    listFindingReviews(assessmentId),
  ]);
  const { answers, effective, respondents } = consolidateTeam(questionnaire, answeringTeam(team));
  const report = applyFindingReviews(buildReport(questionnaire, answers, { rules, respondents, whatWouldChangeIt: options.whatWouldChangeIt }), reviews, rules);

  const visible = getVisibleQuestionIds(questionnaire, answers);
  const appendix = questionnaire.sections.map((section) => ({
    id: section.id,
    title: section.title,
    entries: listQuestions(questionnaire)
      .filter((located) => located.section.id === section.id && visible.has(located.question.id))
      .map(({ question }) => {
        const answer = answers[question.id];
        return {
          questionId: question.id,
          prompt: question.prompt,
          answer: answer ? describeAnswer(question, answer) : "Not answered",
          note: answer?.state === "not_applicable" ? null : (answer?.note ?? null),
          state: !answer ? "unanswered" : answer.state === "not_applicable" ? "not-applicable" : answer.state,
          provisional: effective[question.id]?.provisional ?? false,
        } satisfies TAppendixEntry;
      }),
  }));
  const changes = Object.values(team.byQuestion).flatMap((entry) => [...entry.answers.map((a) => a.updatedAt), ...(entry.agreed ? [entry.agreed.updatedAt] : [])]);
  const lastAnswer = changes.reduce((latest, at) => (at > latest ? at : latest), assessment.updatedAt);
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      organization: assessment.organization,
      status: assessment.status,
      createdAt: assessment.createdAt.toISOString(),
      updatedAt: lastAnswer.toISOString(),
    },
    report,
    appendix,
  };
}
