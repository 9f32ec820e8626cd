import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/** One pooled SMTP connection per process, made on first use from SMTP_URL. */
const globalForMail = globalThis as unknown as { faultlineSmtp?: { url: string; transport: Transporter } };

export function smtpTransport(url: string): Transporter {
  if (globalForMail.faultlineSmtp?.url !== url) {
    globalForMail.faultlineSmtp = {
      url,
      // Short timeouts: a request that sends mail (password reset, invitation) must not hang for
      // minutes on an unreachable server; a failure is stored and logged instead (send-mail.ts).
      transport: nodemailer.createTransport(url, { pool: true, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never),
    };
  }
  return globalForMail.faultlineSmtp.transport;
}
