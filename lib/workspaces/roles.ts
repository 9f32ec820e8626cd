import { z } from "zod";

/**
 * A workspace's roles. Owners run the workspace (members, invitations, roles); consultants run reviews;
 * viewers read them. Pure: used by the server, the forms and the tests alike.
 */
export const WORKSPACE_ROLES = ["owner", "consultant", "viewer"] as const;
export type TWorkspaceRole = (typeof WORKSPACE_ROLES)[number];
export const ZWorkspaceRole = z.enum(WORKSPACE_ROLES, { error: "Choose owner, consultant or viewer" });

export const ROLE_LABELS: Record<TWorkspaceRole, string> = { owner: "Owner", consultant: "Consultant", viewer: "Viewer" };

export const ROLE_SUMMARIES: Record<TWorkspaceRole, string> = {
  owner: "Manages members and invitations, and runs reviews",
  consultant: "Runs reviews: creates them, invites the client's team, publishes reports",
  viewer: "Reads the workspace's reviews and reports",
};

/** The roles allowed to do each thing, for requireMember(workspaceId, ROLES_THAT.runReviews). */
export const ROLES_THAT = {
  read: WORKSPACE_ROLES,
  runReviews: ["owner", "consultant"],
  manageMembers: ["owner"],
} as const satisfies Record<string, readonly TWorkspaceRole[]>;
