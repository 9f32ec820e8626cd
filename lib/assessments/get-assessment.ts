import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { TQuestionnaire } from "@/lib/questionnaire/schema";
import { toAnswers, toStoredAnswer, type TAnswerRow } from "@/lib/assessments/answer-mapping";
import { computeProgress, type TProgress } from "@/lib/assessments/progress";
import { questionnaireForVersionId } from "@/lib/assessments/questionnaire-version";
import type { TStoredAnswer } from "@/lib/assessments/schemas";
import type { TAccess } from "@/lib/assessments/access";

export type TAssessmentView = {
  id: string;
  title: string;
  organization: string | null;
  status: "draft" | "published";
  questionnaire: { key: string; version: number };
  createdAt: string;
  updatedAt: string;
  answers: Record<string, TStoredAnswer>;
  progress: TProgress;
};

export const answerSelect = { questionId: true, state: true, value: true, note: true, version: true, updatedAt: true } as const;

/** An assessment with its pinned questionnaire and the owner's answers. */
export async function loadAssessment(access: TAccess): Promise<{ view: TAssessmentView; questionnaire: TQuestionnaire; rows: TAnswerRow[] }> {
  const assessment = await prisma.assessment.findUnique({
    where: { id: access.assessmentId },
    select: {
      id: true,
      title: true,
      organization: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      questionnaireVersionId: true,
      answers: { where: { respondentId: access.respondentId }, select: answerSelect, orderBy: { questionId: "asc" } },
    },
  });
  if (!assessment) throw new NotFoundError("assessment");
  const questionnaire = await questionnaireForVersionId(assessment.questionnaireVersionId);
  const rows = assessment.answers as TAnswerRow[];
  const view: TAssessmentView = {
    id: assessment.id,
    title: assessment.title,
    organization: assessment.organization,
    status: assessment.status,
    questionnaire: { key: questionnaire.key, version: questionnaire.version },
    createdAt: assessment.createdAt.toISOString(),
    updatedAt: assessment.updatedAt.toISOString(),
    answers: Object.fromEntries(rows.map((row) => [row.questionId, toStoredAnswer(row)])),
    progress: computeProgress(questionnaire, toAnswers(rows)),
  };
  return { view, questionnaire, rows };
}
