import type { Metadata } from "next";
import { ConsolidationOverview } from "@/components/consolidation/consolidation-overview";
import { EmptyFilterNotice, FilterSlot, KeptInView } from "@/components/consolidation/kept-in-view";
import { QuestionConsolidation } from "@/components/consolidation/question-consolidation";
import { SectionJumpList } from "@/components/consolidation/section-jump-list";
import { NoAccess } from "@/components/reviews/no-access";
import { ReviewNav } from "@/components/reviews/review-nav";
import { Container } from "@/components/ui/container";
import { capabilitiesOf } from "@/lib/assessments/access";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { questionnaireForVersionId } from "@/lib/assessments/questionnaire-version";
import { reviewWorkspace } from "@/lib/assessments/review-workspace";
import { CONSOLIDATION_FILTERS, FILTER_LABELS, matchesFilter, ZConsolidationFilter } from "@/lib/consolidation/filter-consolidation";
import { getConsolidation } from "@/lib/consolidation/get-consolidation";
import { toPublicQuestionnaire } from "@/lib/questionnaire/public-questionnaire";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Consolidation", robots: { index: false, follow: false } };

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ filter?: string }> };

export default async function ConsolidatePage({ params, searchParams }: TProps) {
  const { id } = await params;
  const filter = ZConsolidationFilter.parse((await searchParams).filter);
  const access = await pageReviewAccess(id, "read");
  if (!access) return <NoAccess />;
  const capabilities = capabilitiesOf(access);
  const [view, workspace, questionnaire] = await Promise.all([getConsolidation(access), reviewWorkspace(access.workspaceId), questionnaireForVersionId(access.questionnaireVersionId)]);
  const editable = capabilities.has("run") ? new Map(toPublicQuestionnaire(questionnaire).sections.flatMap((s) => s.questions).map((q) => [q.id, q])) : null;
  const all = view.sections.flatMap((s) => s.questions);
  const counts = Object.fromEntries(CONSOLIDATION_FILTERS.map((f) => [f, all.filter((q) => matchesFilter(q, f)).length])) as Record<(typeof CONSOLIDATION_FILTERS)[number], number>;
  const numberOf = new Map(all.map((q, i) => [q.questionId, i + 1]));
  const sections = view.sections.map((s) => ({ ...s, shown: s.questions.filter((q) => matchesFilter(q, filter)) }));

  return (
    <>
      <ReviewNav assessmentId={id} current="consolidate" capabilities={capabilities} workspace={workspace} />
      <Container width="wide" className="py-10 sm:py-14">
        <header className="mb-10 grid gap-8 border-b border-line pb-8">
          <div>
            <p className="text-eyebrow font-medium tracking-(--text-eyebrow--letter-spacing) text-muted uppercase">
              {view.assessment.title}
              {view.assessment.organization ? ` · ${view.assessment.organization}` : ""}
            </p>
            <h1 className="mt-2 text-title">Consolidation</h1>
            <p className="mt-3 max-w-prose text-lead text-muted">
              Every respondent&rsquo;s answer side by side, how far they diverge, and the answer you agree on. Until an answer is agreed,
              the report uses the one most people gave (a tie goes to the riskier) and marks it provisional.
            </p>
          </div>
          <ConsolidationOverview assessmentId={id} summary={view.summary} filter={filter} counts={counts} />
        </header>

        {view.respondents.length === 0 ? (
          <p className="rounded-xl border border-dashed border-line-strong/60 p-6 text-muted">
            Nobody has answered yet. {capabilities.has("run") ? <a href={`/reviews/${id}/team`}>Invite the team</a> : null}
          </p>
        ) : (
          <div className="grid gap-10 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
            <aside className="hidden lg:sticky lg:top-6 lg:block lg:self-start">
              <SectionJumpList sections={sections.map((s) => ({ id: s.id, title: s.title, shown: s.shown.length }))} />
            </aside>
            {/* Every card is rendered and each slot decides whether it shows, so a card settled under
                "Not agreed yet" keeps its place (and its confirmation) until the filter changes. */}
            <KeptInView key={filter}>
              <div className="grid min-w-0 gap-12">
                <EmptyFilterNotice matching={counts[filter]}>
                  <p className="rounded-xl border border-dashed border-line-strong/60 p-6 text-muted">
                    No questions under &ldquo;{FILTER_LABELS[filter]}&rdquo;.
                  </p>
                </EmptyFilterNotice>
                {sections.map((section) => (
                  <FilterSlot key={section.id} matches={section.shown.length > 0} questionIds={section.questions.map((q) => q.questionId)}>
                    <section id={`section-${section.id}`} aria-labelledby={`section-${section.id}-title`} className="grid scroll-mt-6 gap-4">
                      <h2 id={`section-${section.id}-title`} className="font-serif text-heading">
                        {section.title}
                      </h2>
                      {section.questions.map((item) => (
                        <FilterSlot key={item.questionId} matches={matchesFilter(item, filter)} questionIds={[item.questionId]}>
                          <QuestionConsolidation
                            assessmentId={id}
                            item={item}
                            number={numberOf.get(item.questionId) ?? 0}
                            respondents={view.respondents}
                            editable={editable?.get(item.questionId)}
                          />
                        </FilterSlot>
                      ))}
                    </section>
                  </FilterSlot>
                ))}
              </div>
            </KeptInView>
          </div>
        )}
      </Container>
    </>
  );
}
