import { countryName } from "@/lib/domain/candidate/countries";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import type { EventDto } from "@/lib/server/dal/events";
import { EventTime } from "./event-time";

/** Where and when an event happens, and its application deadline (in the event's zone, and in the reader's). */
export function EventFacts({ event, t, locale }: { event: EventDto; t: Translator; locale: Locale }) {
  const place = event.format === "VIRTUAL" ? t("events.formats.VIRTUAL") : [event.city, event.countryCode ? countryName(event.countryCode, locale) : null].filter(Boolean).join(", ");
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_minmax(0,1fr)]" data-testid="event-facts">
      <dt className="font-semibold">{t("events.facts.place")}</dt>
      <dd>
        {place}
        <span className="block text-sm text-ink-muted">{t("events.facts.zone", { zone: event.timeZone.replace(/_/g, " ") })}</span>
      </dd>
      <dt className="font-semibold">{t("events.facts.dates")}</dt>
      <dd>
        {event.startDate === event.endDate
          ? formatDate(locale, event.startDate)
          : t("events.facts.range", { start: formatDate(locale, event.startDate), end: formatDate(locale, event.endDate) })}
      </dd>
      <dt className="font-semibold">{t("events.facts.deadline")}</dt>
      <dd>
        <EventTime iso={event.applicationDeadline} timeZone={event.timeZone} />
      </dd>
    </dl>
  );
}
