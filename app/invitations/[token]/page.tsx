import type { Metadata } from "next";
import { AuthShell, TEXT_LINK } from "@/components/auth/auth-shell";
import { SwitchAccountButton } from "@/components/auth/switch-account-button";
import { InvitationResponse } from "@/components/workspaces/invitation-response";
import { RoleBadge } from "@/components/workspaces/role-badge";
import { LinkButton } from "@/components/ui/button";
import { getInvitation } from "@/lib/workspaces/respond-to-invitation";
import { ROLE_LABELS, ROLE_SUMMARIES } from "@/lib/workspaces/roles";
import { getSessionUser } from "@/lib/workspaces/session-user";
import Link from "next/link";

// The address is the invitation's secret: never send it on in a Referer, never index it.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

const ENDED = {
  expired: { title: "This invitation has expired", text: "Invitations work for 7 days. Ask the person who invited you for a new link." },
  accepted: { title: "This invitation was already used", text: "If it was you who accepted it, the workspace is in your list." },
  declined: { title: "This invitation was declined", text: "Ask the person who invited you for a new one if you changed your mind." },
  canceled: { title: "This invitation was withdrawn", text: "It was cancelled or replaced by a newer link. Use the newest invitation you received." },
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getInvitation(token), getSessionUser()]);
  const here = `/invitations/${token}`;

  if (!invitation) {
    return (
      <AuthShell eyebrow="Invitation" title="This invitation link doesn't work" lead="It may be incomplete: copy the whole link from the email, or ask for a new one.">
        <LinkButton href="/" variant="secondary">
          Go to the start
        </LinkButton>
      </AuthShell>
    );
  }

  if (invitation.state !== "pending") {
    const ended = ENDED[invitation.state];
    return (
      <AuthShell eyebrow={`Invitation to ${invitation.workspace.name}`} title={ended.title} lead={ended.text}>
        <LinkButton href={user ? "/workspaces" : "/sign-in"} variant="secondary">
          {user ? "Your workspaces" : "Sign in"}
        </LinkButton>
      </AuthShell>
    );
  }

  const role = ROLE_LABELS[invitation.role].toLowerCase();
  const matches = user && user.email.toLowerCase() === invitation.email.toLowerCase();
  const query = new URLSearchParams({ next: here, email: invitation.email }).toString();

  return (
    <AuthShell
      eyebrow="You're invited"
      title={`Join ${invitation.workspace.name} on Faultline`}
      lead={
        <>
          {invitation.invitedBy ?? "A colleague"} invited <strong className="font-medium text-ink">{invitation.email}</strong> to the workspace
          as {role === "owner" ? "an owner" : `a ${role}`}.
        </>
      }
      aside={
        <div className="border-t border-line pt-5">
          <p className="flex items-center gap-2 font-medium">
            As <RoleBadge role={invitation.role} /> you
          </p>
          <p className="mt-1 text-[0.9375rem] text-muted">{ROLE_SUMMARIES[invitation.role].replace(/^./, (c) => c.toLowerCase())}.</p>
        </div>
      }
    >
      {matches ? (
        <div className="grid gap-5">
          <p className="text-[0.9375rem] text-muted">
            Signed in as <span className="text-ink">{user.email}</span>.
          </p>
          <InvitationResponse token={token} workspaceName={invitation.workspace.name} />
        </div>
      ) : user ? (
        <div className="grid gap-5">
          <p className="text-[0.9375rem]">
            You're signed in as <strong className="font-medium">{user.email}</strong>, but this invitation is for{" "}
            <strong className="font-medium">{invitation.email}</strong>. Only that account can accept it: sign out, then sign in or sign up with it.
          </p>
          <div>
            <SwitchAccountButton returnTo={here} email={invitation.email} />
          </div>
        </div>
      ) : (
        <div className="grid gap-5">
          <p className="text-[0.9375rem] text-muted">To accept, create an account with {invitation.email}, or sign in if you already have one.</p>
          <div className="flex flex-col gap-3">
            <LinkButton href={`/sign-up?${query}`} size="lg" className="w-full">
              Create an account
            </LinkButton>
            <LinkButton href={`/sign-in?${query}`} size="lg" variant="secondary" className="w-full">
              I already have an account
            </LinkButton>
          </div>
          <p className="text-sm text-muted">
            Not expecting this? You can ignore it; the invitation expires by itself. <Link href="/" className={TEXT_LINK}>What is Faultline?</Link>
          </p>
        </div>
      )}
    </AuthShell>
  );
}
