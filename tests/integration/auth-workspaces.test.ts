import { describe, expect, it } from "vitest";
import { POST as createAssessmentRoute } from "@/app/api/v1/assessments/route";
import { POST as claimRoute } from "@/app/api/v1/assessments/[id]/claim/route";
import { prisma } from "@/lib/db";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { acceptInvitation, declineInvitation, getInvitation } from "@/lib/workspaces/respond-to-invitation";
import { cancelInvitation, inviteMember, resendInvitation } from "@/lib/workspaces/invitations";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { changeMemberRole, removeMember } from "@/lib/workspaces/members";
import { requireMember, requireMemberBySlug } from "@/lib/workspaces/require-member";
import { ROLES_THAT } from "@/lib/workspaces/roles";
import { callRoute } from "../support/call-route";
import { ORIGIN, lastMailTo, linkIn, signUp, uniqueEmail } from "./auth-fixtures";

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return (error as { status?: number }).status ?? 500;
  }
}

/** An owner with a workspace, and a member of it with `role`, joined through a real invitation. */
async function workspaceWith(role: "consultant" | "viewer" | "owner" = "consultant") {
  const owner = await signUp("owner", "Olivia Owner");
  const workspace = await createWorkspace(owner.user, { name: "Strata Consulting" });
  const member = await signUp(role, "Max Member");
  const sent = await inviteMember(owner.user, workspace.id, { email: member.email, role }, ORIGIN);
  await acceptInvitation(member.user, sent.link.split("/invitations/")[1]);
  return { owner, member, workspace };
}

