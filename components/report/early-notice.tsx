import { LinkButton } from "@/components/ui/button";
import type { TReport } from "@/lib/scoring/report-schema";
import { respondedCount } from "./report-format";

/** Shown while under half the review is answered: the report renders, and says it is provisional. */
export function EarlyNotice({ coverage, questionsHref }: { coverage: TReport["coverage"]; questionsHref?: string }) {
  const responded = respondedCount(coverage);
  return (
    <div className="mb-8 flex flex-col gap-4 rounded-lg border border-accent/50 bg-accent/[0.06] p-5 sm:flex-row sm:items-center sm:justify-between sm:p-6 print:border-ink print:bg-transparent">
      <div className="max-w-prose">
        <p className="font-serif text-lg font-semibold">An early report: {responded === 0 ? "nothing is answered yet" : `${responded} of ${coverage.total} questions answered`}</p>
        <p className="mt-1 text-[0.9375rem] text-muted">
          It gets better as more is answered. Scores, findings and the recommendation firm up with every answer, and its
          confidence rises with them.
        </p>
      </div>
      {questionsHref ? (
        <LinkButton href={questionsHref} size="sm" className="shrink-0 self-start sm:self-auto print:hidden">
          Back to the questions
        </LinkButton>
      ) : null}
    </div>
  );
}
