import type { ReactNode } from "react";
import { Document, Page, Path, Svg, Text, View } from "@react-pdf/renderer";

import { RISK_META } from "../../components/ui/risk-levels";
import { DIRECTION_LABEL, formatDelta, type TChange, type TComparedFinding, type TComparison, type TMilestoneRef, type TSeverityChange } from "../milestones/compare-milestones";
import { ComparisonChart, ComparisonChartKey } from "./comparison-chart";
import { formatDate, plural, type TThresholds } from "./format";
import { Eyebrow, RiskBadge, Section } from "./primitives";
import { COLOR, MARGIN, s, SIZE } from "./theme";

export type TComparisonPaper = "A4" | "LETTER";

const PAPER: Record<TComparisonPaper, { width: number; height: number }> = { A4: { width: 595.28, height: 841.89 }, LETTER: { width: 612, height: 792 } };

export type TComparisonDocumentProps = {
  comparison: TComparison;
  /** The review the comparison is printed for (its latest title and organisation). */
  review: { title: string; organization: string | null };
  thresholds: TThresholds;
  paper: TComparisonPaper;
};

/** "→" drawn, as the bundled fonts have no arrow glyph. */
function Arrow({ size = 9, margin = 6 }: { size?: number; margin?: number }) {
  return (
    <Svg viewBox="0 0 12 8" width={size} height={(size * 8) / 12} style={{ marginHorizontal: margin }}>
      <Path d="M0.5 4H11 M7.5 0.8 11 4 7.5 7.2" stroke={COLOR.muted} strokeWidth={1.1} fill="none" />
    </Svg>
  );
}

const small = { fontSize: SIZE.small - 0.5, color: COLOR.muted } as const;
const BOX = { borderTopWidth: 0.75, borderTopColor: COLOR.ink, paddingTop: 10 } as const;

