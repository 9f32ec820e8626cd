import type { Metadata } from "next";
import { BanksSection } from "@/components/banks/banks-section";
import { AccountBar } from "@/components/workspaces/account-bar";
import { daysFromNow } from "@/components/workspaces/format";
import { InviteForm } from "@/components/workspaces/invite-form";
import { MembersList } from "@/components/workspaces/members-list";
import { PendingInvitations } from "@/components/workspaces/pending-invitations";
import { RemoveMemberButton } from "@/components/workspaces/remove-member-button";
import { NewReviewForm } from "@/components/workspaces/new-review-form";
import { WorkspaceReviews } from "@/components/workspaces/workspace-reviews";
import { RoleBadge } from "@/components/workspaces/role-badge";
import { Container } from "@/components/ui/container";
import { getWorkspacePeople } from "@/lib/workspaces/get-workspace-people";
import { orNotFound, requirePageUser } from "@/lib/workspaces/page-user";
import { requireMemberBySlug } from "@/lib/workspaces/require-member";
import { ROLE_LABELS, ROLES_THAT, type TWorkspaceRole } from "@/lib/workspaces/roles";
import { banksForNewReview, listWorkspaceReviews } from "@/lib/workspaces/workspace-reviews";

export const metadata: Metadata = { title: "Workspace", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function WorkspacePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ joined?: string }> }) {
  const { slug } = await params;
  const { joined } = await searchParams;
  const user = await requirePageUser(`/workspaces/${slug}`);
  // Not a member: the same 404 as a workspace that does not exist.
  const membership = await orNotFound(requireMemberBySlug(slug, undefined, { user }));
  const canRun = (ROLES_THAT.runReviews as readonly TWorkspaceRole[]).includes(membership.role);
  const [{ members, invitations }, { reviews }, banks] = await Promise.all([
    getWorkspacePeople(membership),
    listWorkspaceReviews(user, membership.workspace.id, { limit: 100 }),
    canRun ? banksForNewReview(membership.workspace.id) : Promise.resolve([]),
  ]);
  const isOwner = membership.role === "owner";
  const owners = members.filter((m) => m.role === "owner").length;
  const canLeave = !isOwner || owners > 1;

  return (
    <>
      <AccountBar user={user} trail={[{ href: "/workspaces", label: "Workspaces" }, { label: membership.workspace.name }]} />
      <Container width="wide" className="py-10 sm:py-14">
        {joined ? (
          <p role="status" className="mb-8 rounded-xl border border-line border-l-4 border-l-risk-low bg-surface p-4 text-[0.9375rem]">
            Welcome to {membership.workspace.name}. You joined as {ROLE_LABELS[membership.role].toLowerCase()}.
          </p>
        ) : null}
        <header className="flex flex-wrap items-end justify-between gap-6 border-b border-line pb-8">
          <div className="min-w-0">
            <p className="eyebrow text-muted">Workspace</p>
            <h1 className="mt-3 text-title break-words">{membership.workspace.name}</h1>
            <p className="mt-3 flex flex-wrap items-center gap-2 text-[0.9375rem] text-muted">
              <span>{members.length === 1 ? "1 member" : `${members.length} members`}</span>
              <span aria-hidden="true">·</span>
              <span className="inline-flex items-center gap-2">
                you are <RoleBadge role={membership.role} />
              </span>
            </p>
          </div>
        </header>

        <section aria-labelledby="reviews" className="mt-12">
          <div className="flex flex-wrap items-baseline justify-between gap-4">
            <h2 id="reviews" className="text-heading">
              Reviews
            </h2>
          </div>
          <div className={`mt-5 grid gap-10 ${canRun ? "lg:grid-cols-[minmax(0,1fr)_26rem] lg:gap-12" : ""}`}>
            <WorkspaceReviews reviews={reviews} canRun={canRun} />
            {canRun ? (
              <aside aria-labelledby="new-review-title" className="h-fit rounded-2xl border border-line bg-surface p-6 shadow-[var(--shadow-sheet)] sm:p-7">
                <h3 id="new-review-title" className="font-serif text-lg font-semibold">
                  Start a review for a client
                </h3>
                <p className="mt-1.5 text-sm text-muted">Next, add the client&apos;s CTO and engineers: each answers through a private link of their own.</p>
                <div className="mt-5">
                  <NewReviewForm workspaceId={membership.workspace.id} banks={banks} />
                </div>
              </aside>
            ) : null}
          </div>
        </section>

        <BanksSection user={user} workspaceId={membership.workspace.id} canImport={canRun} />

        <section aria-labelledby="people" className="mt-16">
          <h2 id="people" className="text-heading">
            People
          </h2>
          <p className="mt-2 max-w-prose text-[0.9375rem] text-muted">
            {isOwner
              ? "Owners manage people and invitations. Consultants run reviews. Viewers read them."
              : "Owners manage people and invitations; ask one of them to change a role."}
          </p>
          <div className={`mt-6 grid gap-10 ${isOwner ? "lg:grid-cols-[minmax(0,1fr)_26rem] lg:gap-12" : ""}`}>
            <div className="grid content-start gap-10">
              <MembersList membership={membership} members={members} />
              {isOwner ? (
                <div>
                  <h3 id="open-invitations" className="font-serif text-lg font-semibold">
                    Open invitations
                  </h3>
                  <div className="mt-4">
                    <PendingInvitations
                      workspaceId={membership.workspace.id}
                      invitations={invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expires: daysFromNow(i.expiresAt), invitedBy: i.invitedBy }))}
                    />
                  </div>
                </div>
              ) : null}
            </div>
            {isOwner ? (
              <aside aria-labelledby="invite-title" className="h-fit rounded-2xl border border-line bg-surface p-6 shadow-[var(--shadow-sheet)] sm:p-7">
                <h3 id="invite-title" className="font-serif text-lg font-semibold">
                  Invite a colleague
                </h3>
                <p className="mt-1.5 text-sm text-muted">They get a link by email, and you get the same link to send yourself.</p>
                <div className="mt-5">
                  <InviteForm workspaceId={membership.workspace.id} />
                </div>
              </aside>
            ) : null}
          </div>
        </section>

        {canLeave ? (
          <section aria-labelledby="leave" className="mt-16 border-t border-line pt-8">
            <div className="flex flex-wrap items-center justify-between gap-4">
              <div>
                <h2 id="leave" className="font-serif text-lg font-semibold">
                  Leave this workspace
                </h2>
                <p className="mt-1 text-sm text-muted">You lose access to its reviews. An owner can invite you again.</p>
              </div>
              <RemoveMemberButton workspaceId={membership.workspace.id} memberId={membership.memberId} memberName={user.name} leaving />
            </div>
          </section>
        ) : null}
      </Container>
    </>
  );
}
