import { Circle, G, Line, Path, Svg, Text } from "@react-pdf/renderer";

import { RISK_META, type RiskLevel } from "../../components/ui/risk-levels";
import { formatDelta, type TComparison } from "../milestones/compare-milestones";
import type { TThresholds } from "./format";
import { FONT } from "./register-fonts";
import { COLOR, riskColor } from "./theme";

// Each area as a dumbbell on the 0-100 risk scale: a hollow ring where it was, the later level's shape
// (in its colour) where it is now, joined by a line. The level and the numbers are written out beside
// it, so the chart reads in greyscale; the table after it says the same in words.

const LABEL_W = 118;
const VALUE_W = 118;
const TOP = 22;
const ROW = 26;
const BOTTOM = 16;

const SHAPE: Record<RiskLevel, string> = {
  low: "M8 2.25a5.75 5.75 0 1 0 0 11.5a5.75 5.75 0 1 0 0-11.5Z",
  medium: "M8 1.6 14.8 13.9H1.2Z",
  high: "M8 1.2 14.8 8 8 14.8 1.2 8Z",
  critical: "M5.35 1.5h5.3l3.85 3.85v5.3l-3.85 3.85h-5.3L1.5 10.65v-5.3Z",
};

const sans = [...FONT.sans];
const mono = [...FONT.mono];

export function ComparisonChart({ areas, thresholds, width }: { areas: TComparison["areas"]; thresholds: TThresholds; width: number }) {
  const plotLeft = LABEL_W;
  const plotRight = width - VALUE_W;
  const x = (score: number) => plotLeft + ((plotRight - plotLeft) * score) / 100;
  const plotBottom = TOP + areas.length * ROW;
  const height = plotBottom + BOTTOM;
  const marks = [
    { score: thresholds.medium, label: "Medium" },
    { score: thresholds.high, label: "High" },
    { score: thresholds.critical, label: "Critical" },
  ];
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
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
      {[0, 100].map((tick) => (
        <Text key={tick} x={x(tick)} y={plotBottom + 10} fill={COLOR.muted} textAnchor="middle" style={{ fontFamily: mono, fontSize: 6.5 }}>
          {String(tick)}
        </Text>
      ))}
      {areas.map((area, i) => {
        const top = TOP + i * ROW;
        const cy = top + ROW / 2;
        const baseline = cy + 3;
        const { before, after } = area;
        return (
          <G key={area.id}>
            <Line x1={0} y1={top + ROW} x2={width} y2={top + ROW} stroke={COLOR.line} strokeWidth={0.4} />
            <Text x={0} y={baseline} fill={COLOR.ink} style={{ fontFamily: sans, fontSize: 8.5, fontWeight: 500 }}>
              {area.title}
            </Text>
            {before.score !== null && after.score !== null ? (
              <Line x1={x(before.score)} y1={cy} x2={x(after.score)} y2={cy} stroke={COLOR.muted} strokeWidth={1.5} />
            ) : null}
            {before.score !== null ? <Circle cx={x(before.score)} cy={cy} r={3.6} fill={COLOR.paper} stroke={COLOR.muted} strokeWidth={1.2} /> : null}
            {after.score !== null && after.level ? (
              <G transform={`translate(${x(after.score) - 5}, ${cy - 5}) scale(${10 / 16})`}>
                <Path d={SHAPE[after.level]} fill={riskColor(after.level)} />
                {after.level === "critical" ? <Path d="M7.1 4.1h1.8v5h-1.8Z M7.1 10.4h1.8v1.8h-1.8Z" fill={COLOR.paper} /> : null}
              </G>
            ) : null}
            <Text x={plotRight + 10} y={baseline} fill={COLOR.muted} style={{ fontFamily: mono, fontSize: 8 }}>
              {before.score === null ? "–" : String(before.score)}
            </Text>
            <Path d={`M${plotRight + 26} ${cy}h9 M${plotRight + 32} ${cy - 2.6}l3 2.6-3 2.6`} stroke={COLOR.muted} strokeWidth={0.9} fill="none" />
            <Text x={plotRight + 40} y={baseline} fill={COLOR.ink} style={{ fontFamily: mono, fontSize: 8 }}>
              {after.score === null ? "–" : String(after.score)}
            </Text>
            <Text x={width} y={baseline} fill={COLOR.ink} textAnchor="end" style={{ fontFamily: sans, fontSize: 8, fontWeight: 600 }}>
              {after.level ? `${RISK_META[after.level].label} ${formatDelta(area.delta)}` : "Not assessed"}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}

/** The chart's key: what the ring and the shape mean. */
export function ComparisonChartKey() {
  return (
    <Svg width={300} height={12} viewBox="0 0 300 12">
      <Circle cx={5} cy={6} r={3.6} fill={COLOR.paper} stroke={COLOR.muted} strokeWidth={1.2} />
      <Text x={13} y={8.5} fill={COLOR.muted} style={{ fontFamily: sans, fontSize: 7 }}>
        Earlier milestone
      </Text>
      <G transform="translate(85, 1) scale(0.625)">
        <Path d={SHAPE.high} fill={riskColor("high")} />
      </G>
      <Text x={98} y={8.5} fill={COLOR.muted} style={{ fontFamily: sans, fontSize: 7 }}>
        Later milestone (shape and colour of its level)
      </Text>
    </Svg>
  );
}
