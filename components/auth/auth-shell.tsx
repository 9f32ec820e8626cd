import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";

type AuthShellProps = {
  eyebrow: string;
  title: string;
  lead?: ReactNode;
  /** Beside the form on wide screens, under it on phones: a few calm lines of context. */
  aside?: ReactNode;
  /** Under the form card: "No account yet? Create one". */
  footer?: ReactNode;
  children: ReactNode;
};

/** The frame of the account pages: the heading and context on the left, the form on a sheet on the right. */
export function AuthShell({ eyebrow, title, lead, aside, footer, children }: AuthShellProps) {
  return (
    <Container width="wide" className="py-12 sm:py-20">
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_28rem] lg:gap-20 xl:gap-28">
        <div className="min-w-0 [overflow-wrap:anywhere] lg:pt-4">
          <p className="eyebrow text-accent">{eyebrow}</p>
          <h1 className="mt-4 max-w-[18ch] text-title">{title}</h1>
          {lead ? <div className="mt-5 max-w-[36rem] text-lead text-muted">{lead}</div> : null}
          {aside ? <div className="mt-10 hidden max-w-[36rem] lg:block">{aside}</div> : null}
        </div>
        <div className="min-w-0 [overflow-wrap:anywhere]">
          <div className="rounded-2xl border border-line bg-surface p-6 shadow-[var(--shadow-sheet)] sm:p-8">{children}</div>
          {footer ? <div className="mt-6 text-center text-[0.9375rem] text-muted">{footer}</div> : null}
          {aside ? <div className="mt-12 lg:hidden">{aside}</div> : null}
        </div>
      </div>
    </Container>
  );
}

/** A short list of points for the aside, each with a hairline above it. */
export function AsidePoints({ points }: { points: { title: string; text: string }[] }) {
  return (
    <ul className="grid gap-0">
      {points.map((point) => (
        <li key={point.title} className="border-t border-line py-5">
          <p className="font-medium text-ink">{point.title}</p>
          <p className="mt-1 text-[0.9375rem] text-muted">{point.text}</p>
        </li>
      ))}
    </ul>
  );
}

export const TEXT_LINK = "text-accent underline decoration-accent/40 underline-offset-[0.2em] hover:decoration-accent";
