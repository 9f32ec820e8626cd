import { G, Line, Rect, Svg, Text } from "@react-pdf/renderer";

import { RISK_META } from "../../components/ui/risk-levels";
import type { TReport } from "../scoring/report-schema";
import type { TThresholds } from "./format";
import { RiskAxis, RiskShape } from "./chart-parts";
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

const sans = [...FONT.sans];
const mono = [...FONT.mono];

export function AreaChart({ areas, thresholds, width }: { areas: TReport["areas"]; thresholds: TThresholds; width: number }) {
  const plotLeft = LABEL_W;
  const plotRight = width - VALUE_W;
  const x = (score: number) => plotLeft + ((plotRight - plotLeft) * score) / 100;
  const height = TOP + areas.length * ROW + BOTTOM;
  const plotBottom = TOP + areas.length * ROW;

  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {/* Axis: 0 and 100, and a dashed line where each level begins, labelled above the plot. */}
      <RiskAxis x={x} top={TOP} bottom={plotBottom} thresholds={thresholds} />

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
                <RiskShape level={area.level} x={plotRight + 10} y={barY + 1.5} size={BAR_H - 3} />
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
