import Link from "next/link";
import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { StatusBadge } from "@/components/events/event-status-badge";
import { EventFacts } from "@/components/events/event-facts";
import { EventStatusButtons, ParticipationDecision } from "@/components/events/advisor-event-controls";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { orNotFound } from "@/lib/server/not-found";
import { getEventForAdvisor, eventName } from "@/lib/server/dal/events";
import { eventTransitions } from "@/lib/domain/events/rules";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.advisor.title") };
}

export default async function AdvisorEventPage({ params }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { id } = await params;
  const [t, locale, view] = await Promise.all([getT(), getLocale(), orNotFound(getEventForAdvisor(actor, id))]);
  const { event, participations } = view;
  const region = (c: string | null) => (c ? `${c} ${REGION_NAMES[c]?.[locale] ?? ""}` : "—");
  return (
    <Container className="flex flex-col gap-8 py-8">
      <p>
        <Link href="/conseiller/evenements">{t("events.advisor.back")}</Link>
      </p>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="flex flex-col gap-3">
          <h1 className="text-3xl font-bold">{eventName(event, locale)}</h1>
          <div><StatusBadge status={event.status} label={t(`events.statuses.${event.status}`)} /></div>
          <EventFacts event={event} t={t} locale={locale} />
          {event.regionCodes.length > 0 && <p className="text-sm">{t("events.advisor.targetRegions", { regions: event.regionCodes.map(region).join(", ") })}</p>}
          {event.sectorCodes.length > 0 && <p className="text-sm">{t("events.advisor.targetSectors", { sectors: event.sectorCodes.map((s) => t(`employer.sectors.${s}`)).join(", ") })}</p>}
        </div>
        <nav aria-label={t("events.advisor.tools")} className="flex flex-wrap gap-2 lg:flex-col">
          {event.status !== "DONE" && <ButtonLink href={`/conseiller/evenements/${id}/modifier`} variant="secondary">{t("events.advisor.edit")}</ButtonLink>}
          <ButtonLink href={`/conseiller/evenements/${id}/prejumelage`} variant="secondary">{t("events.advisor.prematch")}</ButtonLink>
          <ButtonLink href={`/conseiller/evenements/${id}/tableau-de-bord`} variant="secondary">{t("events.advisor.dashboard")}</ButtonLink>
        </nav>
      </div>
      <section aria-labelledby="stage-title" className="flex flex-col gap-3">
        <h2 id="stage-title" className="text-2xl font-bold">{t("events.advisor.stage")}</h2>
        <p className="max-w-3xl text-ink-muted">{t(`events.stageHelp.${event.status}`)}</p>
        <EventStatusButtons id={event.id} version={event.version} transitions={eventTransitions(event.status)} />
      </section>
      <section aria-labelledby="part-title" className="flex flex-col gap-3">
        <h2 id="part-title" className="text-2xl font-bold">{t("events.advisor.participations", { count: participations.length })}</h2>
        {participations.length === 0 ? (
          <p className="text-ink-muted">{t("events.advisor.noParticipations")}</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="participations">
            {participations.map((p) => (
              <li key={p.id} className="flex flex-col gap-3 rounded border border-line bg-white p-4 md:flex-row md:items-start md:justify-between" data-testid="participation">
                <div className="flex flex-col gap-1">
                  <h3 className="text-lg font-bold">{p.employer.name}</h3>
                  <p className="text-sm text-ink-muted">
                    {p.employer.municipalityName ?? "—"} · {region(p.employer.regionCode)}
                    {p.employer.sectorCode ? ` · ${t(`employer.sectors.${p.employer.sectorCode}`)}` : ""}
                  </p>
                  <div><StatusBadge status={p.status} label={t(`events.participationStatuses.${p.status}`)} /></div>
                  {p.rejectionReason && <p className="text-sm">{p.rejectionReason}</p>}
                  {p.vacancies.length > 0 ? (
                    <ul className="mt-1 list-disc ps-5 text-sm">
                      {p.vacancies.map((v) => (
                        <li key={v.id}>{v.title} · {v.municipalityName} ({region(v.regionCode)}) · {t("events.public.positions", { count: v.positions })}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-sm text-ink-muted">{t("events.advisor.noVacancyYet")}</p>
                  )}
                </div>
                {event.status !== "DONE" && <ParticipationDecision participationId={p.id} version={p.version} status={p.status} employerName={p.employer.name} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Container>
  );
}
