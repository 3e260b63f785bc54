import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EventFacts } from "@/components/events/event-facts";
import { StatusBadge } from "@/components/events/event-status-badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { listPublicEvents, eventName } from "@/lib/server/dal/events";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.public.title") };
}

export const dynamic = "force-dynamic";

export default async function PublicEventsPage() {
  const [t, locale, events] = await Promise.all([getT(), getLocale(), listPublicEvents()]);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div>
        <h1 className="text-3xl font-bold">{t("events.public.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-muted">{t("events.public.intro")}</p>
      </div>
      {events.length === 0 ? (
        <p className="text-ink-muted">{t("events.public.empty")}</p>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {events.map((e) => (
            <Card as="li" key={e.id} data-testid="event-card">
              <CardHeader>
                <CardTitle>
                  <Link href={`/evenements/${e.id}`}>{eventName(e, locale)}</Link>
                </CardTitle>
                <div>
                  <StatusBadge status={e.status} label={t(`events.statuses.${e.status}`)} />
                </div>
              </CardHeader>
              <CardBody className="flex flex-col gap-3">
                <EventFacts event={e} t={t} locale={locale} />
                <p>{t("events.public.vacancies", { count: e.vacancies })}</p>
                {e.regions.length > 0 && <p className="text-sm text-ink-muted">{e.regions.map((r) => REGION_NAMES[r]?.[locale] ?? r).join(" · ")}</p>}
              </CardBody>
            </Card>
          ))}
        </ul>
      )}
    </Container>
  );
}
