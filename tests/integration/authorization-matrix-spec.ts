/**
 * Who may do what, as a table the authorisation matrix tests (tests/integration/authorization-matrix.test.ts
 * for the API and server actions, tests/e2e/authorization-pages.spec.ts for the pages) check every route
 * against. It restates lib/assessments/access.ts and lib/workspaces/require-member.ts on purpose, in its
 * own words: a change to either that is not also made here fails the tests. No vitest or Playwright
 * imports, so both runners can read it.
 */

/**
 * The people the matrix plays:
 * - anonymous: no credentials at all.
 * - editor: holds the edit link of a self-serve review (S).
 * - workspaceEditor: holds the edit link of the workspace review (A): a re-review hands one out, for
 *   whoever answers as its owner. It answers, reads and shares, but only members run a workspace's review.
 * - respondent: holds the private link of an invited respondent of the workspace review (A).
 * - otherRespondent: an invited respondent of another review (X), presenting that link here.
 * - viewer, consultant, owner: signed-in members of workspace W, which A belongs to.
 * - outsiderOwner: the signed-in owner of another workspace (W2).
 */
export const ACTORS = ["anonymous", "editor", "workspaceEditor", "respondent", "otherRespondent", "viewer", "consultant", "owner", "outsiderOwner"] as const;
export type TActor = (typeof ACTORS)[number];

export type TCapability = "answer" | "read" | "share" | "run";

/** The two reviews every review route is tried on: a consultant's review in W, and a self-serve one. */
export type TTargetKind = "workspace" | "self-serve";

export type TOutcome = "granted" | 401 | 403 | 404;

/**
 * A review's capabilities per actor, on the review the actor holds a link to (or whose workspace they
 * are a member of). Everybody else gets 404 (they cannot learn the review exists) and anonymous 401.
 *
 * | actor       | answer | read | share | run                                       |
 * | editor      | yes    | yes  | yes   | yes on a self-serve review, 403 in a workspace |
 * | respondent  | yes    | 403  | 403   | 403                                       |
 * | viewer      | 403    | yes  | 403   | 403                                       |
 * | consultant  | 403    | yes  | yes   | yes                                       |
 * | owner       | 403    | yes  | yes   | yes                                       |
 */
const REVIEW_CAPABILITIES: Record<"editor" | "respondent" | "viewer" | "consultant" | "owner", Record<TCapability, boolean | "self-serve only">> = {
  editor: { answer: true, read: true, share: true, run: "self-serve only" },
  respondent: { answer: true, read: false, share: false, run: false },
  viewer: { answer: false, read: true, share: false, run: false },
  consultant: { answer: false, read: true, share: true, run: true },
  owner: { answer: false, read: true, share: true, run: true },
};

/** Whose is each review: the editor's link opens S only; the workspace editor's, the respondent's and the members' A only. */
function relatedTo(actor: TActor, target: TTargetKind): boolean {
  if (actor === "editor") return target === "self-serve";
  if (actor === "workspaceEditor") return target === "workspace";
  if (actor === "respondent" || actor === "viewer" || actor === "consultant" || actor === "owner") return target === "workspace";
  return false;
}

export function reviewOutcome(actor: TActor, target: TTargetKind, capability: TCapability): TOutcome {
  if (actor === "anonymous") return 401;
  if (!relatedTo(actor, target)) return 404;
  const allowed = REVIEW_CAPABILITIES[(actor === "workspaceEditor" ? "editor" : actor) as keyof typeof REVIEW_CAPABILITIES][capability];
  if (allowed === "self-serve only") return target === "self-serve" ? "granted" : 403;
  return allowed ? "granted" : 403;
}

/** Workspace routes (W): members by role; a signed-in non-member 404; no session (links are not sessions) 401. */
export type TWorkspaceGate = "member" | "run" | "owner";

export function workspaceOutcome(actor: TActor, gate: TWorkspaceGate): TOutcome {
  if (actor === "viewer") return gate === "member" ? "granted" : 403;
  if (actor === "consultant") return gate === "owner" ? 403 : "granted";
  if (actor === "owner") return "granted";
  if (actor === "outsiderOwner") return 404;
  return 401;
}

/** Routes that only need a signed-in account (their own things: the workspaces list, creating one). */
export function sessionOutcome(actor: TActor): TOutcome {
  return actor === "viewer" || actor === "consultant" || actor === "owner" || actor === "outsiderOwner" ? "granted" : 401;
}

/**
 * Every page under app/ (by its file, relative to app/) and who may see it. The e2e spec visits each;
 * the integration test fails when a page file exists that is not listed here.
 * - public: anyone (landing, sign-in, …).
 * - review: a review page gated by a capability (denied: the same "no access" page for every denial).
 * - workspace: a workspace page (denied: sign-in for anonymous, not found for non-members).
 * - session: needs a signed-in account (anonymous is sent to sign-in).
 * - share-link: the read-only shared report; anyone with a live link, not found otherwise.
 * - token-page: reached with a secret in the address (an invitation); the secret decides, not the actor.
 * - dev-only: 404 in production builds.
 */
