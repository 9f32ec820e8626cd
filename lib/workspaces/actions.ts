"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { appOrigin } from "@/lib/auth/app-origin";
import { AppError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { cancelInvitation, inviteMember, resendInvitation, type TSentInvitation } from "@/lib/workspaces/invitations";
import { changeMemberRole, removeMember } from "@/lib/workspaces/members";
import { acceptInvitation, declineInvitation } from "@/lib/workspaces/respond-to-invitation";
import { ZChangeRoleInput, ZCreateWorkspaceInput, ZInviteInput, ZWorkspaceId } from "@/lib/workspaces/schemas";
import { getSessionUser, type TSessionUser } from "@/lib/workspaces/session-user";
import type { TActionState } from "@/lib/workspaces/action-state";
import { createWorkspaceReview, ZCreateWorkspaceReviewInput } from "@/lib/workspaces/workspace-reviews";

/**
 * Server actions behind the workspace pages (Next checks their Origin, and they work without
 * JavaScript). Each one re-reads the session and goes through the services in this folder, which
 * authorise with requireMember; the forms hold nothing that grants access.
 */
function fail(error: unknown): TActionState {
  if (error instanceof ValidationError) {
    return { status: "error", fieldErrors: Object.fromEntries(error.errors.map((e) => [e.path, e.message])), message: error.errors.length ? undefined : error.message };
  }
  if (error instanceof AppError) return { status: "error", message: error.message };
  log.error("workspace action failed", { error });
  return { status: "error", message: "That didn't work on our side. Try again in a moment." };
}

async function signedIn(): Promise<TSessionUser | TActionState> {
  const user = await getSessionUser();
  return user ?? { status: "error", message: "Your session has ended. Sign in again, then retry." };
}

function isState(value: TSessionUser | TActionState): value is TActionState {
  return "status" in value;
}

function sentState(sent: TSentInvitation): TActionState {
  return {
    status: "ok",
    invitation: { email: sent.invitation.email, link: sent.link, mailed: sent.delivery.delivery === "sent" },
  };
}

function refresh() {
  revalidatePath("/workspaces", "layout");
}

export async function createWorkspaceAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  const parsed = ZCreateWorkspaceInput.safeParse({ name: form.get("name") });
  if (!parsed.success) return { status: "error", fieldErrors: { name: parsed.error.issues[0].message } };
  let slug: string;
  try {
    slug = (await createWorkspace(user, parsed.data)).slug;
  } catch (error) {
    return fail(error);
  }
  refresh();
  redirect(`/workspaces/${slug}`);
}

export async function inviteAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  const workspaceId = String(form.get("workspaceId") ?? "");
  const parsed = ZInviteInput.safeParse({ email: form.get("email"), role: form.get("role") || undefined });
  if (!parsed.success) {
    return { status: "error", fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  }
  try {
    const sent = await inviteMember(user, workspaceId, parsed.data, appOrigin(await headers()));
    refresh();
    return sentState(sent);
  } catch (error) {
    return fail(error);
  }
}

export async function resendInvitationAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  try {
    const sent = await resendInvitation(user, String(form.get("workspaceId")), String(form.get("invitationId")), appOrigin(await headers()));
    refresh();
    return sentState(sent);
  } catch (error) {
    return fail(error);
  }
}

export async function cancelInvitationAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  try {
    await cancelInvitation(user, String(form.get("workspaceId")), String(form.get("invitationId")));
  } catch (error) {
    return fail(error);
  }
  refresh();
  return { status: "ok", message: "Invitation cancelled." };
}

export async function changeRoleAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  const workspaceId = String(form.get("workspaceId") ?? "");
  const parsed = ZChangeRoleInput.safeParse({ memberId: form.get("memberId"), role: form.get("role") });
  if (!parsed.success || !ZWorkspaceId.safeParse(workspaceId).success) return { status: "error", message: "Choose owner, consultant or viewer." };
  try {
    await changeMemberRole(user, workspaceId, parsed.data.memberId, parsed.data.role);
  } catch (error) {
    return fail(error);
  }
  refresh();
  return { status: "ok", message: "Role changed." };
}

export async function removeMemberAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  const leaving = form.get("leaving") === "1";
  try {
    await removeMember(user, String(form.get("workspaceId")), String(form.get("memberId")));
  } catch (error) {
    return fail(error);
  }
  refresh();
  if (leaving) redirect("/workspaces");
  return { status: "ok", message: "Member removed." };
}

export async function acceptInvitationAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  let slug: string;
  try {
    slug = (await acceptInvitation(user, String(form.get("token")))).workspace.slug;
  } catch (error) {
    return fail(error);
  }
  refresh();
  redirect(`/workspaces/${slug}?joined=1`);
}

export async function declineInvitationAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  try {
    await declineInvitation(user, String(form.get("token")));
  } catch (error) {
    return fail(error);
  }
  refresh();
  return { status: "ok", message: "Invitation declined. Nothing else happens." };
}

export async function createReviewAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const user = await signedIn();
  if (isState(user)) return user;
  const workspaceId = String(form.get("workspaceId") ?? "");
  const parsed = ZCreateWorkspaceReviewInput.safeParse({
    title: form.get("title") ?? "",
    organization: form.get("organization") || undefined,
    questionnaireVersionId: form.get("questionnaireVersionId") || undefined,
  });
  if (!parsed.success) {
    return { status: "error", fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  }
  let created: { links: { team: string } };
  try {
    created = await createWorkspaceReview(user, workspaceId, parsed.data);
  } catch (error) {
    return fail(error);
  }
  refresh();
  redirect(created.links.team);
}