describe("workspaces", () => {
  it("creates a workspace with a unique slug and its creator as owner, audited", async () => {
    const { user } = await signUp("creator");
    const first = await createWorkspace(user, { name: "Ørsted & Søn" });
    const second = await createWorkspace(user, { name: "Ørsted & Søn" });
    expect(first.slug).toBe("orsted-son");
    expect(second.slug).toMatch(/^orsted-son-[a-z0-9]{4}$/);
    const membership = await requireMember(first.id, ROLES_THAT.manageMembers, { user });
    expect(membership).toMatchObject({ role: "owner", workspace: { name: "Ørsted & Søn" } });
    expect((await listWorkspaces(user.id)).map((w) => w.id)).toEqual([second.id, first.id]);
    const audit = await prisma.auditEvent.findFirst({ where: { action: "workspace.created", actor: `user:${user.id}` } });
    expect(audit?.data).toMatchObject({ workspaceId: expect.any(String) });
  });

  it("invites by email: the link is shown and mailed, the invitee accepts and becomes a consultant", async () => {
    const owner = await signUp("inviter", "Olivia Owner");
    const workspace = await createWorkspace(owner.user, { name: "Strata Consulting" });
    const inviteeEmail = uniqueEmail("invitee");
    const sent = await inviteMember(owner.user, workspace.id, { email: inviteeEmail.toUpperCase(), role: "consultant" }, ORIGIN);
    expect(sent.link).toMatch(/^http:\/\/localhost\/invitations\/fli_[A-Za-z0-9_-]{43}$/);
    expect(sent.delivery).toMatchObject({ delivery: "stored" });
    const token = sent.link.split("/invitations/")[1];
    // Only the token's hash is stored.
    const row = await prisma.workspaceInvitation.findUniqueOrThrow({ where: { id: sent.invitation.id } });
    expect(row).toMatchObject({ email: inviteeEmail, role: "consultant", status: "pending" });
    expect(row.tokenHash).not.toContain(token);

    const mail = await lastMailTo(inviteeEmail);
    expect(mail.subject).toBe("Olivia Owner invited you to Strata Consulting on Faultline");
    expect(linkIn(mail.text).toString()).toBe(sent.link);

    expect(await getInvitation(token)).toMatchObject({ state: "pending", email: inviteeEmail, role: "consultant", workspace: { id: workspace.id } });
    // The invitee signs up (after getting the link), then accepts.
    const invitee = await signUp("invitee", "Ivy Invitee", inviteeEmail);
    const accepted = await acceptInvitation(invitee.user, token);
    expect(accepted).toMatchObject({ role: "consultant", workspace: { slug: workspace.slug } });
    expect((await requireMemberBySlug(workspace.slug, undefined, { user: invitee.user })).role).toBe("consultant");
    // A link works once.
    expect(await status(acceptInvitation(invitee.user, token))).toBe(404);
    expect((await getInvitation(token))?.state).toBe("accepted");
  });

  it("binds an invitation to its email, expires it, and lets owners cancel or renew it", async () => {
    const owner = await signUp("binder");
    const workspace = await createWorkspace(owner.user, { name: "Bound" });
    const intended = uniqueEmail("intended");
    const sent = await inviteMember(owner.user, workspace.id, { email: intended, role: "viewer" }, ORIGIN);
    const token = sent.link.split("/invitations/")[1];
    const stranger = await signUp("stranger");
    expect(await status(acceptInvitation(stranger.user, token))).toBe(403);
    expect(await status(declineInvitation(stranger.user, token))).toBe(403);

    // Renewing gives a new link; the old one stops working.
    const renewed = await resendInvitation(owner.user, workspace.id, sent.invitation.id, ORIGIN);
    const newToken = renewed.link.split("/invitations/")[1];
    expect(newToken).not.toBe(token);
    expect(await getInvitation(token)).toBeNull();
    const invitee = await signUp("intended", "Intended", intended);

    await prisma.workspaceInvitation.update({ where: { id: sent.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getInvitation(newToken))?.state).toBe("expired");
    expect(await status(acceptInvitation(invitee.user, newToken))).toBe(404);

    const third = await inviteMember(owner.user, workspace.id, { email: intended, role: "viewer" }, ORIGIN);
    await cancelInvitation(owner.user, workspace.id, third.invitation.id);
    expect(await status(acceptInvitation(invitee.user, third.link.split("/invitations/")[1]))).toBe(404);

    const fourth = await inviteMember(owner.user, workspace.id, { email: intended, role: "viewer" }, ORIGIN);
    await declineInvitation(invitee.user, fourth.link.split("/invitations/")[1]);
    expect((await getInvitation(fourth.link.split("/invitations/")[1]))?.state).toBe("declined");
    expect(await status(requireMember(workspace.id, undefined, { user: invitee.user }))).toBe(404);
  });

  it("refuses to invite an existing member, and lets only owners invite", async () => {
    const { owner, member, workspace } = await workspaceWith("consultant");
    expect(await status(inviteMember(owner.user, workspace.id, { email: member.email, role: "viewer" }, ORIGIN))).toBe(422);
    expect(await status(inviteMember(member.user, workspace.id, { email: uniqueEmail("x"), role: "viewer" }, ORIGIN))).toBe(403);
    // Ids that are not ids are "not found", never a database error.
    expect(await status(cancelInvitation(owner.user, workspace.id, "nope"))).toBe(404);
    expect(await status(resendInvitation(owner.user, workspace.id, "nope", ORIGIN))).toBe(404);
    expect(await status(changeMemberRole(owner.user, workspace.id, "nope", "viewer"))).toBe(404);
    expect(await status(removeMember(owner.user, workspace.id, "nope"))).toBe(404);
    expect(await getInvitation("fli_" + "A".repeat(43))).toBeNull();
    expect(await getInvitation("../../etc")).toBeNull();
  });

  it("lets only owners change roles, and never leaves a workspace without an owner", async () => {
    const { owner, member, workspace } = await workspaceWith("consultant");
    const memberRow = await prisma.workspaceMember.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: member.user.id } });
    const ownerRow = await prisma.workspaceMember.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: owner.user.id } });

    // A consultant cannot change roles, not even their own.
    expect(await status(changeMemberRole(member.user, workspace.id, memberRow.id, "owner"))).toBe(403);
    expect(await status(changeMemberRole(member.user, workspace.id, ownerRow.id, "viewer"))).toBe(403);

    // The only owner cannot step down.
    expect(await status(changeMemberRole(owner.user, workspace.id, ownerRow.id, "consultant"))).toBe(409);

    await changeMemberRole(owner.user, workspace.id, memberRow.id, "viewer");
    expect((await requireMember(workspace.id, undefined, { user: member.user })).role).toBe("viewer");
    expect(await status(requireMember(workspace.id, ROLES_THAT.runReviews, { user: member.user }))).toBe(403);

    await changeMemberRole(owner.user, workspace.id, memberRow.id, "owner");
    // With two owners, one may step down.
    await changeMemberRole(owner.user, workspace.id, ownerRow.id, "consultant");
    expect((await requireMember(workspace.id, undefined, { user: owner.user })).role).toBe("consultant");

    const audit = await prisma.auditEvent.findMany({ where: { action: "member.role-changed", actor: `user:${owner.user.id}` } });
    expect(audit).toHaveLength(3);
  });

  it("concurrent demotions of the two owners leave one owner", async () => {
    const { owner, member, workspace } = await workspaceWith("owner");
    const rows = await prisma.workspaceMember.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "asc" } });
    const results = await Promise.allSettled([
      changeMemberRole(owner.user, workspace.id, rows[1].id, "viewer"),
      changeMemberRole(member.user, workspace.id, rows[0].id, "viewer"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.workspaceMember.count({ where: { workspaceId: workspace.id, role: "owner" } })).toBe(1);
  });

  it("removes members (owners), lets members leave, and keeps the last owner", async () => {
    const { owner, member, workspace } = await workspaceWith("consultant");
    const memberRow = await prisma.workspaceMember.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: member.user.id } });
    const ownerRow = await prisma.workspaceMember.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: owner.user.id } });
    expect(await status(removeMember(member.user, workspace.id, ownerRow.id))).toBe(403);
    expect(await status(removeMember(owner.user, workspace.id, ownerRow.id))).toBe(409);
    await removeMember(owner.user, workspace.id, memberRow.id);
    expect(await status(requireMember(workspace.id, undefined, { user: member.user }))).toBe(404);

    const second = await workspaceWith("viewer");
    const leaving = await prisma.workspaceMember.findFirstOrThrow({ where: { workspaceId: second.workspace.id, userId: second.member.user.id } });
    await removeMember(second.member.user, second.workspace.id, leaving.id);
    expect(await status(requireMember(second.workspace.id, undefined, { user: second.member.user }))).toBe(404);
  });

  it("answers 404, not 403, to a signed-in non-member, and 401 without a session", async () => {
    const { workspace } = await workspaceWith("consultant");
    const outsider = await signUp("outsider");
    expect(await status(requireMember(workspace.id, undefined, { user: outsider.user }))).toBe(404);
    expect(await status(requireMemberBySlug(workspace.slug, undefined, { headers: outsider.headers }))).toBe(404);
    expect(await status(requireMember("00000000-0000-4000-8000-000000000000", undefined, { user: outsider.user }))).toBe(404);
    expect(await status(requireMember("not-an-id", undefined, { user: outsider.user }))).toBe(404);
    expect(await status(requireMember(workspace.id, undefined, { headers: new Headers() }))).toBe(401);
    expect(await status(inviteMember(outsider.user, workspace.id, { email: uniqueEmail("x"), role: "viewer" }, ORIGIN))).toBe(404);
    const anyMember = await prisma.workspaceMember.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    expect(await status(changeMemberRole(outsider.user, workspace.id, anyMember.id, "viewer"))).toBe(404);
    expect(await status(removeMember(outsider.user, workspace.id, anyMember.id))).toBe(404);
  });
});

