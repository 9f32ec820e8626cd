import { z } from "zod";
import { ZEmail } from "@/lib/auth/schemas";
import { ZWorkspaceRole } from "@/lib/workspaces/roles";

/** Inputs of the workspace actions and API, shared by forms, server actions, services and tests. */
export const ZWorkspaceId = z.uuid({ error: "Not a workspace id" });

/** Ids of members and invitations are uuids; anything else is "not found" before it reaches the database. */
export function isUuid(value: unknown): value is string {
  return z.uuid().safeParse(value).success;
}

export const ZCreateWorkspaceInput = z.object({
  name: z.string().trim().min(2, "Give the workspace a name of at least 2 characters").max(80, "Keep the name under 80 characters"),
});
export type TCreateWorkspaceInput = z.infer<typeof ZCreateWorkspaceInput>;

export const ZInviteInput = z.object({
  email: ZEmail,
  role: ZWorkspaceRole.default("consultant"),
});
export type TInviteInput = z.infer<typeof ZInviteInput>;

export const ZChangeRoleInput = z.object({ memberId: z.uuid(), role: ZWorkspaceRole });

export const ZClaimInput = z.strictObject({ workspaceId: ZWorkspaceId });
export type TClaimInput = z.infer<typeof ZClaimInput>;

/** Invitation links carry `fli_` + 43 base64url characters (lib/security/tokens.ts). */
export const ZInvitationToken = z.string().regex(/^fli_[A-Za-z0-9_-]{43}$/);
