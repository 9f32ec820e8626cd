import type { ReactNode } from "react";

type SectionHeadingProps = {
  id: string;
  eyebrow: string;
  title: ReactNode;
  children?: ReactNode;
  className?: string;
};

/** Eyebrow, h2 and an optional intro; `id` goes on the h2 for the section's aria-labelledby. */
export function SectionHeading({ id, eyebrow, title, children, className = "" }: SectionHeadingProps) {
  return (
    <div className={`max-w-3xl ${className}`}>
      <p className="eyebrow text-muted">{eyebrow}</p>
      <h2 id={id} className="mt-4 text-title">
        {title}
      </h2>
      {children ? <div className="mt-5 text-lead text-muted">{children}</div> : null}
    </div>
  );
}
