import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AsidePoints, AuthShell, TEXT_LINK } from "@/components/auth/auth-shell";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { getSessionUser } from "@/lib/workspaces/session-user";

export const metadata: Metadata = { title: "Create an account", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type TParams = { next?: string; email?: string };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<TParams> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getSessionUser()) redirect(next);
  const invited = next.startsWith("/invitations/");
  const query = new URLSearchParams({ next, ...(params.email ? { email: params.email } : {}) }).toString();
  return (
    <AuthShell
      eyebrow={invited ? "You were invited" : "Faultline for consultancies"}
      title={invited ? "Create your account to join" : "Create your account"}
      lead={
        invited
          ? "Use the address the invitation was sent to. Once your account exists, you'll be back at the invitation to accept it."
          : "An account holds your workspace: the consultancy's people, their roles and the reviews you run for clients."
      }
      aside={
        <AsidePoints
          points={[
            { title: "A workspace per consultancy", text: "Invite colleagues as owners, consultants or viewers, and see every review the team runs." },
            { title: "Reviews you can bring along", text: "A self-serve review started before you had an account can be claimed into your workspace." },
            { title: "Your data stays put", text: "Accounts, sessions and reviews live in this deployment's PostgreSQL, nowhere else." },
          ]}
        />
      }
      footer={
        <>
          Already have an account?{" "}
          <Link href={`/sign-in?${query}`} className={TEXT_LINK}>
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm next={next} email={params.email} />
    </AuthShell>
  );
}
