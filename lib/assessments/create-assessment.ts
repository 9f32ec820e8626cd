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

/** Where a review is started: self-serve (nothing), or in a workspace by a member, maybe on its own bank. */
export type TPlacement = {
  workspaceId: string;
  createdById: string;
  /** A bank version already stored (a built-in one or one the workspace imported); checked by the caller. */
  questionnaireVersion?: { id: string; key: string; version: number };
};

/** Starts a review: the assessment, its owner respondent and an audit record, in one transaction. */
export async function createAssessment(input: TCreateAssessmentInput, placement?: TPlacement): Promise<TCreatedAssessment> {
  const version = placement?.questionnaireVersion ?? (await builtInVersion(input));
  const { token, hash } = createToken("fle");
  const assessment = await prisma.$transaction(async (tx) => {
    const created = await tx.assessment.create({
      data: {
        title: input.title,
        organization: input.organization || null,
        questionnaireVersionId: version.id,
        editTokenHash: hash,
        workspaceId: placement?.workspaceId ?? null,
        createdById: placement?.createdById ?? null,
        respondents: { create: { kind: "owner" } },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        assessmentId: created.id,
        actor: placement ? `user:${placement.createdById}` : "owner",
        action: "assessment.created",
        data: { questionnaire: `${version.key}@${version.version}`, workspaceId: placement?.workspaceId ?? null },
      },
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

async function builtInVersion(input: TCreateAssessmentInput): Promise<{ id: string; key: string; version: number }> {
  const [key, versionText] = (input.questionnaire ?? DEFAULT_QUESTIONNAIRE_KEY).split("@");
  try {
    const found = await ensureQuestionnaireVersion(key, versionText ? Number(versionText) : undefined);
    return { id: found.id, key: found.questionnaire.key, version: found.questionnaire.version };
  } catch (error) {
    if (error instanceof QuestionnaireNotFoundError || error instanceof QuestionnaireInvalidError || error instanceof RulesNotFoundError) {
      throw new ValidationError([{ path: "questionnaire", message: `No question bank "${input.questionnaire}"` }]);
    }
    throw error;
  }
}
