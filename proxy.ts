import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/lib/security/headers";
import { databaseKnownDown } from "@/lib/server/db-availability";
import { unavailableResponse } from "@/lib/server/unavailable-response";
import { LOCALE_COOKIE } from "@/lib/i18n/config";

// Runs before every request: a fresh CSP nonce and the security headers. Not an authorization layer: every page,
// action and data function checks the session itself (CVE-2025-29927 is why). A forged x-middleware-subrequest
// header is dropped so that it cannot change how Next treats the request.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
    pathname: request.nextUrl.pathname,
  });
  // Database down (lib/server/db-availability.ts): a fast, translated 503 rather than a page that waits and fails.
  // The health check answers for itself, and server actions get their own translated { ok: false } (safe-action.ts).
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/api/health" && !request.headers.has("next-action") && databaseKnownDown()) {
    const response = unavailableResponse({ pathname, search, localeCookie: request.cookies.get(LOCALE_COOKIE)?.value });
    for (const [k, v] of Object.entries(headers)) if (!response.headers.has(k)) response.headers.set(k, v);
    return response;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("x-middleware-subrequest");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|logo.svg).*)" }],
};
