/**
 * Plain, calm transactional mail: a heading, a few paragraphs and at most one action. Every message has
 * a text part that reads well on its own (many people and all tests read that one) and a simple HTML
 * part with inline styles only, because mail clients ignore style sheets.
 */
export type TMailContent = {
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the action, e.g. "The link works for one hour." */
  footnote?: string;
};

export type TRenderedMail = { text: string; html: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const INK = "#17191c";
const MUTED = "#565b63";
const ACCENT = "#2b45a0";
const PAPER = "#f7f5f0";
const LINE = "#dcd7cc";

export function renderMail(content: TMailContent): TRenderedMail {
  const text = [
    content.heading,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}:`, content.action.url, ""] : []),
    ...(content.footnote ? [content.footnote, ""] : []),
    "— Faultline",
  ].join("\n");

  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.6;color:${INK}">${escapeHtml(p)}</p>`)
    .join("");
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:${ACCENT};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:${MUTED}">Or paste this address into your browser:<br><span style="word-break:break-all;color:${INK}">${escapeHtml(content.action.url)}</span></p>`
    : "";
  const footnote = content.footnote
    ? `<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:${MUTED}">${escapeHtml(content.footnote)}</p>`
    : "";
  const html =
    `<!doctype html><html lang="en"><body style="margin:0;padding:32px 16px;background:${PAPER};font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif">` +
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid ${LINE};border-radius:12px;padding:32px">` +
    `<p style="margin:0 0 24px;font-family:Georgia,serif;font-weight:600;font-size:18px;color:${INK}">Faultline</p>` +
    `<h1 style="margin:0 0 16px;font-family:Georgia,serif;font-size:24px;line-height:1.25;color:${INK}">${escapeHtml(content.heading)}</h1>` +
    paragraphs +
    action +
    footnote +
    `</div></body></html>`;
  return { text, html };
}
