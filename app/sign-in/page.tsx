import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AsidePoints, AuthShell, TEXT_LINK } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { getSessionUser } from "@/lib/workspaces/session-user";

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type TParams = { next?: string; email?: string };

export default async function SignInPage({ searchParams }: { searchParams: Promise<TParams> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getSessionUser()) redirect(next);
  const query = new URLSearchParams({ next, ...(params.email ? { email: params.email } : {}) }).toString();
  return (
    <AuthShell
      eyebrow="Faultline for consultancies"
      title="Sign in to your workspace"
      lead="Run architecture reviews with your clients' teams, keep every review in one place, and publish reports your clients can act on."
      aside={
        <AsidePoints
          points={[
            { title: "Reviewing your own backend?", text: "You don't need an account: a self-serve review lives at a private link that only you hold." },
            { title: "Invited by a colleague?", text: "Open the invitation link from your email first; it brings you back here when it's time to sign in." },
          ]}
        />
      }
      footer={
        <>
          New to Faultline?{" "}
          <Link href={`/sign-up?${query}`} className={TEXT_LINK}>
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm next={next} email={params.email} />
    </AuthShell>
  );
}
