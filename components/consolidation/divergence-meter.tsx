import { RiskBadge } from "@/components/ui/risk-badge";
import type { RiskLevel } from "@/components/ui/risk-levels";
import type { TDivergence } from "@/lib/consolidation/divergence";

// Divergence borrows the risk palette's shapes and colours: agreement reads as healthy, strong
// divergence as a warning. The label always says which, so colour is never the only signal.
const AS_RISK: Record<TDivergence["level"], RiskLevel> = { none: "low", low: "low", moderate: "medium", strong: "high" };
const LABEL: Record<TDivergence["level"], string> = { none: "Agreed", low: "Low divergence", moderate: "Moderate divergence", strong: "Strong divergence" };

/** How far the team's answers diverge: a labelled badge and a bar from 0 (all agree) to 1. */
export function DivergenceMeter({ divergence, measured = true }: { divergence: TDivergence; measured?: boolean }) {
  if (!measured) return <p className="text-sm text-muted">Free text: not measured</p>;
  if (divergence.compared < 2) return <p className="text-sm text-muted">{divergence.compared === 1 ? "One answer: nothing to compare" : "No answers yet"}</p>;
  const level = AS_RISK[divergence.level];
  return (
    <div className="grid gap-1.5">
      <div className="flex items-center justify-between gap-3">
        <RiskBadge level={level} label={LABEL[divergence.level]} size="sm" />
        <span className="font-mono text-xs text-muted tabular-nums">{divergence.score.toFixed(2)}</span>
      </div>
      <div
        role="meter"
        aria-label="Divergence"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={divergence.score}
        aria-valuetext={`${LABEL[divergence.level]}, ${divergence.score.toFixed(2)} on a scale from 0 (all agree) to 1`}
        className="relative h-1.5 w-full overflow-hidden rounded-full bg-sunken"
      >
        <div className={`h-full rounded-full ${BAR[level]}`} style={{ width: `${Math.max(divergence.score * 100, divergence.score > 0 ? 4 : 0)}%` }} />
        {/* Where "strong" starts. */}
        <span aria-hidden="true" className="absolute inset-y-0 left-1/2 w-px bg-line-strong/70" />
      </div>
    </div>
  );
}

const BAR: Record<RiskLevel, string> = { low: "bg-risk-low", medium: "bg-risk-medium", high: "bg-risk-high", critical: "bg-risk-critical" };
