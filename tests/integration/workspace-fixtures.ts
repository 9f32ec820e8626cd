import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { inviteMember } from "@/lib/workspaces/invitations";
import { acceptInvitation } from "@/lib/workspaces/respond-to-invitation";
import { createWorkspaceReview } from "@/lib/workspaces/workspace-reviews";
import { ORIGIN, signUp, type TSignedIn } from "./auth-fixtures";

export type TWorkspaceTeam = {
  workspace: { id: string; slug: string; name: string };
  owner: TSignedIn;
  consultant: TSignedIn;
  viewer: TSignedIn;
};

/** A workspace with an owner, a consultant and a viewer, the last two joined through real invitations. */
export async function workspaceTeam(name = "Strata Consulting"): Promise<TWorkspaceTeam> {
  const owner = await signUp("owner", "Olivia Owner");
  const workspace = await createWorkspace(owner.user, { name });
  const consultant = await signUp("consultant", "Carla Consultant");
  const viewer = await signUp("viewer", "Victor Viewer");
  for (const [member, role] of [
    [consultant, "consultant"],
    [viewer, "viewer"],
  ] as const) {
    const sent = await inviteMember(owner.user, workspace.id, { email: member.email, role }, ORIGIN);
    await acceptInvitation(member.user, sent.link.split("/invitations/")[1]);
  }
  return { workspace, owner, consultant, viewer };
}

/**
 * A consultant who owns a workspace with a viewer member, and a review in that workspace; `as(who)`
 * gives the headers of that person's signed-in requests.
 */
export async function consultantWorkspaceReview() {
  const consultant = await signUp("consultant", "Cora Consultant");
  const workspace = await createWorkspace(consultant.user, { name: "Strata Consulting" });
  const viewer = await signUp("viewer", "Vic Viewer");
  const sent = await inviteMember(consultant.user, workspace.id, { email: viewer.email, role: "viewer" }, ORIGIN);
  await acceptInvitation(viewer.user, sent.link.split("/invitations/")[1]);
  const { id } = await createWorkspaceReview(consultant.user, workspace.id, { title: "Acme backend review", organization: "Acme" });
  const as = (who: { cookie: string }) => ({ headers: { cookie: who.cookie, origin: ORIGIN } });
  return { id, consultant, viewer, workspace, as };
}