describe("claiming a self-serve review into a workspace", () => {
  async function selfServeReview() {
    const response = await callRoute(createAssessmentRoute, {}, { method: "POST", body: { title: "Acme backend review", organization: "Acme" } });
    expect(response.status).toBe(201);
    return response.body as { id: string; editToken: string };
  }

  function claim(id: string, body: unknown, init: { token?: string; cookie?: string } = {}) {
    const headers: Record<string, string> = { origin: ORIGIN };
    if (init.cookie) headers.cookie = init.cookie;
    return callRoute(claimRoute, { id }, { method: "POST", path: `/api/v1/assessments/${id}/claim`, body, token: init.token, headers });
  }

  it("needs both the review's edit token and a signed-in owner or consultant of the workspace", async () => {
    const { owner, member, workspace } = await workspaceWith("consultant");
    const review = await selfServeReview();

    // Neither credential: 401. A session alone opens nothing on a review outside its workspaces: 404,
    // as for a review that does not exist. The edit token alone: 401 (claiming needs an account).
    expect((await claim(review.id, { workspaceId: workspace.id })).status).toBe(401);
    expect((await claim(review.id, { workspaceId: workspace.id }, { cookie: member.cookie })).status).toBe(404);
    const tokenOnly = await claim(review.id, { workspaceId: workspace.id }, { token: review.editToken });
    expect(tokenOnly.status).toBe(401);
    expect(tokenOnly.headers.get("content-type")).toBe("application/problem+json");
    // A wrong token with a good session: 404, as for any review.
    expect((await claim(review.id, { workspaceId: workspace.id }, { token: "fle_" + "A".repeat(43), cookie: member.cookie })).status).toBe(404);
    // A bad body: 422.
    expect((await claim(review.id, { workspaceId: "nope" }, { token: review.editToken, cookie: member.cookie })).status).toBe(422);

    const claimed = await claim(review.id, { workspaceId: workspace.id }, { token: review.editToken, cookie: member.cookie });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ assessmentId: review.id, workspace: { id: workspace.id, slug: workspace.slug }, claimed: "now" });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: review.id } })).workspaceId).toBe(workspace.id);
    expect(await prisma.auditEvent.count({ where: { assessmentId: review.id, action: "assessment.claimed" } })).toBe(1);

    // Again into the same workspace: nothing changes.
    const again = await claim(review.id, { workspaceId: workspace.id }, { token: review.editToken, cookie: owner.cookie });
    expect(again.body.claimed).toBe("already");
    expect(await prisma.auditEvent.count({ where: { assessmentId: review.id, action: "assessment.claimed" } })).toBe(1);
  });

  it("404s a workspace the user is not in, 403s a viewer, 409s a review claimed elsewhere", async () => {
    const { member: viewer, workspace } = await workspaceWith("viewer");
    const review = await selfServeReview();
    const viewerClaim = await claim(review.id, { workspaceId: workspace.id }, { token: review.editToken, cookie: viewer.cookie });
    expect(viewerClaim.status).toBe(403);
    expect(viewerClaim.body.code).toBe("forbidden");

    const outsider = await signUp("claim-outsider");
    expect((await claim(review.id, { workspaceId: workspace.id }, { token: review.editToken, cookie: outsider.cookie })).status).toBe(404);

    const elsewhere = await createWorkspace(outsider.user, { name: "Elsewhere" });
    expect((await claim(review.id, { workspaceId: elsewhere.id }, { token: review.editToken, cookie: outsider.cookie })).status).toBe(200);
    const { owner } = await workspaceWith("consultant");
    const ownWorkspace = (await listWorkspaces(owner.user.id))[0];
    const conflict = await claim(review.id, { workspaceId: ownWorkspace.id }, { token: review.editToken, cookie: owner.cookie });
    expect(conflict.status).toBe(409);
    expect(JSON.stringify(conflict.body)).not.toContain(elsewhere.id);
  });
});
