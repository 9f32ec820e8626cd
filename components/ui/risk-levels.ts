/**
 * The four risk levels and their fixed palette, for everything that is not styled by CSS
 * (the PDF renderer, SVG charts, tests). On screen, use the CSS tokens `--color-risk-*`
 * (Tailwind: `text-risk-high`, `bg-risk-high/15` …) from app/globals.css, which hold the
 * same values: change both together.
 *
 * Colours are Okabe-Ito-derived and separated in lightness as well as hue, so that every pair
 * stays distinguishable with protanopia, deuteranopia or tritanopia. They are never the only
 * signal: each level also has a label and a shape.
 */

export const RISK_LEVELS = ["low", "medium", "high", "critical"] as const;

export type RiskLevel = (typeof RISK_LEVELS)[number];

export type RiskShape = "circle" | "triangle" | "diamond" | "octagon";

export const RISK_META: Record<
  RiskLevel,
  { label: string; shape: RiskShape; rank: number; color: { light: string; dark: string } }
> = {
  low: { label: "Low", shape: "circle", rank: 0, color: { light: "#0e7c66", dark: "#3aa98e" } },
  medium: { label: "Medium", shape: "triangle", rank: 1, color: { light: "#c28c00", dark: "#f5d066" } },
  high: { label: "High", shape: "diamond", rank: 2, color: { light: "#a83600", dark: "#e5622a" } },
  critical: { label: "Critical", shape: "octagon", rank: 3, color: { light: "#4f1f5c", dark: "#c98ae6" } },
};

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === "string" && (RISK_LEVELS as readonly string[]).includes(value);
}
