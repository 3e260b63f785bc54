import { intlTag, type Locale } from "./config";

// Dates, numbers and money for fr-CA / en-CA. Dates from the database are UTC calendar dates (@db.Date):
// format them in UTC so that 2027-03-01 never shows as 28 February in Québec's time zone.
export function formatDate(locale: Locale, d: Date | string, opts: Intl.DateTimeFormatOptions = { dateStyle: "long" }) {
  const date = typeof d === "string" ? new Date(d) : d;
  return new Intl.DateTimeFormat(intlTag(locale), { timeZone: "UTC", ...opts }).format(date);
}
export function formatDateTime(locale: Locale, d: Date | string, timeZone = "America/Toronto") {
  const date = typeof d === "string" ? new Date(d) : d;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
export function formatNumber(locale: Locale, n: number, opts?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(intlTag(locale), opts).format(n);
}
export function formatMoney(locale: Locale, cents: number) {
  return new Intl.NumberFormat(intlTag(locale), { style: "currency", currency: "CAD" }).format(cents / 100);
}
export function formatPercent(locale: Locale, ratio: number, digits = 0) {
  return new Intl.NumberFormat(intlTag(locale), { style: "percent", maximumFractionDigits: digits }).format(ratio);
}
/** Parses a decimal typed by a person in either locale ("16,50" or "16.50"); null when not a number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0\u202f$]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}
