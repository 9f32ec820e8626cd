import { RiskBadge, RiskIcon } from "@/components/ui/risk-badge";
import { RISK_META, type RiskLevel } from "@/components/ui/risk-levels";
import type { TReport } from "@/lib/scoring/report-schema";
import { plural, type TThresholds } from "./report-format";

type TProps = { areas: TReport["areas"]; thresholds: TThresholds };

// Geometry in CSS pixels. Horizontal positions are percentages of the chart's width, so the SVG
// fills any column without scaling its text: labels stay 14px on a phone and on a projector.
const AXIS_TOP = 30;
const ROW = 60;
const LABEL_BASELINE = 17;
const BAR_Y = 27;
const BAR_HEIGHT = 16;
const AXIS_BOTTOM = 26;

const BAR_FILL: Record<RiskLevel, string> = {
  low: "fill-risk-low",
  medium: "fill-risk-medium",
  high: "fill-risk-high",
  critical: "fill-risk-critical",
};

const pct = (n: number) => `${n}%`;

/**
 * The six areas as horizontal bars on the 0-100 risk scale, with dashed lines where each level
 * begins. Every bar carries its level in words and a shape beside its colour. The table below it is
 * the text alternative, and also gives the answers and findings behind each score.
 */
export function AreaChart({ areas, thresholds }: TProps) {
  const height = AXIS_TOP + areas.length * ROW + AXIS_BOTTOM;
  const bounds: { level: RiskLevel; from: number; to: number }[] = [
    { level: "low", from: 0, to: thresholds.medium },
    { level: "medium", from: thresholds.medium, to: thresholds.high },
    { level: "high", from: thresholds.high, to: thresholds.critical },
    { level: "critical", from: thresholds.critical, to: 100 },
  ];
  const ticks = [0, thresholds.medium, thresholds.high, thresholds.critical, 100];

  return (
    <div>
      <figure className="break-inside-avoid">
        <figcaption id="area-chart-caption" className="max-w-prose text-[0.9375rem] text-muted">
          <span className="font-medium text-ink">Risk score by area, from 0 to 100; higher means more risk.</span> Dashed lines
          mark where each level begins: medium from {thresholds.medium}, high from {thresholds.high}, critical from{" "}
          {thresholds.critical}.
        </figcaption>
        <svg
          role="img"
          aria-labelledby="area-chart-caption"
          aria-describedby="area-table-caption"
          width="100%"
          height={height}
          className="mt-6 block overflow-visible text-sm"
        >
          {bounds.map((band) => (
            <text
              key={band.level}
              x={pct((band.from + band.to) / 2)}
              y={12}
              textAnchor="middle"
              className="eyebrow fill-muted"
            >
              {RISK_META[band.level].label}
            </text>
          ))}

          {areas.map((area, i) => {
            const top = AXIS_TOP + i * ROW;
            const assessed = area.score !== null && area.level !== null;
            return (
              <g key={area.id}>
                {assessed ? (
                  <RiskIcon level={area.level!} x={0} y={top + LABEL_BASELINE - 12} width={14} height={14} />
                ) : (
                  <circle cx={7} cy={top + LABEL_BASELINE - 5} r={5.25} className="fill-none stroke-line-strong" strokeDasharray="2 2" />
                )}
                <text x={22} y={top + LABEL_BASELINE} className={`font-medium ${assessed ? "fill-ink" : "fill-muted"}`}>
                  {area.title}
                </text>
                <text x="100%" y={top + LABEL_BASELINE} textAnchor="end" className="fill-ink">
                  {assessed ? (
                    <>
                      <tspan className="font-medium">{RISK_META[area.level!].label}</tspan>
                      <tspan dx={8} className="font-mono font-medium">
                        {area.score}
                      </tspan>
                      <tspan className="fill-muted font-mono text-xs">/100</tspan>
                    </>
                  ) : (
                    <tspan className="fill-muted italic">Not assessed</tspan>
                  )}
                </text>
                <rect
                  x={0}
                  y={top + BAR_Y}
                  width="100%"
                  height={BAR_HEIGHT}
                  rx={2}
                  className={assessed ? "fill-sunken" : "fill-none stroke-line-strong/70"}
                  strokeDasharray={assessed ? undefined : "4 3"}
                />
                {assessed && area.score! > 0 ? (
                  <rect x={0} y={top + BAR_Y} width={pct(area.score!)} height={BAR_HEIGHT} rx={2} className={BAR_FILL[area.level!]} />
                ) : null}
                {ticks.slice(1, -1).map((tick) => (
                  <line
                    key={tick}
                    x1={pct(tick)}
                    x2={pct(tick)}
                    y1={top + BAR_Y - 4}
                    y2={top + BAR_Y + BAR_HEIGHT + 4}
                    className="stroke-ink/45"
                    strokeDasharray="3 2"
                  />
                ))}
              </g>
            );
          })}

          <line x1={0} x2="100%" y1={height - AXIS_BOTTOM + 4} y2={height - AXIS_BOTTOM + 4} className="stroke-line-strong/60" />
          {ticks.map((tick, i) => (
            <text
              key={tick}
              x={pct(tick)}
              y={height - 4}
              textAnchor={i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle"}
              className="fill-muted font-mono text-xs"
            >
              {tick}
            </text>
          ))}
        </svg>
      </figure>

      <table className="mt-10 w-full border-collapse text-left text-[0.9375rem] break-inside-avoid">
        <caption id="area-table-caption" className="mb-3 text-left font-medium">
          The same scores with the answers and findings behind them
        </caption>
        <thead>
          <tr className="border-b border-line-strong/60 text-sm text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              Area
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Risk <span className="font-normal">(score of 100)</span>
            </th>
            <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell print:table-cell">
              Questions answered
            </th>
            <th scope="col" className="py-2 pl-3 text-right font-medium">
              Findings
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.id} className="border-b border-line align-top">
              <th scope="row" className="py-3 pr-3 font-medium">
                {area.title}
                <span className="mt-0.5 block text-sm font-normal text-muted sm:hidden print:hidden">{answeredText(area)}</span>
              </th>
              <td className="px-3 py-3 whitespace-nowrap">
                {area.score !== null && area.level ? (
                  <span className="inline-flex items-center gap-2">
                    <RiskBadge level={area.level} variant="plain" />
                    <span className="font-mono">{area.score}</span>
                  </span>
                ) : (
                  <span className="text-muted italic">Not assessed</span>
                )}
              </td>
              <td className="hidden px-3 py-3 text-muted sm:table-cell print:table-cell">{answeredText(area)}</td>
              <td className="py-3 pl-3 text-right font-mono">{area.findingIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function answeredText(area: TReport["areas"][number]): string {
  const responded = area.answered + area.unknown + area.notApplicable;
  const extra = [area.unknown > 0 ? `${area.unknown} “don’t know”` : "", area.notApplicable > 0 ? `${area.notApplicable} not applicable` : ""]
    .filter(Boolean)
    .join(", ");
  return `${responded} of ${plural(area.total, "question")}${extra ? ` (${extra})` : ""}`;
}
