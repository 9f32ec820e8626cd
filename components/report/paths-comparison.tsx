import { RiskBadge } from "@/components/ui/risk-badge";
import type { TReport } from "@/lib/scoring/report-schema";
import { ConfidenceMeter } from "./confidence-meter";
import { FindingLink } from "./finding-link";
import { CONFIDENCE_LABEL, parseRationale, PATH_RISK_LEVEL, type TFindingRefs } from "./report-format";

type TPath = TReport["paths"][number];
type TProps = { report: TReport; refs: TFindingRefs };

/** The article's table of the four paths, the one chosen marked in words, then why and what would change it. */
export function PathsComparison({ report, refs }: TProps) {
  const { paths, recommendation } = report;
  return (
    <div>
      {/* A table from tablets up and on paper; a list of cards on a phone, where five columns cannot fit. */}
      <table className="hidden w-full border-collapse text-left text-[0.9375rem] md:table print:table">
        <caption className="sr-only">
          The four paths compared: short-term relief, long-term risk, when each makes sense, and how each fits this review
        </caption>
        <thead>
          <tr className="border-b border-line-strong/60 text-sm text-muted">
            <th scope="col" className="w-[19%] py-2.5 pr-4 pl-5 font-medium">
              Path
            </th>
            <th scope="col" className="w-[13%] px-4 py-2.5 font-medium">
              Short-term relief
            </th>
            <th scope="col" className="w-[13%] px-4 py-2.5 font-medium">
              Long-term risk
            </th>
            <th scope="col" className="w-[15%] px-4 py-2.5 font-medium">
              When it makes sense
            </th>
            <th scope="col" className="py-2.5 pr-4 pl-4 font-medium">
              For this review
            </th>
          </tr>
        </thead>
        <tbody>
          {paths.map((path) => (
            <tr
              key={path.option}
              className={`border-b border-line align-top break-inside-avoid ${path.chosen ? "bg-surface print:bg-transparent" : ""}`}
            >
              <th
                scope="row"
                className={`py-4 pr-4 pl-5 font-normal ${path.chosen ? "shadow-[inset_4px_0_0_var(--color-accent)] print:shadow-[inset_4px_0_0_#000]" : ""}`}
              >
                <span className="block font-serif text-lg leading-snug font-semibold">{path.title}</span>
                <PathStatus path={path} />
              </th>
              <td className="px-4 py-4">{path.shortTermRelief}</td>
              <td className="px-4 py-4">
                <RiskBadge level={PATH_RISK_LEVEL[path.option]} label={path.longTermRisk} variant="plain" />
              </td>
              <td className="px-4 py-4">{path.whenItMakesSense}</td>
              <td className={`py-4 pr-4 pl-4 ${path.chosen ? "text-ink" : "text-muted"}`}>{path.why}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ul className="grid gap-4 md:hidden print:hidden">
        {paths.map((path) => (
          <li
            key={path.option}
            className={`rounded-lg border p-5 ${path.chosen ? "border-accent bg-surface ring-1 ring-accent" : "border-line bg-surface"}`}
          >
            <p className="font-serif text-xl leading-snug font-semibold">{path.title}</p>
            <PathStatus path={path} />
            <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-3 text-[0.9375rem]">
              <div>
                <dt className="text-sm text-muted">Short-term relief</dt>
                <dd className="font-medium">{path.shortTermRelief}</dd>
              </div>
              <div>
                <dt className="text-sm text-muted">Long-term risk</dt>
                <dd>
                  <RiskBadge level={PATH_RISK_LEVEL[path.option]} label={path.longTermRisk} variant="plain" />
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="text-sm text-muted">When it makes sense</dt>
                <dd className="font-medium">{path.whenItMakesSense}</dd>
              </div>
              <div className="col-span-2 border-t border-line pt-3">
                <dt className="text-sm text-muted">For this review</dt>
                <dd>{path.why}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>

      <p className="mt-4 text-sm text-muted">
        Relief, risk and timing are the article&rsquo;s comparison of the four paths; the last column is how each one fits
        your answers.
      </p>

      <div className="mt-12 grid gap-10 lg:grid-cols-2 lg:gap-14 print:grid-cols-2">
        <div>
          <h3 className="text-heading">Why this path</h3>
          <ul className="mt-4 grid gap-3">
            {recommendation.rationale.map((line) => {
              const cited = parseRationale(line);
              const ref = cited ? refs.get(cited.findingId) : undefined;
              return (
                <li key={line} className="flex gap-3">
                  <span aria-hidden="true" className="mt-[0.7em] h-px w-3 shrink-0 bg-line-strong" />
                  {ref ? (
                    <span>
                      Finding <FindingLink findingId={cited!.findingId} refs={refs} /> {ref.finding.title}{" "}
                      <span className="text-muted">({ref.finding.severity})</span>
                    </span>
                  ) : (
                    <span>{line}</span>
                  )}
                </li>
              );
            })}
          </ul>

          <h3 className="mt-10 text-heading">How confident this is</h3>
          <p className="mt-3 flex items-center gap-3">
            <ConfidenceMeter confidence={recommendation.confidence} />
            <span>
              <strong className="font-semibold">{CONFIDENCE_LABEL[recommendation.confidence]} confidence</strong>
              <span className="text-muted"> (low, medium or high: how far the answers support this path)</span>
            </span>
          </p>
          <ul className="mt-3 grid gap-2 text-[0.9375rem] text-muted">
            {recommendation.confidenceReasons.map((reason) => (
              <li key={reason} className="flex gap-3">
                <span aria-hidden="true" className="mt-[0.7em] h-px w-3 shrink-0 bg-line-strong" />
                <span>{reason}</span>
              </li>
            ))}
          </ul>
        </div>

        <div className="rounded-lg border border-line bg-sunken/50 p-6 sm:p-7 print:bg-transparent">
          <h3 className="text-heading">What would change this recommendation</h3>
          <p className="mt-2 text-[0.9375rem] text-muted">The smallest changes in your answers that would tip it to another path.</p>
          <ol className="mt-5 grid gap-4 text-[0.9375rem]">
            {recommendation.whatWouldChangeIt.map((line, i) => (
              <li key={line} className="grid grid-cols-[1.75rem_1fr] gap-1">
                <span aria-hidden="true" className="font-mono text-sm text-muted">
                  {i + 1}.
                </span>
                <span>{line}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </div>
  );
}

function PathStatus({ path }: { path: TPath }) {
  if (path.chosen) {
    return (
      <span className="mt-2 inline-flex items-center gap-1.5 rounded-[5px] bg-accent px-2 text-sm leading-6 font-medium text-accent-ink print:border print:border-ink print:bg-transparent print:text-ink">
        <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2.2">
          <path d="M3 8.5 6.5 12 13 4.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Recommended
      </span>
    );
  }
  return <span className="mt-1 block text-sm text-muted">{path.eligible ? "Possible, a weaker fit" : "Not a fit here"}</span>;
}