export type TPageGate =
  | { kind: "public" }
  | { kind: "review"; capability: TCapability; /** what a member sees instead when they may read but not this */ membersRedirectTo?: "report" }
  | { kind: "workspace"; gate: TWorkspaceGate }
  | { kind: "session" }
  | { kind: "share-link" }
  | { kind: "token-page" }
  | { kind: "dev-only" };

export const PAGES: Record<string, TPageGate> = {
  "page.tsx": { kind: "public" },
  "sign-in/page.tsx": { kind: "public" },
  "sign-up/page.tsx": { kind: "public" },
  "reset-password/page.tsx": { kind: "public" },
  "verify-email/page.tsx": { kind: "public" },
  "reviews/new/page.tsx": { kind: "public" },
  "reviews/[id]/page.tsx": { kind: "review", capability: "answer", membersRedirectTo: "report" },
  "reviews/[id]/report/page.tsx": { kind: "review", capability: "read" },
  "reviews/[id]/team/page.tsx": { kind: "review", capability: "run" },
  "reviews/[id]/consolidate/page.tsx": { kind: "review", capability: "read" },
  "reviews/[id]/present/page.tsx": { kind: "review", capability: "run" },
  "reviews/[id]/milestones/page.tsx": { kind: "review", capability: "read" },
  "reviews/[id]/milestones/[number]/page.tsx": { kind: "review", capability: "read" },
  "reviews/[id]/compare/page.tsx": { kind: "review", capability: "read" },
  "reviews/[id]/audit/page.tsx": { kind: "review", capability: "read" },
  "shared/[token]/page.tsx": { kind: "share-link" },
  "invitations/[token]/page.tsx": { kind: "token-page" },
  "workspaces/page.tsx": { kind: "session" },
  "workspaces/[slug]/page.tsx": { kind: "workspace", gate: "member" },
  "dev/mail/page.tsx": { kind: "dev-only" },
  "dev/mail/[id]/page.tsx": { kind: "dev-only" },
};

export function pageOutcome(page: TPageGate, actor: TActor, target: TTargetKind): TOutcome {
  switch (page.kind) {
    case "public":
    case "share-link":
    case "token-page":
      return "granted";
    case "dev-only":
      return 404;
    case "session":
      return sessionOutcome(actor);
    case "workspace":
      return workspaceOutcome(actor, page.gate);
    case "review":
      return reviewOutcome(actor, target, page.capability);
  }
}

/**
 * Every server action ("use server" files), by file and export, and who may run it. The integration
 * test fails when a file exports an action that is not listed; the e2e spec calls each one over HTTP the
 * way a form does (Next-Action header) as every actor. A denied action answers its form with an error
 * and changes nothing: 401 "your session has ended", 403 a role or address mismatch, 404 "no such".
 * - session: any signed-in account (creating a workspace).
 * - workspace: by role in W.
 * - someone-else's-invitation: an invitation addressed to another email (the invitee is the only one
 *   who may answer it; that path is driven through the pages while setting up).
 */
export type TActionGate = { kind: "session" } | { kind: "workspace"; gate: TWorkspaceGate } | { kind: "someone-else's-invitation" };

export const ACTIONS: Record<string, TActionGate> = {
  "lib/workspaces/actions.ts createWorkspaceAction": { kind: "session" },
  "lib/workspaces/actions.ts inviteAction": { kind: "workspace", gate: "owner" },
  "lib/workspaces/actions.ts resendInvitationAction": { kind: "workspace", gate: "owner" },
  "lib/workspaces/actions.ts cancelInvitationAction": { kind: "workspace", gate: "owner" },
  "lib/workspaces/actions.ts changeRoleAction": { kind: "workspace", gate: "owner" },
  /** Removing another member; leaving (removing oneself) is open to every member but the last owner. */
  "lib/workspaces/actions.ts removeMemberAction": { kind: "workspace", gate: "owner" },
  "lib/workspaces/actions.ts createReviewAction": { kind: "workspace", gate: "run" },
  "lib/workspaces/actions.ts acceptInvitationAction": { kind: "someone-else's-invitation" },
  "lib/workspaces/actions.ts declineInvitationAction": { kind: "someone-else's-invitation" },
};

export function actionOutcome(gate: TActionGate, actor: TActor): TOutcome {
  if (gate.kind === "session") return sessionOutcome(actor);
  if (gate.kind === "workspace") return workspaceOutcome(actor, gate.gate);
  return sessionOutcome(actor) === "granted" ? 403 : 401;
}
