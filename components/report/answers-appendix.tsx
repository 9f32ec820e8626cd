import type { TAppendixSection } from "@/lib/reports/get-report";
import { AnswerText } from "./answer-text";
import type { TReport } from "@/lib/scoring/report-schema";

type TProps = { appendix: TAppendixSection[]; respondents?: TReport["respondents"] };

/** Every question that applies, with its answer and note, section by section: the record behind the report. */
export function AnswersAppendix({ appendix, respondents }: TProps) {
  return (
    <div className="space-y-12">
      {respondents && respondents.disagreements.length > 0 ? (
        <div>
          <h3 className="text-heading">Where the team disagreed</h3>
          <p className="mt-1 text-[0.9375rem] text-muted">
            {respondents.count} people answered. Divergent answers are evidence in themselves: the mental model is not yet shared.
            Where no agreed answer is recorded, the report uses the answer most people gave (a tie goes to the riskier one) and
            marks it provisional.
          </p>
          <ul className="mt-4 grid gap-3">
            {respondents.disagreements.map((d) => (
              <li key={d.questionId} className="border-l-2 border-line-strong/50 pl-4">
                <p className="text-sm text-muted">{d.prompt}</p>
                <p className="mt-0.5">{d.answers.join(" · ")}</p>
                <p className="mt-0.5 text-sm text-muted">
                  {d.level === "none" ? "Not measured" : `${d.level[0].toUpperCase()}${d.level.slice(1)} divergence (${d.divergence.toFixed(2)} of 1)`}
                  {d.provisional ? " · provisional: no agreed answer yet" : " · agreed answer recorded"}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {appendix.map((section) => {
        const responded = section.entries.filter((e) => e.state !== "unanswered").length;
        return (
          <div key={section.id}>
            <h3 className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-line-strong/60 pb-2 text-heading">
              {section.title}
              <span className="font-sans text-sm font-normal text-muted">
                {responded} of {section.entries.length} answered
              </span>
            </h3>
            <dl className="text-[0.9375rem]">
              {section.entries.map((entry) => (
                <div key={entry.questionId} className="grid gap-1 border-b border-line py-3.5 break-inside-avoid md:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] md:gap-8 print:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] print:gap-8">
                  <dt className="text-muted">{entry.prompt}</dt>
                  <dd>
                    <AnswerText answer={entry.answer} className={entry.state === "unanswered" ? "text-muted italic" : "font-medium"} />
                    {entry.provisional ? (
                      <span className="ml-2 inline-block rounded-[4px] border border-risk-medium/55 bg-risk-medium/12 px-1.5 align-[1px] font-mono text-[0.6875rem] leading-5 tracking-wide uppercase">
                        Provisional: the team differs
                      </span>
                    ) : null}
                    {entry.note ? (
                      <span className="mt-1.5 block border-l-2 border-accent/50 pl-3 text-muted print:border-ink">
                        <span className="font-medium text-ink">Note:</span> {entry.note}
                      </span>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </div>
  );
}
