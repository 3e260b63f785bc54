import { NextResponse } from "next/server";
import { getSessionWithId } from "@/lib/server/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { homePathFor } from "@/lib/auth/home-path";

// After a successful sign-in: the user's saved language becomes the page language, then their role's home.
// Relative Location headers: behind a proxy, request.url may name another host than the one the browser used
// (and the session cookie belongs to the browser's host).
export async function GET() {
  const session = await getSessionWithId();
  if (!session) return new NextResponse(null, { status: 303, headers: { Location: "/connexion" } });
  const { user } = session;
  // Employers, advisors and administrators pass their second factor (or enrol one) before anything else.
  const next = session.status === "needs-mfa" ? "/deux-facteurs" : homePathFor(user.role);
  const res = new NextResponse(null, { status: 303, headers: { Location: next } });
  res.cookies.set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return res;
}
