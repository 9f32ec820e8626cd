import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { formatDate } from "@/components/workspaces/format";
import { devMailboxEnabled, listStoredMail } from "@/lib/mail/stored-mail";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" });

/** Development only: the mail Faultline stored because no SMTP server is configured. */
export default async function DevMailPage() {
  if (!devMailboxEnabled()) notFound();
  const messages = await listStoredMail();
  return (
    <Container width="default" className="py-10 sm:py-14">
      <p className="eyebrow inline-flex items-center gap-2 text-muted"><span aria-hidden="true" className="size-2 rounded-full bg-risk-medium" />Development only</p>
      <h1 className="mt-3 text-title">Local mailbox</h1>
      <p className="mt-4 max-w-prose text-lead text-muted">
        No SMTP server is configured (SMTP_URL), so mail is kept in the database instead of being sent. This page does not exist in
        production.
      </p>
      {messages.length === 0 ? (
        <p className="mt-10 rounded-2xl border border-dashed border-line p-8 text-center text-muted">No mail yet. Sign up, reset a password or invite someone.</p>
      ) : (
        <ul className="mt-10 divide-y divide-line rounded-2xl border border-line bg-surface">
          {messages.map((message) => (
            <li key={message.id}>
              <Link href={`/dev/mail/${message.id}`} className="grid gap-1 p-4 no-underline hover:bg-sunken/60 sm:grid-cols-[14rem_minmax(0,1fr)_auto] sm:items-baseline sm:gap-6 sm:px-5">
                <span className="truncate text-sm text-muted">{message.to}</span>
                <span className="truncate font-medium text-ink">
                  {message.subject}
                  {message.error ? <span className="ml-2 text-sm font-normal text-risk-high">(SMTP failed)</span> : null}
                </span>
                <span className="font-mono text-xs text-muted">
                  {formatDate(message.createdAt)} {TIME.format(message.createdAt)} UTC
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
