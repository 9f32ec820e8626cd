import { Circle, G, Line, Path, Svg, Text } from "@react-pdf/renderer";

import { RISK_META } from "../../components/ui/risk-levels";
import { formatDelta, type TComparison } from "../milestones/compare-milestones";
import type { TThresholds } from "./format";
import { RiskAxis, RiskShape } from "./chart-parts";
import { FONT } from "./register-fonts";
import { COLOR } from "./theme";

// Each area as a dumbbell on the 0-100 risk scale: a hollow ring where it was, the later level's shape
// (in its colour) where it is now, joined by a line. The level and the numbers are written out beside
// it, so the chart reads in greyscale; the table after it says the same in words.

const LABEL_W = 118;
const VALUE_W = 118;
const TOP = 22;
const ROW = 26;
const BOTTOM = 16;

const sans = [...FONT.sans];
const mono = [...FONT.mono];

export function ComparisonChart({ areas, thresholds, width }: { areas: TComparison["areas"]; thresholds: TThresholds; width: number }) {
  const plotLeft = LABEL_W;
  const plotRight = width - VALUE_W;
  const x = (score: number) => plotLeft + ((plotRight - plotLeft) * score) / 100;
  const plotBottom = TOP + areas.length * ROW;
  const height = plotBottom + BOTTOM;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <RiskAxis x={x} top={TOP} bottom={plotBottom} thresholds={thresholds} />
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
              <RiskShape level={after.level} x={x(after.score) - 5} y={cy - 5} size={10} />
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
      <RiskShape level="high" x={85} y={1} size={10} />
      <Text x={98} y={8.5} fill={COLOR.muted} style={{ fontFamily: sans, fontSize: 7 }}>
        Later milestone (shape and colour of its level)
      </Text>
    </Svg>
  );
}
