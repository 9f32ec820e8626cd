import type { ReactNode } from "react";
import { Text, View } from "@react-pdf/renderer";

import { RISK_META, RISK_LEVELS, type RiskLevel } from "../../components/ui/risk-levels";
import type { TReportFinding } from "../scoring/report-schema";
import { REVIEWER_EYEBROW, reviewText } from "../finding-reviews/review-text";
import type { TReviewedFinding, TReviewedReport } from "../finding-reviews/schemas";
import { breakProps, lineHeightFor } from "./cover-text";
import { bySeverity, findingAnchor, HORIZON, plural, shorten, type TFindingRefs } from "./format";
import { Eyebrow, RiskBadge, RiskMark, Section } from "./primitives";
import { COLOR, s, SIZE } from "./theme";

// A note quoted under a finding is cut to this many characters; the appendix holds every note whole.
const NOTE_QUOTE = 280;
const ANSWER_QUOTE = 400;

// Each column's label rides in an unbreakable block with its first item, so it never ends a page alone.
function Evidence({ finding }: { finding: TReportFinding }) {
  return (
    <View>
      {finding.evidence.map((item, i) => {
        const note = item.note ? shorten(item.note, NOTE_QUOTE) : null;
        const answer = shorten(item.answer, ANSWER_QUOTE);
        return (
          <View key={item.questionId} wrap={false}>
            {i === 0 ? <Eyebrow>Because you answered</Eyebrow> : null}
            <View style={{ marginTop: 5, paddingLeft: 7, borderLeftWidth: 1.25, borderLeftColor: COLOR.line }}>
              <Text style={[s.small, s.muted]}>{item.prompt}</Text>
              <Text {...breakProps(answer.text)} style={{ fontWeight: 600, marginTop: 1 }}>
                {item.state === "unknown" ? <Text style={[s.mono, { fontSize: 6.5, color: COLOR.muted, fontWeight: 400 }]}>GAP  </Text> : null}
                {answer.text}
                {answer.cut ? <Text style={[s.muted, { fontWeight: 400 }]}> (whole answer in the appendix)</Text> : null}
              </Text>
              {note ? (
                <Text {...breakProps(note.text)} style={[s.small, s.muted, { marginTop: 2, lineHeight: lineHeightFor(note.text, 1.4) }]}>{`Note: “${note.text}”${note.cut ? " (whole note in the appendix)" : ""}`}</Text>
              ) : null}
            </View>
          </View>
        );
      })}
    </View>
  );
}

