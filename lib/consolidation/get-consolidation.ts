import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { toApiState } from "@/lib/assessments/answer-mapping";
import { bankForVersionId } from "@/lib/assessments/questionnaire-version";
import type { TAnswerState as TApiState } from "@/lib/assessments/schemas";
import type { TReviewAccess } from "@/lib/assessments/access";
import { loadTeamAnswers, type TTeamAnswers } from "@/lib/consolidation/load-team-answers";
import { consolidateTeam } from "@/lib/consolidation/team-inputs";
import type { TAnswerSource } from "@/lib/consolidation/effective-answers";
import type { TDivergence } from "@/lib/consolidation/divergence";
import { getVisibleQuestionIds } from "@/lib/questionnaire/visibility";
import type { TQuestion } from "@/lib/questionnaire/schema";
import { describeAnswer } from "@/lib/scoring/describe-answer";

type TShownAnswer = { state: TApiState; value: unknown; note: string | null; text: string };

export type TConsolidationQuestion = {
  questionId: string;
  prompt: string;
  type: TQuestion["type"];
  /** One entry per respondent who answered, in the order of `respondents`. */
  answers: (TShownAnswer & { respondentId: string; version: number; updatedAt: string })[];
  divergence: TDivergence;
  /** The consultant's recorded answer; its version is the baseVersion for the next change. */
  agreed: (TShownAnswer & { version: number; updatedAt: string }) | null;
  /** What the report uses: the agreed answer, else the majority's (ties to the riskier); null when nobody answered. */
  used: (TShownAnswer & { source: TAnswerSource; provisional: boolean }) | null;
};

export type TConsolidationView = {
  assessment: { id: string; title: string; organization: string | null };
  questionnaire: { key: string; version: number };
  respondents: { id: string; kind: "owner" | "respondent"; name: string; role: string | null; status: "active" | "revoked" }[];
  summary: { questions: number; answered: number; diverging: number; strong: number; agreed: number; provisional: number };
  sections: { id: string; title: string; questions: TConsolidationQuestion[] }[];
};

/** Invited respondents (a revoked one only if they answered: their answers stay) and the owner when they answered. */
export function answeringTeam(team: TTeamAnswers): TTeamAnswers {
  return { ...team, respondents: team.respondents.filter((r) => r.answerCount > 0 || (r.kind === "respondent" && !r.revokedAt)) };
}

/**
 * The consolidation, question by question, for every question the report asks (visibility follows
 * the answers the report uses): each respondent's answer and note, the divergence, the agreed answer,
 * and the answer the report uses.
 */
export async function getConsolidation(access: TReviewAccess): Promise<TConsolidationView> {
  const [assessment, bank, loaded] = await Promise.all([
    prisma.assessment.findUnique({ where: { id: access.assessmentId }, select: { id: true, title: true, organization: true } }),
    bankForVersionId(access.questionnaireVersionId),
    loadTeamAnswers(access.assessmentId),
  ]);
  if (!assessment) throw new NotFoundError("assessment");
  const { questionnaire } = bank;
  const team = answeringTeam(loaded);
  const consolidated = consolidateTeam(questionnaire, team);
  const visible = getVisibleQuestionIds(questionnaire, consolidated.answers);
  const summary = { questions: 0, answered: 0, diverging: 0, strong: 0, agreed: 0, provisional: 0 };

  const sections = questionnaire.sections
    .map((section) => ({
      id: section.id,
      title: section.title,
      questions: section.questions
        .filter((question) => visible.has(question.id))
        .map((question): TConsolidationQuestion => {
          const entry = team.byQuestion[question.id];
          const effective = consolidated.effective[question.id];
          const shown = (row: { state: "answered" | "unknown" | "not_applicable"; value: unknown; note: string | null }): TShownAnswer => ({
            state: toApiState(row.state),
            value: row.value ?? null,
            note: row.note,
            text: describeAnswer(question, { state: row.state, value: row.value ?? undefined, note: row.note }),
          });
          const item: TConsolidationQuestion = {
            questionId: question.id,
            prompt: question.prompt,
            type: question.type,
            answers: (entry?.answers ?? []).map((answer) => ({ respondentId: answer.respondentId, ...shown(answer), version: answer.version, updatedAt: answer.updatedAt.toISOString() })),
            divergence: effective?.divergence ?? { score: 0, level: "none", compared: 0 },
            agreed: entry?.agreed ? { ...shown(entry.agreed), version: entry.agreed.version, updatedAt: entry.agreed.updatedAt.toISOString() } : null,
            used: effective ? { ...shown({ state: effective.answer.state, value: effective.answer.value, note: effective.answer.note ?? null }), source: effective.source, provisional: effective.provisional } : null,
          };
          summary.questions += 1;
          if (item.answers.length > 0) summary.answered += 1;
          if (item.divergence.score > 0) summary.diverging += 1;
          if (item.divergence.level === "strong") summary.strong += 1;
          if (item.agreed) summary.agreed += 1;
          if (item.used?.provisional) summary.provisional += 1;
          return item;
        }),
    }))
    .filter((section) => section.questions.length > 0);

  return {
    assessment,
    questionnaire: { key: questionnaire.key, version: questionnaire.version },
    respondents: team.respondents.map((r) => ({ id: r.id, kind: r.kind, name: r.name, role: r.role, status: r.revokedAt ? "revoked" : "active" })),
    summary,
    sections,
  };
}
