import type { TConsolidationQuestion, TConsolidationView } from "@/lib/consolidation/get-consolidation";
import type { TPublicQuestion } from "@/lib/questionnaire/public-questionnaire";
import { AgreedAnswerEditor } from "./agreed-answer-editor";
import { DivergenceMeter } from "./divergence-meter";

const SOURCE_TEXT = { agreed: "the agreed answer", only: "the only answer given", unanimous: "everyone’s answer", majority: "the majority’s answer" } as const;

type TProps = {
  assessmentId: string;
  item: TConsolidationQuestion;
  number: number;
  respondents: TConsolidationView["respondents"];
  /** The form's view of the question, for the agreed-answer editor; absent when this visitor may only read. */
  editable?: TPublicQuestion;
};

/** One question: every respondent's answer and note side by side, how far they diverge, and the agreed answer. */
export function QuestionConsolidation({ assessmentId, item, number, respondents, editable }: TProps) {
  const byRespondent = new Map(item.answers.map((answer) => [answer.respondentId, answer]));
  const headingId = `q-${item.questionId.replace(/\./g, "-")}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-line bg-surface p-5 sm:p-6">
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_14rem] md:gap-8">
        <h3 id={headingId} className="text-[1.0625rem] leading-snug font-semibold">
          <span className="mr-2 font-mono text-sm font-normal text-muted">{number}.</span>
          {item.prompt}
        </h3>
        <DivergenceMeter divergence={item.divergence} measured={item.type !== "text"} />
      </div>

      <table className="mt-5 w-full table-fixed border-collapse text-[0.9375rem]">
        <caption className="sr-only">Each respondent&rsquo;s answer to question {number}</caption>
        <colgroup>
          <col className="w-[38%] sm:w-[26%]" />
          <col />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th scope="col">Respondent</th>
            <th scope="col">Answer and note</th>
          </tr>
        </thead>
        <tbody>
          {respondents.map((respondent) => {
            const answer = byRespondent.get(respondent.id);
            return (
              <tr key={respondent.id} className="border-t border-line align-top">
                <th scope="row" className="py-2.5 pr-3 text-left font-normal">
                  <span className="block font-medium break-words">{respondent.name}</span>
                  {respondent.role ? <span className="block text-sm break-words text-muted">{respondent.role}</span> : null}
                </th>
                <td className="py-2.5 break-words">
                  {answer ? (
                    <>
                      <span className={answer.state === "answered" ? "" : "text-muted italic"}>{answer.text}</span>
                      {answer.note && answer.state !== "not-applicable" ? <span className="mt-1 block text-sm text-muted">&ldquo;{answer.note}&rdquo;</span> : null}
                    </>
                  ) : (
                    <span className="text-sm text-muted">No answer</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="mt-5 border-t border-line pt-5">
        {item.used ? (
          <p className="mb-4 text-sm text-muted">
            The report uses {SOURCE_TEXT[item.used.source]}: <span className="font-medium text-ink">{item.used.text}</span>
            {item.used.provisional ? (
              <span className="ml-2 inline-block rounded-[4px] border border-risk-medium/55 bg-risk-medium/12 px-1.5 align-[1px] font-mono text-[0.6875rem] leading-5 tracking-wide text-ink uppercase">
                Provisional
              </span>
            ) : null}
          </p>
        ) : null}
        {editable ? (
          <AgreedAnswerEditor
            assessmentId={assessmentId}
            question={editable}
            agreed={item.agreed}
            suggestion={item.used && item.used.source !== "agreed" ? item.used : null}
          />
        ) : item.agreed ? (
          <p className="text-sm">
            <span className="font-medium">Agreed answer:</span> {item.agreed.text}
            {item.agreed.note ? <span className="mt-1 block text-muted">&ldquo;{item.agreed.note}&rdquo;</span> : null}
          </p>
        ) : (
          <p className="text-sm text-muted">No agreed answer recorded yet.</p>
        )}
      </div>
    </article>
  );
}
