import { RiskBadge, RiskIcon } from "@/components/ui/risk-badge";
import { RISK_META } from "@/components/ui/risk-levels";
import { DIRECTION_LABEL, formatDelta, type TComparison } from "@/lib/milestones/compare-milestones";
import type { TThresholds } from "@/lib/reports/report-text";

type TProps = { areas: TComparison["areas"]; thresholds: TThresholds; fromLabel: string; toLabel: string };

// Geometry in CSS pixels; horizontal positions are percentages, so the SVG fills any column and its
// text stays the same size on a phone and on a projector (as components/report/area-chart.tsx).
const AXIS_TOP = 28;
const ROW = 58;
const LABEL_BASELINE = 17;
const DOT_Y = 38;
const AXIS_BOTTOM = 26;

const pct = (n: number) => `${n}%`;

/**
 * Each area as a dumbbell on the 0-100 risk scale: a hollow ring at the earlier score, the later
 * level's shape (in its colour) at the later score, joined by a line. Every row also says the level and
 * both scores in words; the table below is the text alternative.
 */
export function ComparisonChart({ areas, thresholds, fromLabel, toLabel }: TProps) {
  const height = AXIS_TOP + areas.length * ROW + AXIS_BOTTOM;
  const ticks = [0, thresholds.medium, thresholds.high, thresholds.critical, 100];
  return (
    <div>
      <figure className="break-inside-avoid">
        <figcaption id="comparison-chart-caption" className="max-w-prose text-[0.9375rem] text-muted">
          <span className="font-medium text-ink">Risk score by area at both milestones, from 0 to 100; higher means more risk.</span>{" "}
          The ring is “{fromLabel}”, the shape is “{toLabel}”. Dashed lines mark where medium ({thresholds.medium}), high (
          {thresholds.high}) and critical ({thresholds.critical}) begin.
        </figcaption>
        <div className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted" aria-hidden="true">
          <span className="inline-flex items-center gap-2">
            <svg viewBox="0 0 14 14" className="size-3.5">
              <circle cx="7" cy="7" r="5" className="fill-surface stroke-muted" strokeWidth="2" />
            </svg>
            Earlier
          </span>
          <span className="inline-flex items-center gap-2">
            <RiskIcon level="high" width={14} height={14} />
            Later (shape and colour of its level)
          </span>
        </div>
        <svg role="img" aria-labelledby="comparison-chart-caption" aria-describedby="comparison-table-caption" width="100%" height={height} className="mt-4 block overflow-visible text-sm">
          {areas.map((area, i) => {
            const top = AXIS_TOP + i * ROW;
            const cy = top + DOT_Y;
            const { before, after } = area;
            return (
              <g key={area.id}>
                <text x={0} y={top + LABEL_BASELINE} className="fill-ink font-medium">
                  {area.title}
                </text>
                <text x="100%" y={top + LABEL_BASELINE} textAnchor="end" className="fill-ink">
                  <tspan className="fill-muted font-mono">{before.score ?? "–"}</tspan>
                  <tspan className="fill-muted"> → </tspan>
                  <tspan className="font-mono font-medium">{after.score ?? "–"}</tspan>
                  <tspan dx={8} className="font-medium">
                    {after.level ? RISK_META[after.level].label : "Not assessed"}
                  </tspan>
                  <tspan dx={8} className="fill-muted font-mono text-xs">
                    {formatDelta(area.delta)}
                  </tspan>
                </text>
                <line x1={0} x2="100%" y1={cy} y2={cy} className="stroke-line" />
                {ticks.slice(1, -1).map((tick) => (
                  <line key={tick} x1={pct(tick)} x2={pct(tick)} y1={cy - 10} y2={cy + 10} className="stroke-ink/40" strokeDasharray="3 2" />
                ))}
                {before.score !== null && after.score !== null ? (
                  <line x1={pct(before.score)} x2={pct(after.score)} y1={cy} y2={cy} className="stroke-muted" strokeWidth={3} strokeLinecap="round" />
                ) : null}
                {before.score !== null ? <circle cx={pct(before.score)} cy={cy} r={6} className="fill-surface stroke-muted" strokeWidth={2} /> : null}
                {after.score !== null && after.level ? (
                  <svg x={pct(after.score)} y={cy} overflow="visible">
                    <g transform="translate(-8 -8)">
                      <RiskIcon level={after.level} width={16} height={16} />
                    </g>
                  </svg>
                ) : null}
              </g>
            );
          })}
          <line x1={0} x2="100%" y1={height - AXIS_BOTTOM + 4} y2={height - AXIS_BOTTOM + 4} className="stroke-line-strong/60" />
          {ticks.map((tick, i) => (
            <text key={tick} x={pct(tick)} y={height - 4} textAnchor={i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle"} className="fill-muted font-mono text-xs">
              {tick}
            </text>
          ))}
        </svg>
      </figure>

      <div className="mt-10 overflow-x-auto">
        <table className="w-full border-collapse text-left text-[0.9375rem]">
          <caption id="comparison-table-caption" className="mb-3 text-left font-medium">
            Each area before and after, with the change in points
          </caption>
          <thead>
            <tr className="border-b border-line-strong/60 text-sm text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">Area</th>
              <th scope="col" className="px-3 py-2 font-medium">Before</th>
              <th scope="col" className="px-3 py-2 font-medium">After</th>
              <th scope="col" className="py-2 pl-3 text-right font-medium">Change</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id} className="border-b border-line align-top" data-area={area.id}>
                <th scope="row" className="py-3 pr-3 font-medium">{area.title}</th>
                {[area.before, area.after].map((side, i) => (
                  <td key={i} className="px-3 py-3 whitespace-nowrap">
                    {side.score !== null && side.level ? (
                      <span className="inline-flex items-center gap-2">
                        <RiskBadge level={side.level} variant="plain" />
                        <span className="font-mono">{side.score}</span>
                      </span>
                    ) : (
                      <span className="text-muted italic">Not assessed</span>
                    )}
                  </td>
                ))}
                <td className="py-3 pl-3 text-right whitespace-nowrap">
                  <span className="font-mono">{formatDelta(area.delta)}</span>
                  <span className="block text-sm text-muted">{DIRECTION_LABEL[area.direction]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

