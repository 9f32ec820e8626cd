import type { ElementType, ReactNode } from "react";

const WIDTHS = {
  narrow: "max-w-3xl",
  default: "max-w-6xl",
  wide: "max-w-7xl",
} as const;

type ContainerProps = {
  as?: ElementType;
  width?: keyof typeof WIDTHS;
  className?: string;
  children: ReactNode;
};

/** Centres content with the site's gutters: 20px on a phone, 32px from tablets up. */
export function Container({ as: Tag = "div", width = "default", className = "", children }: ContainerProps) {
  return <Tag className={`mx-auto w-full ${WIDTHS[width]} px-5 sm:px-8 ${className}`}>{children}</Tag>;
}
