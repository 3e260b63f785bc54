"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { secureCookies } from "@/lib/env";
import { LOCALE_COOKIE, locales, type Locale } from "@/lib/i18n/config";
import { getSession } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { action, type ActionResult } from "./safe-action";

const ZSetLocale = z.enum(locales);
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const run = action(ZSetLocale, async (locale) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookies(),
  });
  // A signed-in person keeps the choice on their account (e-mails and the next sign-in use it). The id comes
  // from the session, never from the client.
  const user = await getSession();
  if (user && user.locale !== locale) await db.user.update({ where: { id: user.id }, data: { locale }, select: { id: true } });
  return { locale };
});

/**
 * Switches the interface language: sets the `locale` cookie (a year, SameSite=Lax) and, when signed in, User.locale.
 * Setting a cookie in a server action re-renders the current route in the same response, so the page comes back in
 * the new language (a client caller may still router.refresh() after it). For a form that also works without
 * JavaScript, use setLocaleFormAction below.
 */
export async function setLocaleAction(locale: Locale | string): Promise<ActionResult<{ locale: Locale }>> {
  return run(locale);
}

/** The same, for a <form action>: `setLocaleFormAction.bind(null, "en")` (a form action returns nothing). */
export async function setLocaleFormAction(locale: Locale | string, _form?: FormData): Promise<void> {
  await run(locale);
}
