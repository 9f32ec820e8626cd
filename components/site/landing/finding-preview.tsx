import { RiskBadge } from "@/components/ui/risk-badge";

const EVIDENCE = [
  { id: "DB-03", question: "Where do background jobs wait to run?", answer: "In a table in the primary database" },
  { id: "DB-06", question: "Where do reports and exports read from?", answer: "The primary, during business hours" },
];

const ACTIONS = [
  "Move the job queue out of the primary database.",
  "Point reports at a read replica, and schedule exports outside peak hours.",
];

/** One finding as the report shows it: what, because of which answers, and what to do. */
export function FindingPreview() {
  return (
    <figure>
      <div className="rounded-lg border border-line bg-bg shadow-sheet">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-3.5 sm:px-7">
          <p className="eyebrow text-muted">Finding · Database</p>
          <RiskBadge level="high" size="sm" />
        </div>
        <div className="px-5 py-6 sm:px-7">
          <p className="font-serif text-xl leading-snug font-semibold">The primary database is doing four jobs at once</p>
          <p className="mt-2 text-[0.9375rem] text-muted">
            Queue, cache, session store and reporting engine compete for the same locks, so a slow export can stall
            checkout.
          </p>

          <p className="mt-6 text-sm font-medium">Because you answered</p>
          <ul className="mt-2.5 space-y-2.5">
            {EVIDENCE.map((item) => (
              <li
                key={item.id}
                className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-md border border-line bg-surface px-4 py-3 text-sm"
              >
                <span className="font-mono text-xs leading-5 whitespace-nowrap text-muted">{item.id}</span>
                <span className="text-muted">{item.question}</span>
                <span className="col-start-2 font-medium">
                  <span className="sr-only">Answer: </span>
                  {item.answer}
                </span>
              </li>
            ))}
          </ul>

          <p className="mt-6 text-sm font-medium">What to do</p>
          <ol className="mt-2.5 list-decimal space-y-1.5 pl-5 text-[0.9375rem] marker:font-mono marker:text-sm marker:text-muted">
            {ACTIONS.map((action) => (
              <li key={action} className="pl-1">
                {action}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <figcaption className="mt-3 text-center text-xs text-muted">
        An example finding. Every point of risk in a report traces back to answers like these.
      </figcaption>
    </figure>
  );
}
