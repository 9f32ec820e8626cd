import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LinkifiedText } from "@/components/auth/linkified-text";
import { Container } from "@/components/ui/container";
import { devMailboxEnabled, getStoredMail } from "@/lib/mail/stored-mail";

export const metadata: Metadata = { title: "Local mailbox", referrer: "no-referrer", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function DevMailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { id } = await params;
  const message = await getStoredMail(id);
  if (!message) notFound();
  return (
    <Container width="narrow" className="py-10 sm:py-14">
      <Link href="/dev/mail" className="text-sm text-accent no-underline hover:underline">
        ← Local mailbox
      </Link>
      <h1 className="mt-4 text-title">{message.subject}</h1>
      <dl className="mt-5 grid grid-cols-[5rem_minmax(0,1fr)] gap-y-1 text-sm">
        <dt className="text-muted">To</dt>
        <dd className="break-all">{message.to}</dd>
        <dt className="text-muted">Stored</dt>
        <dd>{message.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</dd>
        {message.error ? (
          <>
            <dt className="text-risk-high">SMTP</dt>
            <dd className="text-risk-high">{message.error}</dd>
          </>
        ) : null}
      </dl>
      <article aria-label="Message" className="mt-8 rounded-2xl border border-line bg-surface p-6 shadow-[var(--shadow-sheet)] sm:p-8">
        <p className="whitespace-pre-wrap break-words text-[0.9375rem] leading-relaxed">
          <LinkifiedText text={message.text} />
        </p>
      </article>
      {message.html ? (
        <details className="mt-6">
          <summary className="cursor-pointer text-sm text-accent">HTML version</summary>
          {/* Sandboxed with nothing allowed: the markup is shown, never run. */}
          <iframe title="HTML version of the message" sandbox="" srcDoc={message.html} className="mt-4 h-[32rem] w-full rounded-xl border border-line bg-white" />
        </details>
      ) : null}
    </Container>
  );
}
