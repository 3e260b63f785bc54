import { NextResponse } from "next/server";
import { getSession } from "@/lib/server/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { homePathFor } from "@/lib/auth/home-path";

// After a successful sign-in: the user's saved language becomes the page language, then their role's home.
// Relative Location headers: behind a proxy, request.url may name another host than the one the browser used
// (and the session cookie belongs to the browser's host).
export async function GET() {
  const user = await getSession();
  if (!user) return new NextResponse(null, { status: 303, headers: { Location: "/connexion" } });
  const res = new NextResponse(null, { status: 303, headers: { Location: homePathFor(user.role) } });
  res.cookies.set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return res;
}
