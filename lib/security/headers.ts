// Security headers for every response (applied by proxy.ts). Pure, so unit-tested.

/** Paths whose pages hold personal data: never cached, never indexed. */
export const PRIVATE_PATH_PREFIXES = ["/candidat", "/employeur", "/conseiller", "/admin", "/compte", "/apres-connexion", "/deux-facteurs", "/api/v1/me"];

export function isPrivatePath(pathname: string) {
  return PRIVATE_PATH_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * Content-Security-Policy: scripts only from our origin or carrying this request's nonce (Next adds it to its own
 * inline scripts); 'strict-dynamic' lets those load their chunks. Styles allow inline attributes (React style props
 * for bars and maps); no plugin, no framing, forms post only to us.
 */
export function contentSecurityPolicy(nonce: string, { dev }: { dev: boolean }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(opts: { nonce: string; dev: boolean; https: boolean; pathname: string }): Record<string, string> {
  const h: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(opts.nonce, { dev: opts.dev }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (opts.https) h["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  if (isPrivatePath(opts.pathname)) {
    h["Cache-Control"] = "no-store, max-age=0";
    h["X-Robots-Tag"] = "noindex, nofollow";
  }
  return h;
}
