import { renderMail } from "@/lib/mail/render-mail";
import { ROLE_LABELS, type TWorkspaceRole } from "@/lib/workspaces/roles";

export function invitationMail(input: { to: string; workspaceName: string; inviterName: string; role: TWorkspaceRole; link: string; expiresAt: Date }) {
  const role = ROLE_LABELS[input.role].toLowerCase();
  return {
    to: input.to,
    subject: `${input.inviterName} invited you to ${input.workspaceName} on Faultline`,
    ...renderMail({
      heading: `Join ${input.workspaceName} on Faultline`,
      paragraphs: [
        `${input.inviterName} invited you to the workspace ${input.workspaceName} as ${role === "owner" ? "an owner" : `a ${role}`}.`,
        "Faultline runs architecture reviews of growing backends. Open the invitation to accept it; if you have no account yet, you can create one with this email address on the way.",
      ],
      action: { label: "Open the invitation", url: input.link },
      footnote: `The invitation is for ${input.to} and works until ${input.expiresAt.toUTCString()}.`,
    }),
  };
}
