import type { ReactNode } from "react";

/** The top of a milestone page: the review (eyebrow), the page's title and what it is for. */
export function PageHeading({ review, title, children }: { review: { title: string; organization: string | null }; title: string; children?: ReactNode }) {
  return (
    <header className="mb-10 border-b border-line pb-8">
      <p className="eyebrow text-muted">
        {review.title}
        {review.organization ? ` · ${review.organization}` : ""}
      </p>
      <h1 className="mt-2 text-title">{title}</h1>
      {children ? <div className="mt-3 max-w-prose text-lead text-muted">{children}</div> : null}
    </header>
  );
}
