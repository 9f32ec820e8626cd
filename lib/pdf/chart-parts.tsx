import { G, Line, Path, Text } from "@react-pdf/renderer";

import type { RiskLevel } from "../../components/ui/risk-levels";
import type { TThresholds } from "./format";
import { FONT } from "./register-fonts";
import { COLOR, riskColor } from "./theme";

// What the PDF's charts share: the shapes that go with the risk levels (the same as on screen,
// components/ui/risk-badge.tsx) and the 0-100 axis with a dashed line where each level begins.

/** Each level's shape in a 16×16 box: circle, triangle, diamond, octagon. */
export const RISK_SHAPE_PATH: Record<RiskLevel, string> = {
  low: "M8 2.25a5.75 5.75 0 1 0 0 11.5a5.75 5.75 0 1 0 0-11.5Z",
  medium: "M8 1.6 14.8 13.9H1.2Z",
  high: "M8 1.2 14.8 8 8 14.8 1.2 8Z",
  critical: "M5.35 1.5h5.3l3.85 3.85v5.3l-3.85 3.85h-5.3L1.5 10.65v-5.3Z",
};

/** The "!" knocked out of critical's octagon. */
export const CRITICAL_MARK_PATH = "M7.1 4.1h1.8v5h-1.8Z M7.1 10.4h1.8v1.8h-1.8Z";

/** A level's shape in its colour inside an SVG, its 16-unit box scaled to `size` at (x, y). */
export function RiskShape({ level, x, y, size }: { level: RiskLevel; x: number; y: number; size: number }) {
  return (
    <G transform={`translate(${x}, ${y}) scale(${size / 16})`}>
      <Path d={RISK_SHAPE_PATH[level]} fill={riskColor(level)} />
      {level === "critical" ? <Path d={CRITICAL_MARK_PATH} fill={COLOR.paper} /> : null}
    </G>
  );
}

const sans = [...FONT.sans];
const mono = [...FONT.mono];

/** The 0-100 axis of a risk chart: its ends, a labelled dashed line where each level begins, and 0 and 100 below. */
export function RiskAxis({ x, top, bottom, thresholds }: { x: (score: number) => number; top: number; bottom: number; thresholds: TThresholds }) {
  const marks = [
    { score: thresholds.medium, label: "Medium" },
    { score: thresholds.high, label: "High" },
    { score: thresholds.critical, label: "Critical" },
  ];
  return (
    <G>
      <Line x1={x(0)} y1={top - 4} x2={x(0)} y2={bottom} stroke={COLOR.faint} strokeWidth={0.75} />
      <Line x1={x(100)} y1={top - 4} x2={x(100)} y2={bottom} stroke={COLOR.line} strokeWidth={0.6} />
      {marks.map((mark) => (
        <G key={mark.label}>
          <Line x1={x(mark.score)} y1={top - 4} x2={x(mark.score)} y2={bottom} stroke={COLOR.faint} strokeWidth={0.6} strokeDasharray="2 2" />
          <Text x={x(mark.score) + 3} y={top - 7} fill={COLOR.muted} style={{ fontFamily: sans, fontSize: 6.5 }}>
            {`${mark.label} from ${mark.score}`}
          </Text>
        </G>
      ))}
      {[0, 100].map((tick) => (
        <Text key={tick} x={x(tick)} y={bottom + 10} fill={COLOR.muted} textAnchor="middle" style={{ fontFamily: mono, fontSize: 6.5 }}>
          {String(tick)}
        </Text>
      ))}
    </G>
  );
}
