import { formatDate } from "@/components/workspaces/format";
import type { TBankSummary } from "@/lib/banks/list-banks";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The banks a workspace can use: what each is, where it came from, and its exports. */
export function BankList({ banks }: { banks: TBankSummary[] }) {
  return (
    <ul className="grid content-start gap-3" aria-label="Question banks">
      {banks.map((bank) => (
        <li key={bank.id} className="min-w-0 rounded-xl border border-line bg-surface p-4 sm:p-5">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
            <h3 className="min-w-0 font-serif text-lg font-semibold break-words">{bank.title}</h3>
            <span
              className={`shrink-0 rounded-full border px-2.5 py-0.5 text-xs font-medium ${
                bank.builtin ? "border-line-strong/60 text-muted" : "border-accent/50 bg-accent/8 text-ink"
              }`}
            >
              {bank.builtin ? "Built in" : "Imported"}
            </span>
          </div>
          <p className="mt-1 text-sm break-words text-muted">
            <code className="rounded bg-sunken px-1.5 py-0.5 font-mono text-[0.8125rem] text-ink">
              {bank.key}@{bank.version}
            </code>
            <span aria-hidden="true"> · </span>
            {bank.builtin ? (
              <span>comes with Faultline</span>
            ) : (
              <span>
                imported {bank.importedAt ? `on ${formatDate(new Date(bank.importedAt))}` : ""}
                {bank.importedBy ? ` by ${bank.importedBy}` : ""}
                {bank.format ? ` as ${bank.format.toUpperCase()}` : ""}
              </span>
            )}
          </p>
          <div className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
            <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
              <div className="flex gap-1.5">
                <dt className="text-muted">Questions</dt>
                <dd className="font-medium tabular-nums">{bank.questions}</dd>
              </div>
              <div className="flex gap-1.5">
                <dt className="text-muted">Used by</dt>
                <dd className="font-medium tabular-nums">{plural(bank.reviews, "review", "reviews")}</dd>
              </div>
            </dl>
            <p className="flex items-center gap-3 text-sm">
              <span className="text-muted">Export</span>
              <a href={bank.export.json} download className="font-medium text-accent underline decoration-accent/40 hover:decoration-accent">
                JSON<span className="sr-only"> file of {bank.title}</span>
              </a>
              <a href={bank.export.yaml} download className="font-medium text-accent underline decoration-accent/40 hover:decoration-accent">
                YAML<span className="sr-only"> file of {bank.title}</span>
              </a>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
