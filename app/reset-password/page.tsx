import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell, TEXT_LINK } from "@/components/auth/auth-shell";
import { NewPasswordForm } from "@/components/auth/new-password-form";
import { RequestResetForm } from "@/components/auth/request-reset-form";
import { devMailboxEnabled } from "@/lib/mail/stored-mail";

// The address can carry a reset token: never send it on in a Referer, never index it.
export const metadata: Metadata = { title: "Reset your password", referrer: "no-referrer", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type TParams = { token?: string; error?: string };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<TParams> }) {
  const { token, error } = await searchParams;
  const footer = (
    <>
      Remembered it?{" "}
      <Link href="/sign-in" className={TEXT_LINK}>
        Sign in
      </Link>
    </>
  );
  if (token && !error) {
    return (
      <AuthShell eyebrow="Password reset" title="Choose a new password" lead="Pick a password you don't use anywhere else." footer={footer}>
        <NewPasswordForm token={token} />
      </AuthShell>
    );
  }
  return (
    <AuthShell
      eyebrow="Password reset"
      title="Reset your password"
      lead="Tell us the email of your account and we'll send you a link to choose a new password."
      footer={footer}
    >
      {error ? (
        <p role="alert" className="mb-6 rounded-md border border-risk-high/40 bg-risk-high/8 px-3.5 py-2.5 text-sm">
          That reset link has expired or was already used. Ask for a new one below.
        </p>
      ) : null}
      <RequestResetForm showDevMailbox={devMailboxEnabled()} />
    </AuthShell>
  );
}
