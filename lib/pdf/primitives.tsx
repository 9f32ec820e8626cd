import type { ReactNode } from "react";
import { Link, Path, Svg, Text, View, type Styles } from "@react-pdf/renderer";

import { RISK_META, type RiskLevel } from "../../components/ui/risk-levels";
import { CRITICAL_MARK_PATH, RISK_SHAPE_PATH } from "./chart-parts";
import { CONFIDENCE_LABEL, findingAnchor, type TFindingRefs } from "./format";
import { COLOR, riskColor, s, SIZE } from "./theme";

// Small parts shared by the sections. A risk level always shows as shape + word + colour
// (components/ui/risk-badge.tsx on screen), so it reads in greyscale and without colour vision.

/** The level's shape, drawn in its colour (critical's octagon carries a knocked-out "!"). */
export function RiskMark({ level, size = 8 }: { level: RiskLevel; size?: number }) {
  return (
    <Svg viewBox="0 0 16 16" width={size} height={size}>
      <Path d={RISK_SHAPE_PATH[level]} fill={riskColor(level)} />
      {level === "critical" ? <Path d={CRITICAL_MARK_PATH} fill={COLOR.paper} /> : null}
    </Svg>
  );
}

type TBadgeProps = { level: RiskLevel; label?: string; size?: "sm" | "md"; soft?: boolean };

/** Shape and word side by side; `soft` adds a tinted chip for headlines. */
export function RiskBadge({ level, label, size = "md", soft = false }: TBadgeProps) {
  const fontSize = size === "sm" ? SIZE.small : SIZE.body;
  return (
    <View
      style={[
        { flexDirection: "row", alignItems: "center", alignSelf: "flex-start" },
        soft ? { borderWidth: 0.75, borderColor: riskColor(level), borderRadius: 3, paddingHorizontal: 5, paddingVertical: 1.5 } : {},
      ]}
    >
      <RiskMark level={level} size={fontSize * 0.95} />
      <Text style={{ fontSize, fontWeight: 600, marginLeft: 3.5, lineHeight: 1.3 }}>{label ?? RISK_META[level].label}</Text>
    </View>
  );
}

type TStyle = Styles[string];

export function Eyebrow({ children, color = COLOR.muted, style }: { children: ReactNode; color?: string; style?: TStyle }) {
  return <Text style={[s.eyebrow, { color }, style ?? {}]}>{children}</Text>;
}

type TSectionProps = { number: string; title: string; intro?: string; id?: string; breakBefore?: boolean; children: ReactNode };

/** A numbered chapter: starts on a new page unless told otherwise, with an outline entry (bookmark). */
export function Section({ number, title, intro, id, breakBefore = true, children }: TSectionProps) {
  return (
    // @ts-expect-error `bookmark` works on any node (@react-pdf/layout resolveBookmarks); ViewProps lacks it.
    <View break={breakBefore} id={id} bookmark={{ title: `${number}  ${title}`, fit: true }}>
      <View wrap={false} style={{ marginBottom: 18 }}>
        <Text style={s.sectionNumber}>{number}</Text>
        <Text style={s.sectionTitle}>{title}</Text>
        {intro ? <Text style={s.sectionIntro}>{intro}</Text> : null}
      </View>
      {children}
    </View>
  );
}

/**
 * A sub-heading. react-pdf's newer pagination engine does not honour minPresenceAhead, so callers keep
 * a heading with what follows by putting both in one `wrap={false}` block.
 */
export function Heading({ children, style }: { children: ReactNode; style?: TStyle }) {
  return (
    <Text style={[s.heading, style ?? {}]}>
      {children}
    </Text>
  );
}

/** A list item with a short dash as its marker (a hairline, like the screen's). */
export function Dash({ children, color = COLOR.ink }: { children: ReactNode; color?: string }) {
  return (
    <View style={{ flexDirection: "row", marginTop: 4 }}>
      <View style={{ width: 7, height: 0.75, backgroundColor: COLOR.faint, marginTop: 6.5, marginRight: 7 }} />
      <Text style={{ flex: 1, color }}>{children}</Text>
    </View>
  );
}

/** Three steps, filled up to the confidence, with the word beside them. */
export function ConfidenceMeter({ confidence }: { confidence: "low" | "medium" | "high" }) {
  const filled = { low: 1, medium: 2, high: 3 }[confidence];
  return (
    <View style={{ flexDirection: "row", alignItems: "center" }}>
      {[1, 2, 3].map((step) => (
        <View
          key={step}
          style={{
            width: 9,
            height: 4 + step * 2,
            marginRight: 2,
            alignSelf: "flex-end",
            backgroundColor: step <= filled ? COLOR.accent : COLOR.paper,
            borderWidth: 0.75,
            borderColor: step <= filled ? COLOR.accent : COLOR.faint,
          }}
        />
      ))}
      <Text style={{ marginLeft: 5, fontWeight: 600 }}>{CONFIDENCE_LABEL[confidence]} confidence</Text>
    </View>
  );
}

/** "F3", linked to the finding in this document. */
export function FindingRef({ findingId, refs }: { findingId: string; refs: TFindingRefs }) {
  const ref = refs.get(findingId);
  if (!ref) return null;
  return (
    <Link src={`#${findingAnchor(findingId)}`} style={{ color: COLOR.accent, textDecoration: "none", fontFamily: s.mono.fontFamily }}>
      {ref.number}
    </Link>
  );
}

/** A small uppercase label on a quiet fill (answer state, load-shape state); `dashed` outlines a gap. */
export function Tag({ children, dashed = false }: { children: ReactNode; dashed?: boolean }) {
  return (
    <View
      style={{
        alignSelf: "flex-start",
        backgroundColor: dashed ? COLOR.paper : COLOR.sunken,
        borderWidth: dashed ? 0.6 : 0,
        borderColor: COLOR.faint,
        borderStyle: "dashed",
        borderRadius: 2,
        paddingHorizontal: 3.5,
        paddingTop: 2,
        paddingBottom: 1.5,
      }}
    >
      <Text style={{ fontFamily: s.mono.fontFamily, fontSize: 6.25, lineHeight: 1, letterSpacing: 0.5, textTransform: "uppercase", color: COLOR.muted }}>
        {children}
      </Text>
    </View>
  );
}
