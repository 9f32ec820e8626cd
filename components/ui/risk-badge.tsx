import type { SVGProps } from "react";
import { RISK_META, type RiskLevel } from "./risk-levels";

// Literal class names per level so Tailwind sees them when it scans this file.
const ICON_COLOUR: Record<RiskLevel, string> = {
  low: "text-risk-low",
  medium: "text-risk-medium",
  high: "text-risk-high",
  critical: "text-risk-critical",
};

const SOFT: Record<RiskLevel, string> = {
  low: "border-risk-low/40 bg-risk-low/10",
  medium: "border-risk-medium/55 bg-risk-medium/12",
  high: "border-risk-high/40 bg-risk-high/10",
  critical: "border-risk-critical/40 bg-risk-critical/10",
};

type RiskIconProps = { level: RiskLevel } & Omit<SVGProps<SVGSVGElement>, "children">;

/**
 * The shape that goes with a risk level: circle, triangle, diamond, octagon (with a knocked-out
 * "!"). Decorative: always render the level's label next to it. Coloured with the risk token
 * unless a `className` sets another text colour.
 */
export function RiskIcon({ level, className = "", ...rest }: RiskIconProps) {
  const shape = RISK_META[level].shape;
  return (
    <svg
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className={`shrink-0 ${ICON_COLOUR[level]} ${className}`}
      fill="currentColor"
      {...rest}
    >
      {shape === "circle" && <circle cx="8" cy="8" r="5.75" />}
      {shape === "triangle" && <path d="M8 1.6 14.8 13.9H1.2Z" />}
      {shape === "diamond" && <path d="M8 1.2 14.8 8 8 14.8 1.2 8Z" />}
      {shape === "octagon" && (
        <path
          fillRule="evenodd"
          d="M5.35 1.5h5.3l3.85 3.85v5.3l-3.85 3.85h-5.3L1.5 10.65v-5.3ZM7.1 4.1v5h1.8v-5Zm0 6.3v1.8h1.8v-1.8Z"
        />
      )}
    </svg>
  );
}

type RiskBadgeProps = {
  level: RiskLevel;
  /** Replaces the level's own word, e.g. "Very high" or "Lowest"; the shape and colour still follow `level`. */
  label?: string;
  size?: "sm" | "md";
  /** `soft` is a tinted chip; `plain` is icon and label only, for tables and dense lists. */
  variant?: "soft" | "plain";
  className?: string;
};

/** A risk level as label + shape + colour, so it reads without colour, in greyscale and aloud. */
export function RiskBadge({ level, label, size = "md", variant = "soft", className = "" }: RiskBadgeProps) {
  const text = label ?? RISK_META[level].label;
  const sizing =
    size === "sm" ? "gap-1 text-xs leading-5 [&>svg]:size-3" : "gap-1.5 text-sm leading-6 [&>svg]:size-3.5";
  const chrome = variant === "soft" ? `rounded-[5px] border px-2 ${SOFT[level]}` : "";
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap font-medium text-ink ${sizing} ${chrome} ${className}`}
      data-risk={level}
    >
      <RiskIcon level={level} />
      {text}
    </span>
  );
}
