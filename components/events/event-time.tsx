"use client";
import { useSyncExternalStore } from "react";
import { useI18n } from "@/lib/i18n/client";
import { intlTag } from "@/lib/i18n/config";

/** Date and time of an instant in a zone, with the zone's short name ("10:00 UTC+2", "10 h 00 HAE"). */
export function formatInZone(locale: "fr" | "en", iso: string, timeZone: string, opts: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit" }) {
  return new Intl.DateTimeFormat(intlTag(locale), { ...opts, timeZone, timeZoneName: "short" }).format(new Date(iso));
}

const subscribeNever = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => null;

/**
 * A time as the event shows it (its own zone), and, once in the browser, in the reader's zone when it differs:
 * "29 mars 2027, 10 h 00 UTC+2 · chez vous : 04 h 00 HAE". The server renders the event's zone only (it cannot
 * know the reader's), so nothing differs at hydration.
 */
export function EventTime({ iso, timeZone, endIso }: { iso: string; timeZone: string; endIso?: string }) {
  const { t, locale } = useI18n();
  const own = useSyncExternalStore(subscribeNever, browserZone, serverZone);
  const mine = own && own !== timeZone ? own : null;
  const end = endIso ? new Intl.DateTimeFormat(intlTag(locale), { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(endIso)) : null;
  return (
    <span className="inline-flex flex-col">
      <span>
        <time dateTime={iso}>{formatInZone(locale, iso, timeZone)}</time>
        {end && <> – {end}</>}
        <span className="sr-only"> ({t("events.time.eventZone", { zone: timeZone })})</span>
      </span>
      {mine && (
        <span className="text-sm text-ink-muted" data-testid="own-time">
          {t("events.time.yours", { time: formatInZone(locale, iso, mine) })}
        </span>
      )}
    </span>
  );
}
