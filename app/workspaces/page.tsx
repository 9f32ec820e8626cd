import type { Metadata } from "next";
import { AccountBar } from "@/components/workspaces/account-bar";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { VerifyEmailNotice } from "@/components/workspaces/verify-email-notice";
import { WorkspaceList } from "@/components/workspaces/workspace-list";
import { Container } from "@/components/ui/container";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { requirePageUser } from "@/lib/workspaces/page-user";

export const metadata: Metadata = { title: "Workspaces", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function WorkspacesPage() {
  const user = await requirePageUser("/workspaces");
  const workspaces = await listWorkspaces(user.id);
  const first = workspaces.length === 0;
  return (
    <>
      <AccountBar user={user} trail={[{ label: "Workspaces" }]} />
      <Container width="wide" className="py-10 sm:py-14">
        {!user.emailVerified ? (
          <div className="mb-10">
            <VerifyEmailNotice email={user.email} />
          </div>
        ) : null}
        <header className="max-w-3xl">
          <p className="eyebrow text-muted">Your workspaces</p>
          <h1 className="mt-3 text-title">{first ? `Welcome, ${user.name.split(" ")[0] || "there"}` : "Workspaces"}</h1>
          <p className="mt-4 text-lead text-muted">
            {first
              ? "Start with a workspace for your consultancy. You'll invite colleagues to it and run your clients' reviews inside it."
              : "Each workspace is a consultancy: its people and the reviews it runs for clients."}
          </p>
        </header>

        <div className={`mt-10 grid gap-10 ${first ? "lg:grid-cols-[minmax(0,36rem)_minmax(0,1fr)] lg:gap-16" : "lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-14"}`}>
          {first ? null : (
            <section aria-labelledby="list-title">
              <h2 id="list-title" className="sr-only">
                Your workspaces
              </h2>
              <WorkspaceList workspaces={workspaces} />
            </section>
          )}
          <section aria-labelledby="create-title">
            <div className="rounded-2xl border border-line bg-surface p-6 shadow-[var(--shadow-sheet)] sm:p-8">
              <h2 id="create-title" className="text-heading">
                {first ? "Create your workspace" : "New workspace"}
              </h2>
              <div className="mt-5">
                <CreateWorkspaceForm autoFocus={first} />
              </div>
            </div>
          </section>
          {first ? (
            <section aria-labelledby="next-title" className="lg:pt-2">
              <h2 id="next-title" className="eyebrow text-muted">
                What comes next
              </h2>
              <ol className="mt-4 grid gap-0">
                {[
                  { title: "Invite your colleagues", text: "As owners, consultants or viewers. Each gets a link by email, and you get it to pass on." },
                  { title: "Run reviews for clients", text: "Reviews live in the workspace, where every consultant on the team can find them." },
                  { title: "Bring earlier reviews along", text: "A self-serve review started before can be claimed into the workspace by whoever holds its link." },
                ].map((step, index) => (
                  <li key={step.title} className="grid grid-cols-[2rem_minmax(0,1fr)] border-t border-line py-5">
                    <span aria-hidden="true" className="font-mono text-sm text-accent">
                      {String(index + 1).padStart(2, "0")}
                    </span>
                    <span>
                      <span className="block font-medium">{step.title}</span>
                      <span className="mt-1 block text-[0.9375rem] text-muted">{step.text}</span>
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>
      </Container>
    </>
  );
}
