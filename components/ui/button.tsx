import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

type Variant = "primary" | "secondary" | "quiet";
type Size = "sm" | "md" | "lg";

const BASE =
  "inline-flex items-center justify-center gap-2 rounded-md font-medium whitespace-nowrap no-underline " +
  "transition-[background-color,border-color,color,box-shadow] duration-150 ease-(--ease-calm) " +
  "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50";

const VARIANTS: Record<Variant, string> = {
  primary:
    "bg-accent text-accent-ink shadow-[inset_0_-1px_0_rgb(0_0_0/0.15)] hover:bg-[color-mix(in_oklab,var(--color-accent)_88%,var(--color-ink))]",
  secondary: "border border-line-strong/70 bg-transparent text-ink hover:border-ink hover:bg-surface",
  quiet: "text-accent underline decoration-accent/40 hover:decoration-accent",
};

const SIZES: Record<Size, string> = {
  sm: "h-9 px-3.5 text-sm",
  md: "h-11 px-5 text-[0.9375rem]",
  lg: "h-12 px-6 text-base",
};

// The quiet variant is a text link: no box, so no padding or height.
function sizeFor(variant: Variant, size: Size) {
  return variant === "quiet" ? "text-[0.9375rem]" : SIZES[size];
}

/** Class names of a button, for the rare element that is neither <Button> nor <LinkButton>. */
export function buttonClasses({
  variant = "primary",
  size = "md",
  className = "",
}: { variant?: Variant; size?: Size; className?: string } = {}) {
  return `${BASE} ${VARIANTS[variant]} ${sizeFor(variant, size)} ${className}`;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size };

export function Button({ variant, size, className, type = "button", ...rest }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...rest} />;
}

type LinkButtonProps = ComponentProps<typeof Link> & { variant?: Variant; size?: Size };

/** A link that looks like a button: for navigation ("Start a review"), never for actions. */
export function LinkButton({ variant, size, className, ...rest }: LinkButtonProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...rest} />;
}
