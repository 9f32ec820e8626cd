import { G, Line, Path, Rect, Svg, Text } from "@react-pdf/renderer";

import { RISK_META, type RiskLevel } from "../../components/ui/risk-levels";
import type { TReport } from "../scoring/report-schema";
import type { TThresholds } from "./format";
import { FONT } from "./register-fonts";
import { COLOR, riskColor } from "./theme";

// The six areas as horizontal bars on the 0-100 risk scale, drawn as vector graphics (text stays text).
// Dashed lines mark where each level begins; each bar has its level's colour, and its level in words
// with the level's shape and its score in a column of their own, so colour is never the only signal.

const LABEL_W = 112;
const VALUE_W = 84;
const TOP = 20;
const ROW = 28;
const BAR_H = 12;
const BOTTOM = 16;

const SHAPE: Record<RiskLevel, string> = {
  low: "M8 2.25a5.75 5.75 0 1 0 0 11.5a5.75 5.75 0 1 0 0-11.5Z",
  medium: "M8 1.6 14.8 13.9H1.2Z",
  high: "M8 1.2 14.8 8 8 14.8 1.2 8Z",
  critical: "M5.35 1.5h5.3l3.85 3.85v5.3l-3.85 3.85h-5.3L1.5 10.65v-5.3Z",
};

const sans = [...FONT.sans];
const mono = [...FONT.mono];

export function AreaChart({ areas, thresholds, width }: { areas: TReport["areas"]; thresholds: TThresholds; width: number }) {
  const plotLeft = LABEL_W;
  const plotRight = width - VALUE_W;
  const x = (score: number) => plotLeft + ((plotRight - plotLeft) * score) / 100;
  const height = TOP + areas.length * ROW + BOTTOM;
  const plotBottom = TOP + areas.length * ROW;
  const marks: { score: number; label: string }[] = [
    { score: thresholds.medium, label: "Medium" },
    { score: thresholds.high, label: "High" },
    { score: thresholds.critical, label: "Critical" },
  ];

  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {/* Axis: 0 and 100, and a dashed line where each level begins, labelled above the plot. */}
      <Line x1={x(0)} y1={TOP - 4} x2={x(0)} y2={plotBottom} stroke={COLOR.faint} strokeWidth={0.75} />
      <Line x1={x(100)} y1={TOP - 4} x2={x(100)} y2={plotBottom} stroke={COLOR.line} strokeWidth={0.6} />
      {marks.map((mark) => (
        <G key={mark.label}>
          <Line x1={x(mark.score)} y1={TOP - 4} x2={x(mark.score)} y2={plotBottom} stroke={COLOR.faint} strokeWidth={0.6} strokeDasharray="2 2" />
          <Text x={x(mark.score) + 3} y={TOP - 7} fill={COLOR.muted} style={{ fontFamily: sans, fontSize: 6.5 }}>
            {`${mark.label} from ${mark.score}`}
          </Text>
        </G>
      ))}
      <Text x={x(0)} y={plotBottom + 10} fill={COLOR.muted} textAnchor="middle" style={{ fontFamily: mono, fontSize: 6.5 }}>
        0
      </Text>
      <Text x={x(100)} y={plotBottom + 10} fill={COLOR.muted} textAnchor="middle" style={{ fontFamily: mono, fontSize: 6.5 }}>
        100
      </Text>

      {areas.map((area, i) => {
        const top = TOP + i * ROW;
        const barY = top + (ROW - BAR_H) / 2;
        const baseline = top + ROW / 2 + 3;
        return (
          <G key={area.id}>
            <Line x1={0} y1={top + ROW} x2={width} y2={top + ROW} stroke={COLOR.line} strokeWidth={0.4} />
            <Text x={0} y={baseline} fill={COLOR.ink} style={{ fontFamily: sans, fontSize: 8.5, fontWeight: 500 }}>
              {area.title}
            </Text>
            {area.score !== null && area.level ? (
              <>
                <Rect x={x(0)} y={barY} width={Math.max(1.5, x(area.score) - x(0))} height={BAR_H} fill={riskColor(area.level)} />
                <G transform={`translate(${plotRight + 10}, ${barY + 1.5}) scale(${(BAR_H - 3) / 16})`}>
                  <Path d={SHAPE[area.level]} fill={riskColor(area.level)} />
                  {area.level === "critical" ? <Path d="M7.1 4.1h1.8v5h-1.8Z M7.1 10.4h1.8v1.8h-1.8Z" fill={COLOR.paper} /> : null}
                </G>
                <Text x={plotRight + 23} y={baseline} fill={COLOR.ink} style={{ fontFamily: sans, fontSize: 8.5, fontWeight: 600 }}>
                  {RISK_META[area.level].label}
                </Text>
                <Text x={width} y={baseline} fill={COLOR.ink} textAnchor="end" style={{ fontFamily: mono, fontSize: 8.5 }}>
                  {String(area.score)}
                </Text>
              </>
            ) : (
              <>
                <Rect x={x(0)} y={barY} width={x(100) - x(0)} height={BAR_H} fill="none" stroke={COLOR.faint} strokeWidth={0.6} strokeDasharray="2 2" />
                <Text x={plotRight + 10} y={baseline} fill={COLOR.muted} style={{ fontFamily: sans, fontSize: 8 }}>
                  Not assessed
                </Text>
              </>
            )}
          </G>
        );
      })}
    </Svg>
  );
}
