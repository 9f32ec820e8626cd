"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TRespondentProgress } from "@/lib/respondents/respondent-progress";
import type { TTeamMember } from "@/lib/respondents/team-view";
import { FreshLink } from "./fresh-link";
import { InviteRespondentForm } from "./invite-respondent-form";
import { ProgressMeter } from "./progress-meter";
import { RespondentRow } from "./respondent-row";

type TProps = { assessmentId: string; respondents: TTeamMember[]; owner: TRespondentProgress | null };

/** The team page's body: who answers and how far they got, and inviting someone new. */
export function TeamPanel({ assessmentId, respondents, owner }: TProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [fresh, setFresh] = useState<{ name: string; link: string } | null>(null);
  const refresh = () => startTransition(() => router.refresh());
  const answering = respondents.filter((r) => r.progress.answered > 0).length + (owner ? 1 : 0);

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-14">
      <section aria-labelledby="respondents-title" className="min-w-0">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="respondents-title" className="font-serif text-heading">
            Respondents
          </h2>
          <p className="text-sm text-muted">
            {respondents.length === 0 ? "Nobody invited yet" : `${answering} of ${respondents.length + (owner ? 1 : 0)} have started`}
            {answering >= 2 ? (
              <>
                {" · "}
                <Link href={`/reviews/${assessmentId}/consolidate`} className="font-medium text-accent underline decoration-accent/40 hover:decoration-accent">Compare their answers</Link>
              </>
            ) : null}
          </p>
        </div>
        <div aria-live="polite" className="mt-4 empty:hidden">
          {fresh ? <FreshLink name={fresh.name} link={fresh.link} onDone={() => setFresh(null)} /> : null}
        </div>
        {respondents.length === 0 && !owner ? (
          <p className="mt-4 rounded-xl border border-dashed border-line-strong/60 p-6 text-muted">
            Invite the people who know the system: the CTO, a senior engineer, whoever is on call. Three to five voices give the
            consolidation something to compare.
          </p>
        ) : (
          <ul className="mt-4 grid gap-3">
            {owner ? (
              <li className="grid gap-4 rounded-xl border border-line bg-surface p-5 sm:grid-cols-[minmax(0,1fr)_minmax(0,16rem)] sm:gap-6">
                <div>
                  <h3 className="text-[1.0625rem] font-semibold">{owner.name}</h3>
                  <p className="mt-0.5 text-sm text-muted">Answers with the review&rsquo;s own link</p>
                </div>
                <ProgressMeter answered={owner.answered} total={owner.total} label={`${owner.name}'s progress`} />
              </li>
            ) : null}
            {respondents.map((respondent) => (
              <RespondentRow key={respondent.id} assessmentId={assessmentId} respondent={respondent} onLink={setFresh} onChanged={refresh} />
            ))}
          </ul>
        )}
      </section>
      <aside className="lg:sticky lg:top-6 lg:self-start">
        <div className="rounded-xl border border-line bg-surface p-5 sm:p-6">
          <InviteRespondentForm
            assessmentId={assessmentId}
            onInvited={(created) => {
              setFresh(created);
              refresh();
            }}
          />
        </div>
      </aside>
    </div>
  );
}
