import { Text, View } from "@react-pdf/renderer";

import type { TReport } from "../scoring/report-schema";
import { AreaChart } from "./area-chart";
import { levelThresholds } from "./format";
import { RiskBadge, Section } from "./primitives";
import { COLOR, s, SIZE } from "./theme";

const COLS = [
  { label: "Area", width: "30%" },
  { label: "Level", width: "17%" },
  { label: "Score", width: "11%", right: true },
  { label: "Answered", width: "15%", right: true },
  { label: "Don’t know", width: "14%", right: true },
  { label: "Findings", width: "13%", right: true },
] as const;

/** The six areas: the chart, then the numbers behind each bar, then what the numbers mean. */
export function AreasSection({ report, contentWidth }: { report: TReport; contentWidth: number }) {
  const thresholds = levelThresholds(report.legend.levels);
  return (
    <Section
      number="02"
      title="Risk by area"
      id="areas"
      intro="Each area's risk score runs from 0 to 100; higher means more risk. Dashed lines mark where each level begins."
    >
      <View wrap={false}>
        <AreaChart areas={report.areas} thresholds={thresholds} width={contentWidth} />
      </View>

      <View style={{ marginTop: 24 }} wrap={false}>
        <View style={[s.row, { borderBottomWidth: 0.75, borderBottomColor: COLOR.ink, paddingBottom: 4 }]}>
          {COLS.map((col) => (
            <Text key={col.label} style={[s.eyebrow, { width: col.width, textAlign: "right" in col ? "right" : "left" }]}>
              {col.label}
            </Text>
          ))}
        </View>
        {report.areas.map((area) => (
          <View key={area.id} style={[s.row, { alignItems: "center", paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: COLOR.line }]}>
            <Text style={{ width: COLS[0].width, fontWeight: 500 }}>{area.title}</Text>
            <View style={{ width: COLS[1].width }}>
              {area.level ? <RiskBadge level={area.level} size="sm" /> : <Text style={s.muted}>Not assessed</Text>}
            </View>
            <Text style={[s.mono, { width: COLS[2].width, textAlign: "right" }]}>{area.score ?? "–"}</Text>
            <Text style={[s.mono, { width: COLS[3].width, textAlign: "right" }]}>
              {`${area.answered + area.unknown}/${area.total}`}
            </Text>
            <Text style={[s.mono, { width: COLS[4].width, textAlign: "right" }]}>{area.unknown}</Text>
            <Text style={[s.mono, { width: COLS[5].width, textAlign: "right" }]}>{area.findingIds.length}</Text>
          </View>
        ))}
      </View>

      <View style={{ marginTop: 18, flexDirection: "row" }}>
        <Text style={[s.eyebrow, { width: 90, paddingTop: 1.5 }]}>How to read it</Text>
        <View style={{ flex: 1 }}>
          <Text style={[s.muted, { fontSize: SIZE.small + 0.5 }]}>{report.legend.score}</Text>
          <Text style={[s.muted, { fontSize: SIZE.small + 0.5, marginTop: 4 }]}>{report.legend.levels}</Text>
          <Text style={[s.muted, { fontSize: SIZE.small + 0.5, marginTop: 4 }]}>
            “Answered” counts every question with an answer, “don’t know” included: not knowing is an answer, and a risk.
          </Text>
        </View>
      </View>
    </Section>
  );
}
