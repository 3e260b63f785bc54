import { intlTag, type Locale } from "./config";

// Intl formatters are costly to build (locale data look-ups: a fraction of a millisecond each, and a board page
// formats hundreds of values) and immutable once built: one per locale and options, kept for the process's life.
// The keys come from code, not from input, so the caches stay small.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function dateFormat(tag: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(tag, opts)));
  return f;
}
function numberFormat(tag: string, opts: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
  const key = `${tag}|${opts ? JSON.stringify(opts) : ""}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(tag, opts)));
  return f;
}

// Dates, numbers and money for fr-CA / en-CA. Dates from the database are UTC calendar dates (@db.Date):
// format them in UTC so that 2027-03-01 never shows as 28 February in Québec's time zone.
export function formatDate(locale: Locale, d: Date | string, opts: Intl.DateTimeFormatOptions = { dateStyle: "long" }) {
  const date = typeof d === "string" ? new Date(d) : d;
  return dateFormat(intlTag(locale), { timeZone: "UTC", ...opts }).format(date);
}
export function formatDateTime(locale: Locale, d: Date | string, timeZone = "America/Toronto") {
  const date = typeof d === "string" ? new Date(d) : d;
  return dateFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
export function formatNumber(locale: Locale, n: number, opts?: Intl.NumberFormatOptions) {
  return numberFormat(intlTag(locale), opts).format(n);
}
export function formatMoney(locale: Locale, cents: number) {
  return numberFormat(intlTag(locale), { style: "currency", currency: "CAD" }).format(cents / 100);
}
export function formatPercent(locale: Locale, ratio: number, digits = 0) {
  return numberFormat(intlTag(locale), { style: "percent", maximumFractionDigits: digits }).format(ratio);
}
/** Parses a decimal typed by a person in either locale ("16,50" or "16.50"); null when not a number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0\u202f$]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}
