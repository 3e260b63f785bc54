import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "./config";
import { createTranslator } from "./translate";

/** The visitor's locale: the cookie set by the language switch (and at sign-in from the profile), French otherwise. */
export const getLocale = cache(async (): Promise<Locale> => toLocale((await cookies()).get(LOCALE_COOKIE)?.value));

export const getT = cache(async () => createTranslator(await getLocale()));
