import "server-only";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { QuestionnaireInvalidError, QuestionnaireNotFoundError } from "@/lib/questionnaire/errors";
import { RulesNotFoundError } from "@/lib/scoring/rules-error";
import { createToken } from "@/lib/security/tokens";
import { DEFAULT_QUESTIONNAIRE_KEY, ensureQuestionnaireVersion } from "@/lib/assessments/questionnaire-version";
import type { TCreateAssessmentInput } from "@/lib/assessments/schemas";

export type TCreatedAssessment = {
  id: string;
  editToken: string;
  questionnaire: { key: string; version: number };
  links: { edit: string; report: string };
};

export function assessmentLinks(id: string, editToken?: string): { edit: string; report: string } {
  return {
    edit: editToken ? `/reviews/${id}/open?token=${encodeURIComponent(editToken)}` : `/reviews/${id}`,
    report: `/reviews/${id}/report`,
  };
}

/** Starts a review: the assessment, its owner respondent and an audit record, in one transaction. */
export async function createAssessment(input: TCreateAssessmentInput): Promise<TCreatedAssessment> {
  const [key, versionText] = (input.questionnaire ?? DEFAULT_QUESTIONNAIRE_KEY).split("@");
  let version: { id: string; key: string; version: number };
  try {
    const found = await ensureQuestionnaireVersion(key, versionText ? Number(versionText) : undefined);
    version = { id: found.id, key: found.questionnaire.key, version: found.questionnaire.version };
  } catch (error) {
    if (error instanceof QuestionnaireNotFoundError || error instanceof QuestionnaireInvalidError || error instanceof RulesNotFoundError) {
      throw new ValidationError([{ path: "questionnaire", message: `No question bank "${input.questionnaire}"` }]);
    }
    throw error;
  }

  const { token, hash } = createToken("fle");
  const assessment = await prisma.$transaction(async (tx) => {
    const created = await tx.assessment.create({
      data: {
        title: input.title,
        organization: input.organization || null,
        questionnaireVersionId: version.id,
        editTokenHash: hash,
        respondents: { create: { kind: "owner" } },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { assessmentId: created.id, actor: "owner", action: "assessment.created", data: { questionnaire: `${version.key}@${version.version}` } },
    });
    return created;
  });

  return {
    id: assessment.id,
    editToken: token,
    questionnaire: { key: version.key, version: version.version },
    links: assessmentLinks(assessment.id, token),
  };
}

