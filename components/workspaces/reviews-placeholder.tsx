import { ROLES_THAT, type TWorkspaceRole } from "@/lib/workspaces/roles";

/**
 * The workspace's reviews. A placeholder until consultant-led reviews land: that work replaces this
 * component's body with the list (the section, its heading and its id="reviews" stay).
 */
export function ReviewsPlaceholder({ role }: { role: TWorkspaceRole }) {
  const canRun = (ROLES_THAT.runReviews as readonly TWorkspaceRole[]).includes(role);
  return (
    <div className="rounded-2xl border border-dashed border-line-strong/60 bg-surface/50 px-6 py-10 text-center sm:px-10 sm:py-14">
      <svg viewBox="0 0 24 24" aria-hidden="true" className="mx-auto size-8 text-line-strong" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M4 6.5h9l-1 4H4Zm0 7h7l-1 4H4Z" />
        <path d="M15 9.5h5v4h-6Zm-1.5 7H20v4h-7.5Z" className="stroke-accent" />
      </svg>
      <p className="mt-4 font-serif text-heading font-semibold">No reviews in this workspace yet</p>
      <p className="mx-auto mt-2 max-w-[40ch] text-[0.9375rem] text-muted">
        {canRun
          ? "Reviews you run for clients will be listed here. A self-serve review can already be claimed into this workspace by whoever holds its private link."
          : "Reviews the consultants run will be listed here for you to read."}
      </p>
    </div>
  );
}
