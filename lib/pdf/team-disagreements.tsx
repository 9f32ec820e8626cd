import type { ReactNode } from "react";
import { Text, View } from "@react-pdf/renderer";

import type { TReport } from "../scoring/report-schema";
import { breakProps, lineHeightFor } from "./cover-text";
import { Tag } from "./primitives";
import { COLOR, s, SIZE } from "./theme";

type TDisagreement = NonNullable<TReport["respondents"]>["disagreements"][number];

const LEVEL_WORD: Record<TDisagreement["level"], string> = { none: "Not measured", low: "Low", moderate: "Moderate", strong: "Strong" };

/** The divergence as a filled share of a short bar, beside its words: it reads without the number. */
function DivergenceBar({ score }: { score: number }) {
  const width = 42;
  return (
    <View style={{ width, height: 4, backgroundColor: COLOR.sunken, borderWidth: 0.5, borderColor: COLOR.faint, marginRight: 6, marginTop: 1 }}>
      <View style={{ width: Math.max(0, Math.min(1, score)) * (width - 1), height: 3, backgroundColor: COLOR.accent }} />
    </View>
  );
}

// Each entry is bounded (choices and numbers only: text answers are not measured, so never listed),
// so it can be one unbreakable block; the heading rides in the first, as in appendix-section.tsx.
function Disagreement({ item, heading }: { item: TDisagreement; heading?: ReactNode }) {
  return (
    <View wrap={false}>
      {heading}
      <View style={{ marginTop: 8, paddingLeft: 8, paddingBottom: 2, borderLeftWidth: 1.25, borderLeftColor: COLOR.faint }}>
        <Text {...breakProps(item.prompt)} style={[s.muted, { fontSize: SIZE.small + 0.5, lineHeight: lineHeightFor(item.prompt, 1.4) }]}>
          {item.prompt}
        </Text>
        {item.answers.map((answer, i) => (
          <Text key={i} {...breakProps(answer)} style={{ marginTop: 2, fontWeight: 600 }}>
            <Text style={[s.mono, { fontSize: SIZE.small, color: COLOR.muted, fontWeight: 400 }]}>{`${i + 1}   `}</Text>
            {answer}
          </Text>
        ))}
        <View style={{ flexDirection: "row", alignItems: "center", flexWrap: "wrap", marginTop: 4 }}>
          {item.level === "none" ? null : <DivergenceBar score={item.divergence} />}
          <Text style={[s.small, { color: COLOR.ink, marginRight: 8 }]}>
            {item.level === "none" ? "Not measured" : `${LEVEL_WORD[item.level]} divergence `}
            {item.level === "none" ? null : <Text style={[s.mono, { color: COLOR.muted }]}>{`(${item.divergence.toFixed(2)} of 1)`}</Text>}
          </Text>
          <Tag dashed={item.provisional}>{item.provisional ? "Provisional: no agreed answer yet" : "Agreed answer recorded"}</Tag>
        </View>
      </View>
    </View>
  );
}

/**
 * "Where the team disagreed", as on screen (components/report/answers-appendix.tsx): each diverging
 * question with every respondent's answer, how far they diverge, and whether an answer is agreed.
 */
export function TeamDisagreements({ respondents }: { respondents: NonNullable<TReport["respondents"]> }) {
  if (respondents.disagreements.length === 0) return null;
  const heading = (
    <View>
      <Text style={[s.serif, { fontWeight: 600, fontSize: 13, paddingBottom: 4, borderBottomWidth: 1.5, borderBottomColor: COLOR.ink }]}>
        <Text style={[s.mono, { fontSize: SIZE.small, color: COLOR.accent, fontWeight: 400 }]}>{"A0   "}</Text>
        Where the team disagreed
      </Text>
      <Text style={[s.small, s.muted, { marginTop: 5, maxWidth: 420 }]}>
        {`${respondents.count} people answered. Divergent answers are evidence in themselves: the mental model is not yet shared. Where no agreed answer is recorded, the report uses the answer most people gave (a tie goes to the riskier one) and marks it provisional.`}
      </Text>
    </View>
  );
  return (
    <View style={{ marginBottom: 22 }}>
      {respondents.disagreements.map((item, i) => (
        <Disagreement key={item.questionId} item={item} heading={i === 0 ? heading : undefined} />
      ))}
    </View>
  );
}
