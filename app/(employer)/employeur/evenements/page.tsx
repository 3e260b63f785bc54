import Link from "next/link";
import { Container } from "@/components/layout/container";
import { StatusBadge } from "@/components/events/event-status-badge";
import { EventFacts } from "@/components/events/event-facts";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { listEventsForEmployer, eventName } from "@/lib/server/dal/events";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.employer.title") };
}

export default async function EmployerEventsPage() {
  const actor = await requirePageRole("EMPLOYER");
  const [t, locale, events] = await Promise.all([getT(), getLocale(), listEventsForEmployer(actor)]);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div>
        <h1 className="text-3xl font-bold">{t("events.employer.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-muted">{t("events.employer.intro")}</p>
      </div>
      {events.length === 0 ? (
        <p className="text-ink-muted">{t("events.employer.empty")}</p>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {events.map((e) => (
            <li key={e.id} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-5" data-testid="employer-event">
              <h2 className="text-xl font-bold">
                <Link href={`/employeur/evenements/${e.id}`}>{eventName(e, locale)}</Link>
              </h2>
              <div className="flex flex-wrap gap-2">
                <StatusBadge status={e.status} label={t(`events.statuses.${e.status}`)} />
                {e.participation ? (
                  <StatusBadge status={e.participation.status} label={t(`events.participationStatuses.${e.participation.status}`)} />
                ) : (
                  e.canRegister && <span className="text-sm text-ink-muted">{t("events.employer.notRegistered")}</span>
                )}
              </div>
              <EventFacts event={e} t={t} locale={locale} />
              {e.participation && <p className="text-sm">{t("events.employer.vacanciesAttached", { count: e.participation.vacancies })}</p>}
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
