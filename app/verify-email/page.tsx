import type { Metadata } from "next";
import { AuthShell, TEXT_LINK } from "@/components/auth/auth-shell";
import { ResendVerificationButton } from "@/components/auth/resend-verification-button";
import { LinkButton } from "@/components/ui/button";
import { getSessionUser } from "@/lib/workspaces/session-user";
import Link from "next/link";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/**
 * Where the verification link lands (better-auth verifies, signs the browser in and redirects here, with
 * ?error=… when the link was bad), and where an unverified person can ask for a new link.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const user = await getSessionUser();

  if (user?.emailVerified) {
    return (
      <AuthShell eyebrow="Email confirmed" title="Your email is confirmed" lead={<>Thank you. Invitations and password resets for {user.email} will reach you.</>}>
        <div className="grid gap-4">
          <p className="text-muted">Carry on where you were, or go to your workspaces.</p>
          <div>
            <LinkButton href="/workspaces" size="lg">
              Go to your workspaces
            </LinkButton>
          </div>
        </div>
      </AuthShell>
    );
  }

  return (
    <AuthShell
      eyebrow="Confirm your email"
      title={error ? "That link didn't work" : "Check your inbox"}
      lead={
        error
          ? "The confirmation link has expired or was already used. Ask for a new one: each link works for 24 hours."
          : "We sent a link to confirm your email address. Open it on any device to finish."
      }
    >
      {user ? (
        <div className="grid gap-4">
          <p>
            Signed in as <strong className="font-medium">{user.email}</strong>. Nothing arrived? Look in spam, or send it again.
          </p>
          <ResendVerificationButton email={user.email} />
        </div>
      ) : (
        <p className="text-muted">
          <Link href="/sign-in?next=%2Fverify-email" className={TEXT_LINK}>
            Sign in
          </Link>{" "}
          to send yourself a new link.
        </p>
      )}
    </AuthShell>
  );
}
