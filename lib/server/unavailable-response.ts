import "server-only";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";

// The 503 answered by proxy.ts while the database is down (lib/server/db-availability.ts). Self-contained on purpose:
// rendering the app's layout would need the database, so the page is plain HTML with inline styles (allowed by the
// CSP's style-src), in the visitor's language (the same locale cookie as the rest of the site), and no script.

/** Seconds a client or load balancer should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function unavailableHtml(locale: Locale, retryHref: string): string {
  const t = createTranslator(locale);
  const [appName, code, title, body, hint, retry] = ["common.appName", "errors.unavailable.code", "errors.unavailable.title", "errors.unavailable.body", "errors.unavailable.hint", "errors.unavailable.retry"].map((k) => escape(t(k)));
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · ${appName}</title>
</head>
<body style="margin:0;font-family:'Open Sans','Segoe UI',Roboto,Arial,sans-serif;color:#1c2a40;background:#fff;line-height:1.6">
<div style="background:#223654;color:#fff;padding:16px 24px;font-weight:700;font-size:1.25rem">${appName}</div>
<main style="max-width:42rem;margin:0 auto;padding:48px 24px">
<p style="margin:0;font-size:.875rem;font-weight:600;letter-spacing:.025em;text-transform:uppercase;color:#4e5662">${code}</p>
<h1 style="color:#223654;font-size:2rem;line-height:1.25;margin:4px 0 16px">${title}</h1>
<p style="font-size:1.125rem">${body}</p>
<p style="font-size:1.125rem">${hint}</p>
<p style="margin-top:32px"><a href="${escape(retryHref)}" style="display:inline-flex;align-items:center;min-height:44px;padding:0 16px;border-radius:4px;background:#095797;color:#fff;font-weight:600;text-decoration:none">${retry}</a></p>
</main>
</body>
</html>`;
}

/** The 503 for this request: a translated page, or a JSON error for the API. Never cached. */
export function unavailableResponse(opts: { pathname: string; search: string; localeCookie: string | undefined }): Response {
  const locale = toLocale(opts.localeCookie);
  const headers = { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) };
  if (opts.pathname.startsWith("/api/")) {
    const message = createTranslator(locale)("errors.unavailable.title");
    return Response.json({ error: { code: "UNAVAILABLE", message } }, { status: 503, headers });
  }
  return new Response(unavailableHtml(locale, `${opts.pathname}${opts.search}`), { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
