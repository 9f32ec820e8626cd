import { renderMail } from "@/lib/mail/render-mail";

/** The mail better-auth asks us to send: password reset and email verification. Pure: easy to read and test. */
type TRecipient = { name: string; email: string };

export function resetPasswordMail(user: TRecipient, url: string) {
  return {
    to: user.email,
    subject: "Reset your Faultline password",
    ...renderMail({
      heading: "Choose a new password",
      paragraphs: [
        `Someone, hopefully you, asked to reset the password of the Faultline account ${user.email}.`,
        "If it wasn't you, ignore this message: your password stays as it is.",
      ],
      action: { label: "Choose a new password", url },
      footnote: "The link works once, for one hour. Choosing a new password signs you out on every other device.",
    }),
  };
}

export function verificationMail(user: TRecipient, url: string) {
  return {
    to: user.email,
    subject: "Confirm your email for Faultline",
    ...renderMail({
      heading: "Confirm your email address",
      paragraphs: [
        `Welcome${user.name ? `, ${user.name}` : ""}. Confirm that ${user.email} is your address so that password resets and invitations reach you.`,
      ],
      action: { label: "Confirm my email", url },
      footnote: "The link works for 24 hours. If you didn't create a Faultline account, ignore this message.",
    }),
  };
}
