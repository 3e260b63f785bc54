import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { StatusBadge } from "@/components/events/event-status-badge";
import { EventFacts } from "@/components/events/event-facts";
import { AttachVacancyForm, DetachVacancyButton, RegisterButton } from "@/components/events/employer-event-controls";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { orNotFound } from "@/lib/server/not-found";
import { getEventForEmployer, eventName } from "@/lib/server/dal/events";
import { getMyOrganisation } from "@/lib/server/dal/employers";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.employer.title") };
}

export default async function EmployerEventPage({ params }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const { id } = await params;
  const [t, locale, view, org] = await Promise.all([getT(), getLocale(), orNotFound(getEventForEmployer(actor, id)), getMyOrganisation(actor)]);
  const { event, participation } = view;
  const verified = org.verificationStatus === "VERIFIED";
  return (
    <Container className="flex flex-col gap-8 py-8">
      <p>
        <Link href="/employeur/evenements">{t("events.employer.back")}</Link>
      </p>
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{eventName(event, locale)}</h1>
        <div className="flex flex-wrap gap-2">
          <StatusBadge status={event.status} label={t(`events.statuses.${event.status}`)} />
          {participation && <StatusBadge status={participation.status} label={t(`events.participationStatuses.${participation.status}`)} />}
        </div>
        <EventFacts event={event} t={t} locale={locale} />
      </div>

      {!participation ? (
        view.canRegister ? (
          verified ? (
            <section className="flex flex-col gap-3" aria-labelledby="reg-title">
              <h2 id="reg-title" className="text-2xl font-bold">{t("events.employer.registerTitle")}</h2>
              <p className="max-w-3xl">{t("events.employer.registerIntro")}</p>
              <RegisterButton eventId={event.id} />
            </section>
          ) : (
            <Alert variant="warning" live="off">{t("events.employer.mustBeVerified")}</Alert>
          )
        ) : (
          <p className="text-ink-muted">{t("events.employer.registrationClosed")}</p>
        )
      ) : (
        <>
          {participation.status === "PENDING" && <Alert variant="info" live="off">{t("events.employer.pendingNotice")}</Alert>}
          {participation.status === "REJECTED" && (
            <Alert variant="warning" live="off" title={t("events.employer.rejectedNotice")}>
              {participation.rejectionReason}
            </Alert>
          )}
          <section className="flex flex-col gap-4" aria-labelledby="vac-title">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="vac-title" className="text-2xl font-bold">{t("events.employer.vacanciesTitle")}</h2>
              {participation.status === "APPROVED" && view.canAct && (
                <ButtonLink href={`/employeur/evenements/${event.id}/creneaux`} variant="secondary">
                  {t("events.employer.manageSlots")}
                </ButtonLink>
              )}
            </div>
            {participation.vacancies.length === 0 ? (
              <p className="text-ink-muted">{t("events.employer.noVacancies")}</p>
            ) : (
              <ul className="flex flex-col gap-3" data-testid="event-vacancies">
                {participation.vacancies.map((v) => (
                  <li key={v.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-line bg-white p-4" data-testid="employer-event-vacancy">
                    <div>
                      <h3 className="text-lg font-bold">
                        <Link href={`/employeur/evenements/${event.id}/postes/${v.id}`}>{v.title}</Link>
                      </h3>
                      <p className="text-sm text-ink-muted">
                        {v.municipalityName} · {v.regionCode} {REGION_NAMES[v.regionCode]?.[locale] ?? ""}
                      </p>
                      <p className="text-sm">{t("events.employer.applicantCounts", { count: v.applications, preselected: v.preselected })}</p>
                    </div>
                    {v.applications === 0 && view.canRegister && <DetachVacancyButton eventVacancyId={v.id} title={v.title} />}
                  </li>
                ))}
              </ul>
            )}
            {view.canRegister && participation.status !== "REJECTED" && (
              <div className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
                <AttachVacancyForm eventId={event.id} vacancies={view.attachable} />
                <p className="text-sm">
                  {t("events.employer.newVacancyHint")} <Link href="/employeur/postes/nouveau">{t("events.employer.newVacancy")}</Link>
                </p>
              </div>
            )}
          </section>
        </>
      )}
    </Container>
  );
}
