import { NextResponse } from "next/server";
import { getSession } from "@/lib/server/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { homePathFor } from "@/lib/auth/home-path";

// After a successful sign-in: the user's saved language becomes the page language, then their role's home.
export async function GET(request: Request) {
  const user = await getSession();
  const url = new URL(request.url);
  if (!user) return NextResponse.redirect(new URL("/connexion", url));
  const res = NextResponse.redirect(new URL(homePathFor(user.role), url));
  res.cookies.set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return res;
}