function Actions({ finding }: { finding: TReportFinding }) {
  const steps = finding.steps.length > 0 ? finding.steps : finding.actions.map((action) => ({ action, horizon: null }));
  return (
    <View>
      {steps.map((step, i) => (
        <View key={i} wrap={false}>
          {i === 0 ? <Eyebrow>What to do</Eyebrow> : null}
          <View style={{ flexDirection: "row", marginTop: 5 }}>
            <Text style={[s.mono, { width: 30, fontSize: 6.5, color: COLOR.accent, paddingTop: 2, letterSpacing: 0.4 }]}>
              {step.horizon ? HORIZON[step.horizon].label.toUpperCase() : `${i + 1}.`}
            </Text>
            <Text style={{ flex: 1 }}>{step.action}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}

// A set line height on text with a bold run inside doubles the gaps in react-pdf; only CJK needs one.
function tallScript(text: string | null): { lineHeight?: number } {
  const lineHeight = lineHeightFor(text, 0);
  return lineHeight > 0 ? { lineHeight } : {};
}

// The reviewer's words sit outside the finding's unbreakable head: a justification may be long, so
// this block may split across pages.
function ReviewerAssessment({ finding }: { finding: TReviewedFinding }) {
  const text = reviewText(finding);
  if (!text) return null;
  return (
    <View style={{ marginTop: 9, paddingLeft: 8, paddingVertical: 2, borderLeftWidth: 2, borderLeftColor: COLOR.accent, maxWidth: 460 }}>
      <Eyebrow color={COLOR.accent}>{REVIEWER_EYEBROW}</Eyebrow>
      {text.severity ? (
        <Text {...breakProps(text.justification ?? "")} style={[{ marginTop: 3 }, tallScript(text.justification)]}>
          <Text style={{ fontWeight: 600 }}>{text.severity}</Text>
          {text.justification ? ` — ${text.justification}` : ""}
        </Text>
      ) : null}
      {text.note ? (
        <Text {...breakProps(text.note)} style={[{ marginTop: 3 }, tallScript(text.note)]}>
          <Text style={{ fontWeight: 600 }}>Reviewer's note:</Text> {text.note}
        </Text>
      ) : null}
      <Text style={[s.small, s.muted, { marginTop: 3 }]}>— {text.byline}</Text>
    </View>
  );
}

type TFindingProps = { finding: TReviewedFinding; number: string; areaTitle: string; heading?: ReactNode };

// A finding's head (with the severity heading before the first of a group) is one unbreakable block:
// react-pdf's newer engine does not honour minPresenceAhead, and the head's text is bounded (it comes
// from the rules, not from the answers). The evidence/actions row is bounded too (notes are quoted
// short), so when it moves whole to the next page it never outgrows one.
function Finding({ finding, number, areaTitle, heading }: TFindingProps) {
  return (
    <View id={findingAnchor(finding.id)}>
      <View wrap={false}>
        {heading}
        <View style={heading ? { marginTop: 12 } : { marginTop: 16, paddingTop: 12, borderTopWidth: 0.6, borderTopColor: COLOR.line }}>
          <View style={{ flexDirection: "row", alignItems: "center" }}>
            <Text style={[s.mono, { fontSize: SIZE.small + 0.5, marginRight: 8 }]}>{number}</Text>
            <RiskBadge level={finding.severity} soft size="sm" />
            <Eyebrow style={{ marginLeft: 8 }}>{areaTitle}</Eyebrow>
          </View>
          {reviewText(finding)?.computed ? <Text style={[s.small, s.muted, { marginTop: 3 }]}>{reviewText(finding)?.computed} · severity adjusted by the reviewer</Text> : null}
          <Text style={[s.heading, { marginTop: 6 }]}>{finding.title}</Text>
          {finding.failureMode ? (
            <Text style={[s.small, s.muted, { marginTop: 2 }]}>
              How it fails: <Text style={{ color: COLOR.ink, fontWeight: 600 }}>{finding.failureMode.label}</Text>
            </Text>
          ) : null}
          <Text style={{ marginTop: 5, maxWidth: 440 }}>{finding.explanation}</Text>
        </View>
      </View>
      <ReviewerAssessment finding={finding} />
      {sideBySide(finding) ? (
        <View style={{ flexDirection: "row", marginTop: 10 }}>
          <View style={{ width: "47%", marginRight: "5%" }}>
            <Evidence finding={finding} />
          </View>
          <View style={{ width: "48%" }}>
            <Actions finding={finding} />
          </View>
        </View>
      ) : (
        <>
          <View style={{ marginTop: 10 }}>
            <Evidence finding={finding} />
          </View>
          <View style={{ marginTop: 10 }}>
            <Actions finding={finding} />
          </View>
        </>
      )}
    </View>
  );
}

// Side by side when both columns are short enough to move to the next page whole (a row is never
// split); a long list stacks, and stacked columns split across pages.
const SIDE_BY_SIDE_MAX = 1400;

function sideBySide(finding: TReportFinding): boolean {
  const evidence = finding.evidence.reduce((n, e) => n + e.prompt.length + Math.min(e.answer.length, ANSWER_QUOTE) + Math.min(e.note?.length ?? 0, NOTE_QUOTE), 0);
  const actions = finding.steps.reduce((n, step) => n + step.action.length, 0) + finding.actions.reduce((n, a) => n + a.length, 0) / 2;
  return evidence <= SIDE_BY_SIDE_MAX && actions <= SIDE_BY_SIDE_MAX;
}

function GroupHeading({ level, count, first }: { level: RiskLevel; count: number; first: boolean }) {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", marginTop: first ? 0 : 24, paddingBottom: 4, borderBottomWidth: 1.5, borderBottomColor: COLOR.ink }}>
      <RiskMark level={level} size={10} />
      <Text style={[s.serif, { fontWeight: 600, fontSize: 13, marginLeft: 5 }]}>{RISK_META[level].label}</Text>
      <Text style={[s.small, s.muted, { marginLeft: 8 }]}>{plural(count, "finding")}</Text>
    </View>
  );
}

/** Every finding, worst first, grouped by severity; each with the answers behind it and what to do. */
export function FindingsSection({ report, refs }: { report: TReviewedReport; refs: TFindingRefs }) {
  const areaTitle = new Map(report.areas.map((a) => [a.id, a.title]));
  const ordered = bySeverity(report.findings);
  const groups = [...RISK_LEVELS].reverse().map((level) => ({ level, findings: ordered.filter((f) => f.severity === level) }));
  return (
    <Section
      number="04"
      title="Findings"
      id="findings"
      intro={
        ordered.length === 0
          ? "Nothing in the answers raised a finding."
          : `${plural(ordered.length, "finding")}, the most severe first. Each lists the answers that raised it and the steps that address it.`
      }
    >
      {groups
        .filter((group) => group.findings.length > 0)
        .map((group, i) => (
          <View key={group.level}>
            {group.findings.map((finding, j) => (
              <Finding
                key={finding.id}
                finding={finding}
                number={refs.get(finding.id)?.number ?? ""}
                areaTitle={areaTitle.get(finding.area) ?? finding.area}
                heading={j === 0 ? <GroupHeading level={group.level} count={group.findings.length} first={i === 0} /> : undefined}
              />
            ))}
          </View>
        ))}
    </Section>
  );
}
