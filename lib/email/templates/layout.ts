// The frame of every e-mail: a title, paragraphs, at most one button, and the footer. Text and HTML carry the
// same words (the text part is what many screen readers and filters read). Pure: no I/O.

export type RenderedMail = { subject: string; text: string; html: string };

export type MailContent = {
  subject: string;
  title: string;
  paragraphs: string[];
  /** Quoted text written by a person (an employer's message): shown apart, never interpreted as HTML. */
  quote?: string | null;
  action?: { label: string; url: string } | null;
  footer: string;
};

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const paragraphHtml = (p: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p).replace(/\n/g, "<br>")}</p>`;

export function renderMail(c: MailContent, lang: "fr" | "en"): RenderedMail {
  const text = [
    c.title,
    "",
    ...c.paragraphs.flatMap((p) => [p, ""]),
    ...(c.quote ? [c.quote.split("\n").map((l) => `> ${l}`).join("\n"), ""] : []),
    ...(c.action ? [lang === "fr" ? `${c.action.label}\u00a0: ${c.action.url}` : `${c.action.label}: ${c.action.url}`, ""] : []),
    "--",
    c.footer,
  ].join("\n");
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1b1f23">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:bold;color:#095797">Passerelle Régions</p>
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(c.title)}</h1>
${c.paragraphs.map(paragraphHtml).join("\n")}
${c.quote ? `<blockquote style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #095797;background:#f4f6f8">${escapeHtml(c.quote).replace(/\n/g, "<br>")}</blockquote>` : ""}
${c.action ? `<p style="margin:24px 0"><a href="${escapeHtml(c.action.url)}" style="background:#095797;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(c.action.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#4e5662;word-break:break-all">${escapeHtml(c.action.url)}</p>` : ""}
<hr style="border:none;border-top:1px solid #d0d7de;margin:24px 0">
<p style="margin:0;font-size:13px;color:#4e5662">${escapeHtml(c.footer)}</p>
</div></body></html>`;
  return { subject: c.subject, text, html };
}
