import type { ReactNode } from "react";
import { Text, View } from "@react-pdf/renderer";

import type { TAppendixEntry, TAppendixSection } from "../reports/get-report";
import type { TReport } from "../scoring/report-schema";
import { breakProps, lineHeightFor } from "./cover-text";
import { ANSWER_STATE_LABEL } from "./format";
import { Section, Tag } from "./primitives";
import { TeamDisagreements } from "./team-disagreements";
import { COLOR, s, SIZE } from "./theme";


// Two pagination rules of react-pdf's newer engine (see report-document.tsx) shape this: a row that
// does not fit moves whole to the next page (so no rows around a note, which must split), and
// `minPresenceAhead` does not keep a heading with what follows it. So a heading rides in the
// unbreakable head of the entry after it, and only bounded text goes in an unbreakable block.
const HEAD_ANSWER_MAX = 300;

type TEntryProps = { entry: TAppendixEntry; number: string; heading?: ReactNode };

function Entry({ entry, number, heading }: TEntryProps) {
  const state = ANSWER_STATE_LABEL[entry.state];
  // "Not applicable: <reason>" from describeAnswer: the tag says the first part.
  const reason = entry.state === "not-applicable" ? entry.answer.replace(/^Not applicable:?\s*/i, "") : "";
  const answer = state ? (
    <View style={{ marginTop: 3 }}>
      <Tag dashed={entry.state === "unanswered"}>{state}</Tag>
      {reason ? (
        <Text {...breakProps(reason)} style={{ marginTop: 2, fontWeight: 500 }}>
          {reason}
        </Text>
      ) : null}
    </View>
  ) : (
    <Text {...breakProps(entry.answer)} style={{ fontWeight: 600, marginTop: 1 }}>
      {entry.answer}
      {entry.provisional ? <Text style={{ fontWeight: 400, color: COLOR.muted }}>{"  (provisional: the team differs, no agreed answer yet)"}</Text> : null}
    </Text>
  );
  const answerInHead = entry.answer.length <= HEAD_ANSWER_MAX;
  return (
    <View>
      <View wrap={false}>
        {heading}
        <View style={{ paddingTop: 6 }}>
          <Text style={[s.muted, { fontSize: SIZE.small + 0.5 }]}>
            <Text style={[s.mono, { fontSize: SIZE.small, color: COLOR.muted }]}>{number}   </Text>
            {entry.prompt}
          </Text>
          {answerInHead ? answer : null}
        </View>
      </View>
      <View style={{ paddingBottom: 6, borderBottomWidth: 0.5, borderBottomColor: COLOR.line }}>
        {answerInHead ? null : answer}
        {entry.note ? (
          <View style={{ marginTop: 4, paddingLeft: 7, borderLeftWidth: 1.25, borderLeftColor: COLOR.line }}>
            <Text {...breakProps(entry.note)} style={[s.small, { color: COLOR.muted, lineHeight: lineHeightFor(entry.note, 1.4) }]}>
              <Text style={{ fontWeight: 600 }}>Note </Text>
              {entry.note}
            </Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}

function SectionHeading({ number, title, first }: { number: string; title: string; first: boolean }) {
  return (
    <Text style={[s.serif, { fontWeight: 600, fontSize: 13, marginTop: first ? 0 : 20, paddingBottom: 4, borderBottomWidth: 1.5, borderBottomColor: COLOR.ink }]}>
      <Text style={[s.mono, { fontSize: SIZE.small, color: COLOR.accent, fontWeight: 400 }]}>{`${number}   `}</Text>
      {title}
    </Text>
  );
}

/** Where the team disagreed (reviews with several respondents), then every question the review showed, with its answer and note, section by section. */
export function AppendixSection({ appendix, respondents }: { appendix: TAppendixSection[]; respondents?: TReport["respondents"] }) {
  return (
    <Section
      number="A"
      title="Appendix: every answer"
      id="appendix"
      intro="Each question as it was asked, with the answer given and any note. “Don’t know” is an answer: it is scored as a risk of its own."
    >
      {respondents ? <TeamDisagreements respondents={respondents} /> : null}
      {appendix
        .filter((section) => section.entries.length > 0)
        .map((section, i) => (
          <View key={section.id}>
            {section.entries.map((entry, j) => (
              <Entry
                key={entry.questionId}
                entry={entry}
                number={`A${i + 1}.${j + 1}`}
                heading={j === 0 ? <SectionHeading number={`A${i + 1}`} title={section.title} first={i === 0} /> : undefined}
              />
            ))}
          </View>
        ))}
    </Section>
  );
}
