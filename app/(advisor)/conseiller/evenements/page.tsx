import Link from "next/link";
import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { StatusBadge } from "@/components/events/event-status-badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listEventsForAdvisor, eventName } from "@/lib/server/dal/events";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.advisor.title") };
}

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

export default async function AdvisorEventsPage() {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const [t, locale, events] = await Promise.all([getT(), getLocale(), listEventsForAdvisor(actor)]);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold">{t("events.advisor.title")}</h1>
          <p className="mt-2 max-w-3xl text-ink-muted">{t("events.advisor.intro")}</p>
        </div>
        <ButtonLink href="/conseiller/evenements/nouveau" className="shrink-0">{t("events.advisor.new")}</ButtonLink>
      </div>
      {events.length === 0 ? (
        <p className="text-ink-muted">{t("events.advisor.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="events-caption" tabIndex={0}>
          <table className="w-full border-collapse text-start" data-testid="advisor-events">
            <caption id="events-caption" className="sr-only">{t("events.advisor.caption")}</caption>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className={th}>{t("events.advisor.event")}</th>
                <th scope="col" className={th}>{t("events.advisor.dates")}</th>
                <th scope="col" className={th}>{t("events.advisor.status")}</th>
                <th scope="col" className={`${th} text-end`}>{t("events.advisor.employers")}</th>
                <th scope="col" className={`${th} text-end`}>{t("events.advisor.vacancies")}</th>
                <th scope="col" className={`${th} text-end`}>{t("events.advisor.applications")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-b border-line last:border-b-0">
                  <th scope="row" className="px-3 py-3 text-start align-top">
                    <Link href={`/conseiller/evenements/${e.id}`}>{eventName(e, locale)}</Link>
                    {e.pendingParticipations > 0 && <span className="block text-sm font-normal text-warning-800">{t("events.advisor.pending", { count: e.pendingParticipations })}</span>}
                  </th>
                  <td className="px-3 py-3 align-top text-sm whitespace-nowrap">{formatDate(locale, e.startDate, { dateStyle: "medium" })} – {formatDate(locale, e.endDate, { dateStyle: "medium" })}</td>
                  <td className="px-3 py-3 align-top"><StatusBadge status={e.status} label={t(`events.statuses.${e.status}`)} /></td>
                  <td className="px-3 py-3 text-end align-top tabular-nums">{formatNumber(locale, e.employers)}</td>
                  <td className="px-3 py-3 text-end align-top tabular-nums">{formatNumber(locale, e.vacancies)}</td>
                  <td className="px-3 py-3 text-end align-top tabular-nums">{formatNumber(locale, e.applications)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  );
}