function Frame({ title, pageHeight }: { title: string; pageHeight: number }) {
  return (
    <>
      <View fixed style={{ position: "absolute", top: MARGIN.band, left: MARGIN.side, right: MARGIN.side, flexDirection: "row", paddingBottom: 5, borderBottomWidth: 0.6, borderBottomColor: COLOR.line }}>
        <Text style={[small, { flex: 1, paddingRight: 16, maxLines: 1, textOverflow: "ellipsis" }]}>{title}</Text>
        <Text style={[s.eyebrow, { fontSize: 6.25 }]}>Milestone comparison</Text>
      </View>
      <View fixed style={{ position: "absolute", top: pageHeight - MARGIN.band - 8, left: MARGIN.side, right: MARGIN.side, flexDirection: "row", justifyContent: "space-between" }}>
        <Text style={small}>Prepared with Faultline</Text>
        <Text style={[small, s.mono]} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

function MilestoneLine({ role, milestone }: { role: string; milestone: TMilestoneRef }) {
  return (
    <View style={{ flex: 1 }}>
      <Eyebrow>{role}</Eyebrow>
      <Text style={[s.heading, { marginTop: 4 }]}>{milestone.label}</Text>
      <Text style={[s.small, s.muted, { marginTop: 2 }]}>
        {`Milestone ${milestone.number}, published ${formatDate(milestone.createdAt)} · ${milestone.reviewTitle}`}
      </Text>
    </View>
  );
}

function Level({ scored, suffix = "" }: { scored: TChange["before"]; suffix?: string }) {
  if (scored.score === null || !scored.level) return <Text style={s.muted}>Not assessed</Text>;
  return (
    <View style={{ flexDirection: "row", alignItems: "center" }}>
      <Text style={[s.mono, { fontSize: 20, lineHeight: 1, marginRight: 6 }]}>{scored.score}</Text>
      <RiskBadge level={scored.level} label={`${RISK_META[scored.level].label}${suffix}`} soft />
    </View>
  );
}

function Overall({ comparison }: { comparison: TComparison }) {
  const { overall, recommendation } = comparison;
  return (
    <View style={{ flexDirection: "row", marginTop: 22 }}>
      <View style={[BOX, { width: "48%", marginRight: 18 }]} wrap={false}>
        <Eyebrow>Overall risk</Eyebrow>
        <View style={{ flexDirection: "row", alignItems: "center", marginTop: 8 }}>
          <Level scored={overall.before} />
          <Arrow size={12} margin={8} />
          <Level scored={overall.after} />
        </View>
        <Text style={{ marginTop: 8, fontWeight: 600 }}>{`${DIRECTION_LABEL[overall.direction]} (${formatDelta(overall.delta)} points)`}</Text>
      </View>
      <View style={[BOX, { flex: 1 }]} wrap={false}>
        <Eyebrow>Recommended path</Eyebrow>
        <Text style={[s.serif, { fontWeight: 600, fontSize: 14, lineHeight: 1.2, marginTop: 7 }]}>{recommendation.after.title}</Text>
        <Text style={[s.muted, { marginTop: 4 }]}>
          {recommendation.changed ? `Changed from ${recommendation.before.title}.` : "Unchanged since the earlier milestone."}
          {` Confidence: ${recommendation.before.confidence}, now ${recommendation.after.confidence}.`}
        </Text>
      </View>
    </View>
  );
}

function Cell({ children, width, align = "left", bold = false }: { children: ReactNode; width: string; align?: "left" | "right"; bold?: boolean }) {
  return <Text style={{ width, textAlign: align, fontWeight: bold ? 600 : 400, paddingRight: 6 }}>{children}</Text>;
}

function AreaTable({ areas }: { areas: TComparison["areas"] }) {
  const level = (scored: TChange["before"]) => (scored.level && scored.score !== null ? `${RISK_META[scored.level].label} ${scored.score}` : "Not assessed");
  return (
    <View style={{ marginTop: 14 }}>
      <View style={[s.row, s.rule, { paddingBottom: 4 }]} wrap={false}>
        {["Area", "Before", "After", "Change", ""].map((head, i) => (
          <Text key={i} style={[s.eyebrow, { width: ["30%", "18%", "18%", "12%", "22%"][i], textAlign: i === 3 ? "right" : "left", paddingRight: 6 }]}>
            {head}
          </Text>
        ))}
      </View>
      {areas.map((area) => (
        <View key={area.id} style={[s.row, s.rule, { paddingVertical: 4 }]} wrap={false}>
          <Cell width="30%" bold>{area.title}</Cell>
          <Cell width="18%">{level(area.before)}</Cell>
          <Cell width="18%">{level(area.after)}</Cell>
          <Cell width="12%" align="right">{formatDelta(area.delta)}</Cell>
          <Cell width="22%">{DIRECTION_LABEL[area.direction]}</Cell>
        </View>
      ))}
    </View>
  );
}

function FindingGroup({ title, blurb, findings, areaTitle }: { title: string; blurb: string; findings: (TComparedFinding | TSeverityChange)[]; areaTitle: Map<string, string> }) {
  const head = (
    <View style={{ marginTop: 16 }}>
      <Text style={s.heading}>{`${title} (${findings.length})`}</Text>
      <Text style={[s.small, s.muted, { marginTop: 2 }]}>{blurb}</Text>
    </View>
  );
  if (findings.length === 0) {
    return (
      <View wrap={false}>
        {head}
        <Text style={[s.muted, { marginTop: 5 }]}>None.</Text>
      </View>
    );
  }
  return (
    <View>
      {findings.map((finding, i) => (
        <View key={finding.id} wrap={false}>
          {i === 0 ? head : null}
          <View style={[s.row, s.rule, { paddingVertical: 5, alignItems: "center" }]}>
            <View style={{ width: 118, flexDirection: "row", alignItems: "center" }}>
              {"before" in finding ? (
                <>
                  <RiskBadge level={finding.before} size="sm" />
                  <Arrow size={8} margin={4} />
                  <RiskBadge level={finding.after} size="sm" />
                </>
              ) : (
                <RiskBadge level={finding.severity} size="sm" />
              )}
            </View>
            <View style={{ flex: 1 }}>
              <Text style={{ fontWeight: 600 }}>{finding.title}</Text>
              <Text style={[s.small, s.muted]}>{areaTitle.get(finding.area) ?? finding.area}</Text>
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}

function AnswerChanges({ answers }: { answers: TComparison["answers"] }) {
  if (answers.length === 0) return <Text style={s.muted}>No answer changed between the two milestones.</Text>;
  return (
    <View>
      {answers.map((change) => (
        <View key={change.questionId} style={[s.rule, { paddingVertical: 6 }]} wrap={false}>
          <Text style={[s.small, s.muted]}>{change.section}</Text>
          <Text style={{ fontWeight: 600, marginTop: 1 }}>{change.prompt}</Text>
          <View style={[s.row, { marginTop: 3 }]}>
            <View style={{ width: "50%", paddingRight: 10 }}>
              <Eyebrow>Before</Eyebrow>
              <Text style={{ marginTop: 1 }}>{change.before}</Text>
            </View>
            <View style={{ width: "50%" }}>
              <Eyebrow>After</Eyebrow>
              <Text style={{ marginTop: 1 }}>{change.after}</Text>
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}

/** The comparison of two milestones as a PDF: what moved overall, by area, in findings and in answers. */
export function ComparisonDocument({ comparison, review, thresholds, paper }: TComparisonDocumentProps) {
  const size = PAPER[paper];
  const contentWidth = Math.floor(size.width - 2 * MARGIN.side);
  const areaTitle = new Map(comparison.areas.map((area) => [area.id, area.title]));
  const { findings } = comparison;
  const date = new Date(comparison.to.createdAt);
  const running = review.organization ? `${review.title}  ·  ${review.organization}` : review.title;
  return (
    <Document
      title={`${review.title}: milestone comparison`}
      author={review.organization ?? undefined}
      subject={`${comparison.from.label} compared with ${comparison.to.label}`}
      creator="Faultline"
      producer="Faultline"
      language="en-GB"
      creationDate={date}
      modificationDate={date}
      pageMode="useOutlines"
    >
      <Page size={paper} style={s.page} wrap experimentalPagination>
        <Frame title={running} pageHeight={size.height} />
        <View wrap={false}>
          <Eyebrow color={COLOR.accent}>Architecture review · Milestone comparison</Eyebrow>
          <Text style={[s.serif, { fontWeight: 600, fontSize: 24, lineHeight: 1.15, marginTop: 8 }]}>{review.title}</Text>
          {review.organization ? <Text style={[s.muted, { fontSize: SIZE.lead, marginTop: 4 }]}>{`Prepared for ${review.organization}`}</Text> : null}
          <View style={[s.row, { marginTop: 18, borderTopWidth: 0.6, borderTopColor: COLOR.line, paddingTop: 10 }]}>
            <MilestoneLine role="Before" milestone={comparison.from} />
            <View style={{ marginTop: 18 }}>
              <Arrow size={14} margin={12} />
            </View>
            <MilestoneLine role="After" milestone={comparison.to} />
          </View>
        </View>
        <Overall comparison={comparison} />
        <View style={{ marginTop: 12 }}>
          <Text style={s.muted}>
            {[
              `${plural(findings.new.length, "new finding")}`,
              `${findings.resolved.length} resolved`,
              `${findings.severityChanged.length} with another severity`,
              `${findings.unchanged.length} unchanged`,
              `${plural(comparison.answers.length, "answer")} changed`,
            ].join(" · ")}
          </Text>
        </View>

        <View style={{ height: 26 }} />
        <Section number="01" title="Risk by area" id="areas" breakBefore={false} intro="Each area's score, from 0 to 100 (higher means more risk), at both milestones.">
          <View wrap={false}>
            <ComparisonChartKey />
            <View style={{ marginTop: 6 }}>
              <ComparisonChart areas={comparison.areas} thresholds={thresholds} width={contentWidth} />
            </View>
          </View>
          <AreaTable areas={comparison.areas} />
        </Section>

        <Section number="02" title="Findings" id="findings" intro="Findings are matched by what they are about, not by their number in either report.">
          <FindingGroup title="New" blurb="Raised at the later milestone, not at the earlier one." findings={findings.new} areaTitle={areaTitle} />
          <FindingGroup title="Resolved" blurb="Raised at the earlier milestone, no longer raised." findings={findings.resolved} areaTitle={areaTitle} />
          <FindingGroup title="Severity changed" blurb="Raised at both, with a different severity (earlier, then later)." findings={findings.severityChanged} areaTitle={areaTitle} />
          <FindingGroup title="Unchanged" blurb="Raised at both with the same severity." findings={findings.unchanged} areaTitle={areaTitle} />
        </Section>

        <Section number="03" title="Answers that changed" id="answers" intro="Every answer worded differently at the two milestones; notes are not compared.">
          <AnswerChanges answers={comparison.answers} />
        </Section>
      </Page>
    </Document>
  );
}
