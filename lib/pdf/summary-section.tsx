import { Text, View } from "@react-pdf/renderer";

import type { TReport } from "../scoring/report-schema";
import { bySeverity, levelWord, parseRationale, plural, respondedCount, type TFindingRefs } from "./format";
import { ConfidenceMeter, Dash, Eyebrow, FindingRef, RiskBadge, Section } from "./primitives";
import { COLOR, s, SIZE } from "./theme";

const BOX = { borderTopWidth: 0.75, borderTopColor: COLOR.ink, paddingTop: 10 } as const;

/** One spread a board member can read alone: how bad, what to do, what matters most, how sure. */
export function SummarySection({ report, refs }: { report: TReport; refs: TFindingRefs }) {
  const { overall, recommendation, coverage, urgency } = report;
  const top = bySeverity(report.findings).slice(0, 3);
  const areaTitle = new Map(report.areas.map((a) => [a.id, a.title]));
  const rationale = recommendation.rationale.filter((line) => !parseRationale(line)).slice(0, 3);
  const responded = respondedCount(coverage);
  const share = coverage.total > 0 ? responded / coverage.total : 0;

  return (
    <Section number="01" title="Executive summary" id="summary" breakBefore={false}>
      <View style={{ flexDirection: "row" }}>
        <View style={[BOX, { width: "40%", marginRight: 18 }]}>
          <Eyebrow>Overall risk</Eyebrow>
          {overall.score !== null && overall.level ? (
            <>
              <View style={{ flexDirection: "row", alignItems: "flex-end", marginTop: 8 }}>
                <Text style={[s.mono, { fontSize: 34, lineHeight: 1, fontWeight: 500 }]}>{overall.score}</Text>
                <Text style={[s.mono, { fontSize: 11, color: COLOR.muted, marginLeft: 2, marginBottom: 3 }]}>/100</Text>
                <View style={{ marginLeft: 12, marginBottom: 2 }}>
                  <RiskBadge level={overall.level} label={`${levelWord(overall.level)} risk`} soft />
                </View>
              </View>
              <Text style={{ marginTop: 10, fontWeight: 600 }}>{overall.score} of 100: higher means more risk.</Text>
            </>
          ) : (
            <Text style={[s.heading, { marginTop: 8 }]}>Not assessed yet</Text>
          )}
          <Text style={[s.muted, { marginTop: 4 }]}>{overall.summary}</Text>
        </View>

        <View style={[BOX, { flex: 1 }]}>
          <Eyebrow>Recommended path</Eyebrow>
          <Text style={[s.serif, { fontWeight: 600, fontSize: 18, lineHeight: 1.15, marginTop: 7 }]}>{recommendation.title}</Text>
          <View style={{ marginTop: 7 }}>
            <ConfidenceMeter confidence={recommendation.confidence} />
          </View>
          <View style={{ marginTop: 5 }}>
            {rationale.map((line, i) => (
              <Dash key={i}>{line}</Dash>
            ))}
          </View>
        </View>
      </View>

      <View style={[BOX, { marginTop: 22 }]}>
        <Eyebrow>{top.length === 0 ? "Findings" : top.length === 1 ? "The finding that matters most" : `The ${top.length} findings that matter most`}</Eyebrow>
        {top.length === 0 ? (
          <Text style={[s.muted, { marginTop: 6 }]}>No findings: nothing in the answers raised one.</Text>
        ) : (
          <View style={{ flexDirection: "row", marginTop: 8 }}>
            {top.map((finding, i) => (
              <View key={finding.id} style={{ flex: 1, marginLeft: i === 0 ? 0 : 14, paddingTop: 7, borderTopWidth: 1.5, borderTopColor: COLOR.line }}>
                <View style={{ flexDirection: "row", alignItems: "center" }}>
                  <Text style={[s.mono, { fontSize: SIZE.small, marginRight: 6 }]}>
                    <FindingRef findingId={finding.id} refs={refs} />
                  </Text>
                  <RiskBadge level={finding.severity} size="sm" />
                </View>
                <Text style={[s.serif, { fontWeight: 600, fontSize: 11, lineHeight: 1.25, marginTop: 5 }]}>{finding.title}</Text>
                <Text style={[s.small, s.muted, { marginTop: 3 }]}>{areaTitle.get(finding.area)}</Text>
              </View>
            ))}
          </View>
        )}
        {report.findings.length > top.length ? (
          <Text style={[s.small, s.muted, { marginTop: 8 }]}>
            {plural(report.findings.length - top.length, "more finding")} in section 04, ordered by severity.
          </Text>
        ) : null}
      </View>

      <View style={{ flexDirection: "row", marginTop: 22 }} wrap={false}>
        <View style={[BOX, { flex: 1, marginRight: 18 }]}>
          <Eyebrow>Coverage</Eyebrow>
          <Text style={{ marginTop: 6 }}>
            <Text style={[s.mono, { fontSize: 15 }]}>{responded}</Text>
            <Text style={s.muted}> of {coverage.total}</Text> questions answered
          </Text>
          <View style={{ height: 4, marginTop: 6, backgroundColor: COLOR.sunken, borderWidth: 0.5, borderColor: COLOR.line }}>
            <View style={{ height: "100%", width: `${Math.round(share * 100)}%`, backgroundColor: COLOR.accent }} />
          </View>
          <Text style={[s.small, s.muted, { marginTop: 6 }]}>
            {coverage.unknown} “don’t know” (each counted as a risk of its own), {coverage.notApplicable} not applicable,{" "}
            {coverage.unanswered} not answered.
          </Text>
        </View>
        <View style={[BOX, { flex: 1 }]}>
          <Eyebrow>Urgency</Eyebrow>
          {urgency.score !== null && urgency.level ? (
            <>
              <View style={{ flexDirection: "row", alignItems: "center", marginTop: 7 }}>
                <RiskBadge level={urgency.level} label={`${levelWord(urgency.level)} urgency`} soft />
                <Text style={{ flex: 1, marginLeft: 8 }}>
                  <Text style={s.mono}>{urgency.score}</Text> of 100: higher is more pressing
                </Text>
              </View>
              {urgency.meaning ? <Text style={{ marginTop: 6, fontWeight: 600 }}>{urgency.meaning}</Text> : null}
              <Text style={[s.small, s.muted, { marginTop: 3 }]}>From how delivery speed, incidents and the pressure to rewrite are trending.</Text>
            </>
          ) : (
            <Text style={[s.muted, { marginTop: 6 }]}>{urgency.summary}</Text>
          )}
        </View>
      </View>
    </Section>
  );
}
