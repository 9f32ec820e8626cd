import type { TSyncStatus } from "./use-answer-sync";

type TProps = { status: TSyncStatus; pending: number; conflicts: number; answered: number; total: number };

/** The one place that says whether the person's answers are safe. */
export function SaveStatus({ status, pending, conflicts, answered, total }: TProps) {
  const percent = total ? Math.round((answered / total) * 100) : 0;
  let text = "All answers saved";
  let tone = "text-risk-low";
  if (conflicts) {
    text = `${conflicts} answer${conflicts > 1 ? "s" : ""} changed elsewhere: choose which to keep`;
    tone = "text-risk-high";
  } else if (status === "offline") {
    text = `Offline: ${pending} answer${pending === 1 ? "" : "s"} kept on this device, will retry`;
    tone = "text-risk-high";
  } else if (status === "saving" || pending) {
    text = "Saving…";
    tone = "text-muted";
  } else if (status === "error") {
    text = "An answer could not be saved";
    tone = "text-risk-high";
  }
  return (
    <div className="rounded-xl border border-line bg-surface p-4">
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium">Progress</span>
        <span className="font-mono text-sm text-muted">
          {answered}/{total}
        </span>
      </div>
      <div
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-sunken"
        role="progressbar"
        aria-label="Questions answered"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="h-full rounded-full bg-accent transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
      <p className={`mt-3 flex items-center gap-2 text-sm ${tone}`} role="status" aria-live="polite" data-testid="save-status" data-status={conflicts ? "conflict" : status}>
        <span aria-hidden="true">{conflicts || status === "offline" || status === "error" ? "●" : status === "saving" || pending ? "○" : "✓"}</span>
        {text}
      </p>
    </div>
  );
}
