import { intlTag, type Locale } from "@/lib/i18n/config";

/** A file size for people: kilobytes under 1 MB, megabytes with one decimal above ("120 ko", "2,4 Mo"). */
export function formatFileSize(locale: Locale, bytes: number): string {
  const mb = bytes / 1024 / 1024;
  const unit = mb < 1 ? "kilobyte" : "megabyte";
  const value = mb < 1 ? Math.max(1, Math.round(bytes / 1024)) : Math.round(mb * 10) / 10;
  return new Intl.NumberFormat(intlTag(locale), { style: "unit", unit, unitDisplay: "short" }).format(value);
}
