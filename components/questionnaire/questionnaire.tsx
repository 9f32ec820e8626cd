"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import type { TServerAnswer } from "@/lib/answer-sync/outbox";
import type { TAnswers } from "@/lib/questionnaire/answer";
import type { TPublicQuestionnaire } from "@/lib/questionnaire/public-questionnaire";
import type { TQuestionnaire } from "@/lib/questionnaire/schema";
import { getVisibleQuestionIds } from "@/lib/questionnaire/visibility";
import { buttonClasses } from "@/components/ui/button";
import { QuestionCard } from "./question-card";
import { SaveStatus } from "./save-status";
import { SectionNav, type TSectionSummary } from "./section-nav";
import { useAnswerSync } from "./use-answer-sync";

type TProps = {
  assessmentId: string;
  questionnaire: TPublicQuestionnaire;
  initialAnswers: Record<string, TServerAnswer>;
  initialSection?: string;
  /** False for an invited respondent: they answer alone and do not see the report. */
  canReadReport?: boolean;
};

export function Questionnaire({ assessmentId, questionnaire, initialAnswers, initialSection, canReadReport = true }: TProps) {
  const { confirmed, outbox, status, errors, save, keepMine, keepTheirs } = useAnswerSync({ assessmentId, initialAnswers });
  const sections = questionnaire.sections;
  const [sectionId, setSectionId] = useState(sections.some((s) => s.id === initialSection) ? initialSection! : sections[0].id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // What the person sees: their unsent edit where there is one, else what the server holds.
  const current = useMemo(() => {
    const merged: Record<string, { state: TServerAnswer["state"]; value: unknown; note: string | null } | null> = {};
    for (const [id, answer] of Object.entries(confirmed)) merged[id] = answer;
    for (const [id, entry] of Object.entries(outbox)) merged[id] = "clear" in entry.draft ? null : entry.draft;
    return merged;
  }, [confirmed, outbox]);

  const visible = useMemo(() => {
    const answers: TAnswers = Object.fromEntries(
      Object.entries(current)
        .filter(([, a]) => a)
        .map(([id, a]) => [id, { state: a!.state === "not-applicable" ? "not_applicable" : a!.state, value: a!.value }]),
    );
    // Visibility reads only ids and conditions, which the public shape carries unchanged.
    return getVisibleQuestionIds(questionnaire as unknown as TQuestionnaire, answers);
  }, [current, questionnaire]);

  const summaries: TSectionSummary[] = sections.map((section) => {
    const asked = section.questions.filter((q) => visible.has(q.id));
    return { id: section.id, title: section.title, total: asked.length, answered: asked.filter((q) => current[q.id]).length };
  });
  const totals = summaries.reduce((t, s) => ({ answered: t.answered + s.answered, total: t.total + s.total }), { answered: 0, total: 0 });
  const conflicts = Object.values(outbox).filter((entry) => entry.conflict !== undefined).length;
  const pending = Object.values(outbox).filter((entry) => entry.conflict === undefined).length;

  const index = sections.findIndex((s) => s.id === sectionId);
  const section = sections[index];
  const numberOf = new Map(sections.flatMap((s) => s.questions).map((q, i) => [q.id, i + 1]));

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("section", sectionId);
    window.history.replaceState(null, "", url);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [sectionId]);

  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr] lg:gap-12">
      <aside className="lg:sticky lg:top-6 lg:self-start">
        <SaveStatus status={status} pending={pending} conflicts={conflicts} answered={totals.answered} total={totals.total} />
        <SectionNav sections={summaries} currentId={sectionId} onSelect={setSectionId} />
        {canReadReport ? (
          <Link href={`/reviews/${assessmentId}/report`} className={buttonClasses({ variant: "secondary", size: "sm", className: "mt-6 w-full" })}>
            See the report so far
          </Link>
        ) : null}
      </aside>

      <section aria-labelledby="section-title">
        <p className="text-eyebrow font-medium tracking-(--text-eyebrow--letter-spacing) text-muted uppercase">
          Section {index + 1} of {sections.length}
          {!section.scored && " · context, not scored"}
        </p>
        <h2 id="section-title" ref={headingRef} tabIndex={-1} className="mt-2 text-title focus:outline-none">
          {section.title}
        </h2>
        <p className="mt-3 max-w-prose text-lead text-muted">{section.intro}</p>

        <div className="mt-8 grid gap-5">
          {section.questions
            .filter((question) => visible.has(question.id))
            .map((question) => (
              <QuestionCard
                key={question.id}
                question={question}
                number={numberOf.get(question.id) ?? 0}
                current={current[question.id] ?? null}
                pending={outbox[question.id]}
                confirmed={confirmed[question.id]}
                error={errors[question.id]}
                onSave={(draft, options) => save(question.id, draft, options)}
                onKeepMine={() => keepMine(question.id)}
                onKeepTheirs={() => keepTheirs(question.id)}
              />
            ))}
        </div>

        <nav aria-label="Sections" className="mt-10 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-6">
          {index > 0 ? (
            <button type="button" className={buttonClasses({ variant: "secondary" })} onClick={() => setSectionId(sections[index - 1].id)}>
              ← {sections[index - 1].title}
            </button>
          ) : (
            <span />
          )}
          {index < sections.length - 1 ? (
            <button type="button" className={buttonClasses({ variant: "primary" })} onClick={() => setSectionId(sections[index + 1].id)}>
              Next: {sections[index + 1].title} →
            </button>
          ) : canReadReport ? (
            <Link href={`/reviews/${assessmentId}/report`} className={buttonClasses({ variant: "primary" })}>
              See your report →
            </Link>
          ) : (
            <p className="text-[0.9375rem] text-muted" role="status">
              That was the last section. Your answers are saved as you give them; you can come back and change them until the session.
            </p>
          )}
        </nav>
      </section>
    </div>
  );
}
