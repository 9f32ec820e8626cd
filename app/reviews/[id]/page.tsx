import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Container } from "@/components/ui/container";
import { NoAccess } from "@/components/reviews/no-access";
import { PrivateLink } from "@/components/reviews/private-link";
import { RespondentIdentity } from "@/components/respondents/respondent-identity";
import { respondentIdentity } from "@/lib/respondents/respondent-identity";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { loadAssessment } from "@/lib/assessments/get-assessment";
import { answeringAccess, capabilitiesOf } from "@/lib/assessments/access";
import { reviewWorkspace } from "@/lib/assessments/review-workspace";
import { ReviewNav } from "@/components/reviews/review-nav";
import { pageReviewAccess, pageReviewToken } from "@/lib/assessments/page-access";
import { toPublicQuestionnaire } from "@/lib/questionnaire/public-questionnaire";
import type { TServerAnswer } from "@/lib/answer-sync/outbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your review", robots: { index: false, follow: false } };

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ section?: string }> }) {
  const { id } = await params;
  const { section } = await searchParams;
  const granted = await pageReviewAccess(id, "answer");
  const token = await pageReviewToken(id);
  if (!granted || !token) {
    // A workspace member reads and runs a review but does not answer it: send them to its report.
    if (await pageReviewAccess(id, "read")) redirect(`/reviews/${id}/report`);
    return <NoAccess />;
  }
  const { view, questionnaire } = await loadAssessment(answeringAccess(granted)).catch(() => notFound());
  const workspace = await reviewWorkspace(granted.workspaceId);
  // An invited respondent answers as themselves: say so, and show nothing beyond their own answers.
  const respondent = granted.actor.kind === "respondent" ? await respondentIdentity(granted.actor.respondentId) : null;
  return (
    <>
    <ReviewNav assessmentId={id} current="questions" capabilities={capabilitiesOf(granted)} workspace={workspace} />
    <Container width="wide" className="py-10 sm:py-14">
      <header className="mb-10 flex flex-wrap items-end justify-between gap-6 border-b border-line pb-8">
        <div>
          <p className="text-eyebrow font-medium tracking-(--text-eyebrow--letter-spacing) text-muted uppercase">
            Architecture review{view.organization ? ` · ${view.organization}` : ""}
          </p>
          <h1 className="mt-2 text-title">{view.title}</h1>
        </div>
        {respondent ? (
          <RespondentIdentity assessmentId={id} token={token} name={respondent.name} role={respondent.role} />
        ) : (
          <PrivateLink assessmentId={id} token={token} />
        )}
      </header>
      <Questionnaire
        assessmentId={id}
        questionnaire={toPublicQuestionnaire(questionnaire)}
        initialAnswers={view.answers as Record<string, TServerAnswer>}
        initialSection={section}
        canReadReport={capabilitiesOf(granted).has("read")}
      />
    </Container>
    </>
  );
}
