import { Path, Svg, Text, View } from "@react-pdf/renderer";

import type { TReportView } from "../reports/get-report";
import { breakProps, lineHeightFor } from "./cover-text";
import { formatDate, levelWord } from "./format";
import { ConfidenceMeter, Eyebrow, RiskBadge } from "./primitives";
import { COLOR, s, SIZE } from "./theme";

/** Faultline's mark (components/site/wordmark.tsx): three strata, the right block slipped by a fault. */
export function FaultlineMark({ size = 16 }: { size?: number }) {
  return (
    <Svg viewBox="0 0 24 24" width={size} height={size}>
      <Path d="M4 2.5H14L13 6.5H4ZM4 8.5H12.5L11.5 12.5H4ZM4 14.5H11L10 18.5H4Z" fill={COLOR.ink} />
      <Path d="M14.75 5.5H20V9.5H13.75ZM13.25 11.5H20V15.5H12.25ZM11.75 17.5H20V21.5H10.75Z" fill={COLOR.accent} />
    </Svg>
  );
}

/** Which published milestone a PDF is (lib/milestones/milestone-pdf.ts); `publishedAt` is ISO. */
export type TCoverMilestone = { number: number; label: string; publishedAt: string };

/**
 * "Milestone 2 — After the queue work, published 27 November 2026". A label that already starts with
 * "Milestone 2" (the default one is "Milestone 2 — <date>") is not prefixed again, and the default's
 * date is not said twice.
 */
export function milestoneLine(milestone: TCoverMilestone): string {
  const published = `published ${formatDate(milestone.publishedAt)}`;
  const prefix = `Milestone ${milestone.number}`;
  const label = milestone.label.trim();
  if (label === `${prefix} — ${formatDate(milestone.publishedAt)}`) return `${prefix}, ${published}`;
  if (new RegExp(`^${prefix}(?!\\d)`, "i").test(label)) return `${label}, ${published}`;
  return `${prefix} — ${label}, ${published}`;
}

/**
 * The title page, with restraint: what it is, for whom, when; then the two answers a reader wants
 * first (how bad, what to do) and the facts that place the document.
 */
export function CoverPage({ view, milestone }: { view: TReportView; milestone?: TCoverMilestone }) {
  const { assessment, report } = view;
  const { overall, recommendation } = report;
  const meta = [
    { term: "Date", detail: formatDate(assessment.updatedAt) },
    { term: "Status", detail: assessment.status === "published" ? "Final" : "Draft" },
    { term: "Questionnaire", detail: `${report.questionnaire.title}, v${report.questionnaire.version}` },
    { term: "Reference", detail: assessment.id.slice(0, 8).toUpperCase() },
  ];
  return (
    <View style={{ flexGrow: 1, justifyContent: "space-between" }}>
      <View style={{ flexDirection: "row", alignItems: "center" }}>
        <FaultlineMark size={15} />
        <Text style={[s.serif, { fontWeight: 600, fontSize: 12, marginLeft: 6 }]}>Faultline</Text>
      </View>

      <View>
        <View style={{ width: 36, height: 2, backgroundColor: COLOR.accent, marginBottom: 14 }} />
        <Eyebrow color={COLOR.accent}>Architecture review · Risk report</Eyebrow>
        <Text {...breakProps(assessment.title)} style={[s.serif, { fontWeight: 600, fontSize: titleSize(assessment.title), lineHeight: lineHeightFor(assessment.title, 1.1), marginTop: 12, maxWidth: 440 }]}>
          {assessment.title}
        </Text>
        {assessment.organization ? (
          <Text {...breakProps(assessment.organization)} style={[s.serif, { fontSize: 14, lineHeight: lineHeightFor(assessment.organization, 1.35), color: COLOR.muted, marginTop: 10, maxWidth: 440 }]}>
            Prepared for {assessment.organization}
          </Text>
        ) : null}
        {milestone ? (
          <View style={{ flexDirection: "row", marginTop: 14, maxWidth: 440 }}>
            <View style={{ width: 2, backgroundColor: COLOR.accent, marginRight: 8 }} />
            <Text {...breakProps(milestone.label)} style={{ flex: 1, fontWeight: 600, fontSize: SIZE.lead, lineHeight: lineHeightFor(milestone.label, 1.35) }}>
              {milestoneLine(milestone)}
            </Text>
          </View>
        ) : null}

        <View style={{ flexDirection: "row", marginTop: 40, borderTopWidth: 0.75, borderTopColor: COLOR.ink }}>
          <View style={{ width: "42%", paddingTop: 12, paddingRight: 16 }}>
            <Eyebrow>Overall risk</Eyebrow>
            {overall.level && overall.score !== null ? (
              <>
                <View style={{ flexDirection: "row", alignItems: "flex-end", marginTop: 8 }}>
                  <Text style={[s.mono, { fontSize: 26, lineHeight: 1, fontWeight: 500 }]}>{overall.score}</Text>
                  <Text style={[s.mono, { fontSize: 10, color: COLOR.muted, marginLeft: 2, marginBottom: 2 }]}>/100</Text>
                </View>
                <View style={{ marginTop: 8 }}>
                  <RiskBadge level={overall.level} label={`${levelWord(overall.level)} risk`} soft />
                </View>
                <Text style={[s.small, s.muted, { marginTop: 6 }]}>0 to 100; higher means more risk.</Text>
              </>
            ) : (
              <Text style={[s.heading, { marginTop: 8 }]}>Not assessed yet</Text>
            )}
          </View>
          <View style={{ flex: 1, paddingTop: 12, paddingLeft: 16, borderLeftWidth: 0.6, borderLeftColor: COLOR.line }}>
            <Eyebrow>Recommended path</Eyebrow>
            <Text style={[s.serif, { fontWeight: 600, fontSize: 20, lineHeight: 1.15, marginTop: 8 }]}>{recommendation.title}</Text>
            <View style={{ marginTop: 10 }}>
              <ConfidenceMeter confidence={recommendation.confidence} />
            </View>
            <Text style={[s.small, s.muted, { marginTop: 6 }]}>Out of four paths: full rewrite, add infrastructure, targeted refactor, system audit.</Text>
          </View>
        </View>
      </View>

      <View>
        <View style={{ flexDirection: "row", borderTopWidth: 0.6, borderTopColor: COLOR.line, paddingTop: 10 }}>
          {meta.map((item) => (
            <View key={item.term} style={{ flex: 1, paddingRight: 10 }}>
              <Eyebrow>{item.term}</Eyebrow>
              <Text style={{ marginTop: 3, fontWeight: 500, fontSize: SIZE.small + 0.5 }}>{item.detail}</Text>
            </View>
          ))}
        </View>
        <Text style={[s.small, s.muted, { marginTop: 18 }]}>
          Prepared with Faultline. Every score and finding traces back to the answers given, listed in full in the appendix.
        </Text>
      </View>
    </View>
  );
}

/** Titles run to 200 characters; a long one steps down so the cover stays one page. */
function titleSize(title: string): number {
  return title.length > 140 ? 20 : title.length > 80 ? 24 : SIZE.display;
}
