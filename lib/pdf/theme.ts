import { StyleSheet } from "@react-pdf/renderer";

import { RISK_META, type RiskLevel } from "../../components/ui/risk-levels";
import { FONT } from "./register-fonts";

// The PDF's design tokens: the app's light theme (app/globals.css) on white paper, the same risk
// palette (components/ui/risk-levels.ts, the mirror kept for non-CSS consumers), and a type scale in
// points for reading on paper and on a screen at page width.

export const COLOR = {
  ink: "#17191c",
  muted: "#565b63",
  faint: "#8a8478", // line-strong: rules and marks that must be seen
  line: "#dcd7cc",
  sunken: "#f3f0e8", // a notch lighter than the screen's sunken, for paper
  accent: "#2b45a0",
  accentInk: "#ffffff",
  paper: "#ffffff",
} as const;

export function riskColor(level: RiskLevel): string {
  return RISK_META[level].color.light;
}

export const SIZE = {
  display: 30,
  title: 19,
  heading: 12.5,
  lead: 11,
  body: 9.25,
  small: 8,
  eyebrow: 6.75,
} as const;

/** The page's margins; `band` is how far the running header and the footer sit from the paper's edge. */
export const MARGIN = { top: 66, bottom: 62, side: 56, band: 30 } as const;

// react-pdf types fontFamily as string | string[]; the chains are readonly tuples.
const serif = [...FONT.serif];
const sans = [...FONT.sans];
const mono = [...FONT.mono];

export const s = StyleSheet.create({
  page: {
    paddingTop: MARGIN.top,
    paddingBottom: MARGIN.bottom,
    paddingHorizontal: MARGIN.side,
    fontFamily: sans,
    fontSize: SIZE.body,
    lineHeight: 1.45,
    color: COLOR.ink,
    backgroundColor: COLOR.paper,
  },
  serif: { fontFamily: serif },
  mono: { fontFamily: mono },
  muted: { color: COLOR.muted },
  strong: { fontWeight: 600 },
  medium: { fontWeight: 500 },
  small: { fontSize: SIZE.small, lineHeight: 1.4 },
  eyebrow: {
    fontSize: SIZE.eyebrow,
    lineHeight: 1.3,
    fontWeight: 600,
    letterSpacing: 0.5,
    textTransform: "uppercase",
    color: COLOR.muted,
  },
  sectionNumber: { fontFamily: mono, fontSize: SIZE.small, color: COLOR.accent, letterSpacing: 0.5 },
  sectionTitle: { fontFamily: serif, fontWeight: 600, fontSize: SIZE.title, lineHeight: 1.15, marginTop: 4 },
  sectionIntro: { color: COLOR.muted, marginTop: 6, maxWidth: 400 },
  heading: { fontFamily: serif, fontWeight: 600, fontSize: SIZE.heading, lineHeight: 1.25 },
  rule: { borderBottomWidth: 0.6, borderBottomColor: COLOR.line },
  para: { marginTop: 5 },
  row: { flexDirection: "row" },
});
