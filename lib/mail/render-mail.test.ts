import { describe, expect, it } from "vitest";
import { renderMail } from "@/lib/mail/render-mail";

describe("renderMail", () => {
  it("gives a text part that carries the link on its own line", () => {
    const { text } = renderMail({
      heading: "Reset your password",
      paragraphs: ["Someone asked to reset the password of a@b.c."],
      action: { label: "Choose a new password", url: "https://x.test/api/auth/reset-password/abc?callbackURL=%2Freset-password" },
      footnote: "The link works for one hour.",
    });
    expect(text.split("\n")).toContain("https://x.test/api/auth/reset-password/abc?callbackURL=%2Freset-password");
    expect(text).toMatch(/^Reset your password\n/);
    expect(text).toContain("The link works for one hour.");
  });

  it("escapes what people typed (names, workspace names) in the HTML part", () => {
    const { html, text } = renderMail({ heading: "Join <b>Acme & Co</b>", paragraphs: ['"Ada" <script>alert(1)</script>'] });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("Join &lt;b&gt;Acme &amp; Co&lt;/b&gt;");
    expect(text).toContain('"Ada" <script>alert(1)</script>');
  });
});
