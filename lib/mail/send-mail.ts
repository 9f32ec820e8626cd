import "server-only";
import { prisma } from "@/lib/db";
import { env, type TEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { smtpTransport } from "@/lib/mail/smtp-transport";

export type TMailMessage = { to: string; subject: string; text: string; html?: string };

/**
 * "sent": handed to the SMTP server. "stored": kept in the MailMessage table, because no SMTP server is
 * configured or because it refused the message; either way it is logged, never silently dropped.
 */
export type TMailDelivery = { delivery: "sent" } | { delivery: "stored"; id: string; error?: string };

/** Stored mail older than this is deleted when new mail is stored: its links have long expired. */
const KEEP_STORED_MAIL_DAYS = 30;

async function store(message: TMailMessage, error?: string): Promise<string> {
  const row = await prisma.mailMessage.create({
    data: { to: message.to, subject: message.subject, text: message.text, html: message.html ?? null, error: error ?? null },
    select: { id: true },
  });
  await prisma.mailMessage
    .deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_STORED_MAIL_DAYS * 86_400_000) } } })
    .catch((cause) => log.warn("could not prune stored mail", { error: cause }));
  return row.id;
}

export function sendMail(message: TMailMessage): Promise<TMailDelivery> {
  return sendMailWith(env(), message);
}

/** sendMail with explicit settings (the tests point it at a local SMTP server). */
export async function sendMailWith(settings: Pick<TEnv, "SMTP_URL" | "MAIL_FROM" | "NODE_ENV">, message: TMailMessage): Promise<TMailDelivery> {
  const { SMTP_URL, MAIL_FROM, NODE_ENV } = settings;
  if (SMTP_URL) {
    try {
      await smtpTransport(SMTP_URL).sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html });
      log.info("mail sent", { to: message.to, subject: message.subject });
      return { delivery: "sent" };
    } catch (cause) {
      const error = cause instanceof Error ? cause.message : String(cause);
      const id = await store(message, error);
      log.error("mail could not be sent over SMTP: stored in the database instead", { mailId: id, to: message.to, subject: message.subject, error });
      return { delivery: "stored", id, error };
    }
  }

  const id = await store(message);
  if (NODE_ENV === "production") {
    // The body holds live links (password resets): it stays out of production logs.
    log.warn("SMTP_URL is not set: mail stored in the database (MailMessage), not sent", { mailId: id, to: message.to, subject: message.subject });
  } else {
    log.info("mail stored: read it at /dev/mail (set SMTP_URL to send mail)", { mailId: id, to: message.to, subject: message.subject, text: message.text });
  }
  return { delivery: "stored", id };
}
