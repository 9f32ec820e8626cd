import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sendMailWith } from "@/lib/mail/send-mail";
import { uniqueEmail } from "./auth-fixtures";

/** Just enough SMTP to receive a message: no TLS, no auth, everything accepted. */
function fakeSmtpServer() {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    socket.write("220 fake.test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      while (true) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline < 0) return;
        const line = buffer.slice(0, newline).toUpperCase();
        buffer = buffer.slice(newline + 2);
        if (line.startsWith("EHLO")) socket.write("250-fake.test\r\n250 8BITMIME\r\n");
        else if (line.startsWith("DATA")) {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (line.startsWith("QUIT")) socket.end("221 bye\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  return { server, received };
}

describe("mail", () => {
  const smtp = fakeSmtpServer();
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.server.listen(0, "127.0.0.1", resolve));
    port = (smtp.server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.server.close(() => resolve())));

  it("sends over SMTP when SMTP_URL is set, and stores nothing", async () => {
    const to = uniqueEmail("smtp");
    const delivery = await sendMailWith(
      { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Faultline <reviews@faultline.test>", NODE_ENV: "test" },
      { to, subject: "Reset your Faultline password", text: "Choose a new password:\nhttp://localhost/x", html: "<p>Choose</p>" },
    );
    expect(delivery).toEqual({ delivery: "sent" });
    expect(smtp.received.some((m) => m.includes(`To: ${to}`) && m.includes("Subject: Reset your Faultline password"))).toBe(true);
    expect(smtp.received.some((m) => m.includes("From: Faultline <reviews@faultline.test>"))).toBe(true);
    expect(await prisma.mailMessage.count({ where: { to } })).toBe(0);
  });

  it("keeps a message the SMTP server cannot take in the database, with the reason", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const to = uniqueEmail("bounce");
    const delivery = await sendMailWith(
      { SMTP_URL: `smtp://127.0.0.1:${deadPort}`, MAIL_FROM: "Faultline <reviews@faultline.test>", NODE_ENV: "production" },
      { to, subject: "Join Strata on Faultline", text: "Open the invitation:\nhttp://localhost/invitations/x" },
    );
    expect(delivery).toMatchObject({ delivery: "stored", id: expect.any(String), error: expect.stringMatching(/ECONNREFUSED|connect/i) });
    const row = await prisma.mailMessage.findFirstOrThrow({ where: { to } });
    expect(row).toMatchObject({ subject: "Join Strata on Faultline", error: expect.any(String) });
  });

  it("without SMTP_URL stores the message, in production too", async () => {
    const to = uniqueEmail("stored");
    const delivery = await sendMailWith({ MAIL_FROM: "x <x@x.test>", NODE_ENV: "production" }, { to, subject: "Confirm", text: "Confirm:\nhttp://localhost/c" });
    expect(delivery).toMatchObject({ delivery: "stored" });
    expect(await prisma.mailMessage.findFirstOrThrow({ where: { to } })).toMatchObject({ subject: "Confirm", error: null, html: null });
  });
});
