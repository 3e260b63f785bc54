export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";
export const LOCALE_COOKIE = "locale";

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (locales as readonly string[]).includes(v);
}
export function toLocale(v: unknown): Locale {
  return isLocale(v) ? v : defaultLocale;
}
/** Intl tag for formatting: Canadian French and Canadian English. */
export function intlTag(locale: Locale) {
  return locale === "fr" ? "fr-CA" : "en-CA";
}
