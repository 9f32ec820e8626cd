import Link from "next/link";
import { Fragment } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Container } from "@/components/ui/container";
import type { TSessionUser } from "@/lib/workspaces/session-user";

/** The signed-in strip under the site header: where you are, who you are, and the way out. */
export function AccountBar({ user, trail }: { user: TSessionUser; trail: { href?: string; label: string }[] }) {
  return (
    <div className="border-b border-line bg-surface/60">
      <Container width="wide" className="flex min-h-14 items-center justify-between gap-4 py-2.5">
        <nav aria-label="Breadcrumb" className="min-w-0">
          <ol className="flex min-w-0 items-center gap-2 text-[0.9375rem]">
            {trail.map((step, index) => (
              <Fragment key={`${index}-${step.label}`}>
                {index > 0 ? (
                  <li aria-hidden="true" className="text-line-strong">
                    /
                  </li>
                ) : null}
                <li className="min-w-0 truncate">
                  {step.href ? (
                    <Link href={step.href} className="text-muted no-underline hover:text-ink hover:underline">
                      {step.label}
                    </Link>
                  ) : (
                    <span aria-current="page" className="font-medium text-ink">
                      {step.label}
                    </span>
                  )}
                </li>
              </Fragment>
            ))}
          </ol>
        </nav>
        <div className="flex shrink-0 items-center gap-3 text-sm">
          <span className="hidden text-muted sm:inline" title={user.email}>
            Signed in as <span className="text-ink">{user.name || user.email}</span>
          </span>
          <SignOutButton />
        </div>
      </Container>
    </div>
  );
}
