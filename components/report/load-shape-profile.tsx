import type { TReport } from "@/lib/scoring/report-schema";
import { AnswerText } from "./answer-text";
import { splitLabelled } from "./report-format";

const STATE_LABEL = { answered: "Answered", partial: "Partly answered", unknown: "Gap" } as const;

const MISSING = /^(Don['’]t know|Not answered)/i;

/** The article's four load-shape questions, answered from the review; what the team cannot answer shows as a gap. */
export function LoadShapeProfile({ loadShape }: { loadShape: TReport["loadShape"] }) {
  return (
    <ol className="grid gap-5 md:grid-cols-2 print:grid-cols-2">
      {loadShape.map((item, i) => {
        const gap = item.state === "unknown";
        return (
          <li
            key={item.id}
            className={`flex flex-col rounded-lg border p-5 break-inside-avoid sm:p-7 ${gap ? "border-dashed border-line-strong bg-transparent" : "border-line bg-surface"}`}
          >
            <div className="flex items-center justify-between gap-3">
              <span aria-hidden="true" className="font-mono text-sm text-muted">
                {String(i + 1).padStart(2, "0")}
              </span>
              <span
                className={`rounded-[5px] px-2 text-xs leading-5 font-medium ${
                  gap ? "border border-dashed border-line-strong text-ink" : item.state === "partial" ? "bg-sunken text-ink" : "bg-sunken text-muted"
                }`}
              >
                {STATE_LABEL[item.state]}
              </span>
            </div>
            <h3 className="mt-3 text-heading">{item.question}</h3>
            <dl className="mt-3 grid gap-2.5 text-[0.9375rem]">
              {splitLabelled(item.answer).map((part, j) => (
                <div key={j}>
                  {part.label ? <dt className="text-sm text-muted">{part.label}</dt> : null}
                  <dd className={MISSING.test(part.text) ? "text-muted italic" : ""}>
                    <AnswerText answer={part.text} />
                  </dd>
                </div>
              ))}
            </dl>
            {gap ? (
              <p className="mt-4 border-t border-dashed border-line-strong pt-3 text-[0.9375rem]">
                Without an answer here, scaling becomes reactive by default: this is worth finding out first.
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
