import { Path, Svg, Text, View } from "@react-pdf/renderer";

import type { TReport } from "../scoring/report-schema";
import { parseRationale, PATH_RISK_LEVEL, type TFindingRefs } from "./format";
import { ConfidenceMeter, Dash, FindingRef, Heading, RiskBadge, Section } from "./primitives";
import { COLOR, s, SIZE } from "./theme";

type TPath = TReport["paths"][number];

const COLS = { path: "24%", relief: "14%", risk: "14%", when: "16%", why: "32%" } as const;

/** The recommended path, marked by a check, the word "Recommended" and a rule, not by colour alone. */
function Recommended() {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", alignSelf: "flex-start", marginTop: 4, backgroundColor: COLOR.accent, borderRadius: 2, paddingHorizontal: 4, paddingVertical: 1.5 }}>
      <Svg viewBox="0 0 16 16" width={7} height={7}>
        <Path d="M3 8.5 6.5 12 13 4.5" stroke={COLOR.accentInk} strokeWidth={2.4} fill="none" strokeLinecap="round" strokeLinejoin="round" />
      </Svg>
      <Text style={{ color: COLOR.accentInk, fontSize: 7, fontWeight: 600, marginLeft: 3 }}>Recommended</Text>
    </View>
  );
}

function PathRow({ path }: { path: TPath }) {
  return (
    <View
      wrap={false}
      style={{
        flexDirection: "row",
        paddingVertical: 8,
        borderBottomWidth: 0.5,
        borderBottomColor: COLOR.line,
        borderLeftWidth: 3,
        borderLeftColor: path.chosen ? COLOR.accent : COLOR.paper,
        backgroundColor: path.chosen ? COLOR.sunken : COLOR.paper,
      }}
    >
      <View style={{ width: COLS.path, paddingLeft: 8, paddingRight: 8 }}>
        <Text style={[s.serif, { fontWeight: 600, fontSize: 11, lineHeight: 1.2 }]}>{path.title}</Text>
        {path.chosen ? <Recommended /> : <Text style={[s.small, s.muted, { marginTop: 2 }]}>{path.eligible ? "Possible, a weaker fit" : "Not a fit here"}</Text>}
      </View>
      <Text style={{ width: COLS.relief, paddingRight: 8 }}>{path.shortTermRelief}</Text>
      <View style={{ width: COLS.risk, paddingRight: 8 }}>
        <RiskBadge level={PATH_RISK_LEVEL[path.option]} label={path.longTermRisk} size="sm" />
      </View>
      <Text style={{ width: COLS.when, paddingRight: 8 }}>{path.whenItMakesSense}</Text>
      <Text style={[s.small, { width: COLS.why, paddingRight: 6, color: path.chosen ? COLOR.ink : COLOR.muted }]}>{path.why}</Text>
    </View>
  );
}

function ConfidenceHead({ confidence }: { confidence: TReport["recommendation"]["confidence"] }) {
  return (
    <View>
      <Heading>How confident this is</Heading>
      <View style={{ marginTop: 6, flexDirection: "row", alignItems: "center" }}>
        <ConfidenceMeter confidence={confidence} />
        <Text style={[s.small, s.muted, { marginLeft: 10, flex: 1 }]}>Low, medium or high: how far the answers support this path.</Text>
      </View>
    </View>
  );
}

/** The article's comparison of the four paths, then why this one, how sure, and what would change it. */
export function PathsSection({ report, refs }: { report: TReport; refs: TFindingRefs }) {
  const { paths, recommendation } = report;
  return (
    <Section
      number="03"
      title="The four paths"
      id="paths"
      intro="Short-term relief, long-term risk and when each path makes sense are the article's comparison; the last column is how each fits this review."
    >
      <View style={{ flexDirection: "row", borderBottomWidth: 0.75, borderBottomColor: COLOR.ink, paddingBottom: 4, paddingLeft: 3 }}>
        <Text style={[s.eyebrow, { width: COLS.path, paddingLeft: 8, paddingRight: 8 }]}>Path</Text>
        <Text style={[s.eyebrow, { width: COLS.relief, paddingRight: 8 }]}>Short-term relief</Text>
        <Text style={[s.eyebrow, { width: COLS.risk, paddingRight: 8 }]}>Long-term risk</Text>
        <Text style={[s.eyebrow, { width: COLS.when, paddingRight: 8 }]}>When it makes sense</Text>
        <Text style={[s.eyebrow, { width: COLS.why }]}>For this review</Text>
      </View>
      {paths.map((path) => (
        <PathRow key={path.option} path={path} />
      ))}

      {/* Stacked, not side by side: react-pdf's newer engine gives a row cut by a page break the
          whole remaining height, so a boxed column would run empty to the page end. Each heading
          rides with its first item. */}
      <View style={{ marginTop: 26 }}>
        {recommendation.rationale.map((line, i) => {
          const cited = parseRationale(line);
          const ref = cited ? refs.get(cited.findingId) : undefined;
          return (
            <View key={i} wrap={false}>
              {i === 0 ? <Heading>Why {recommendation.title.toLowerCase()}</Heading> : null}
              <Dash>
                {ref ? (
                  <>
                    Finding <FindingRef findingId={cited!.findingId} refs={refs} />
                    {` ${ref.finding.title} (${ref.finding.severity}).`}
                  </>
                ) : (
                  line
                )}
              </Dash>
            </View>
          );
        })}
      </View>

      <View style={{ marginTop: 18, backgroundColor: COLOR.sunken, paddingHorizontal: 14, paddingTop: 12, paddingBottom: 10 }}>
        {(recommendation.whatWouldChangeIt.length === 0 ? ["Nothing short of many different answers."] : recommendation.whatWouldChangeIt).map((line, i) => (
          <View key={i} wrap={false}>
            {i === 0 ? (
              <View style={{ marginBottom: 2 }}>
                <Heading>What would change it</Heading>
                <Text style={[s.small, s.muted, { marginTop: 2 }]}>The smallest changes in the answers that would tip the recommendation to another path.</Text>
              </View>
            ) : null}
            <View style={{ flexDirection: "row", marginTop: 6 }}>
              <Text style={[s.mono, { width: 16, fontSize: SIZE.small, color: COLOR.muted, paddingTop: 1 }]}>
                {recommendation.whatWouldChangeIt.length === 0 ? "–" : `${i + 1}.`}
              </Text>
              <Text style={{ flex: 1 }}>{line}</Text>
            </View>
          </View>
        ))}
      </View>

      <View style={{ marginTop: 18 }}>
        {recommendation.confidenceReasons.length === 0 ? (
          <ConfidenceHead confidence={recommendation.confidence} />
        ) : (
          recommendation.confidenceReasons.map((reason, i) => (
            <View key={i} wrap={false}>
              {i === 0 ? <ConfidenceHead confidence={recommendation.confidence} /> : null}
              <Dash color={COLOR.muted}>{reason}</Dash>
            </View>
          ))
        )}
      </View>
    </Section>
  );
}
