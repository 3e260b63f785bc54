import Link from "next/link";
import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/events/event-status-badge";
import { EventTime } from "@/components/events/event-time";
import { OfferAnswer } from "@/components/events/booking-panel";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listMyApplications, listMyApplyInvitations } from "@/lib/server/dal/events-applications";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.candidate.title") };
}

export default async function MyEventApplicationsPage() {
  const actor = await requirePageRole("CANDIDATE");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const [applications, invitations] = await Promise.all([listMyApplications(actor, locale).catch(() => []), listMyApplyInvitations(actor, locale).catch(() => [])]);
  return (
    <Container className="flex flex-col gap-8 py-8">
      <div>
        <h1 className="text-3xl font-bold">{t("events.candidate.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-muted">{t("events.candidate.intro")}</p>
        <p className="mt-3">
          <Link href="/evenements">{t("events.candidate.browse")}</Link>
        </p>
      </div>

      {invitations.length > 0 && (
        <section aria-labelledby="inv-title" className="flex flex-col gap-3">
          <h2 id="inv-title" className="text-2xl font-bold">
            {t("events.candidate.invitations")}
          </h2>
          <ul className="flex flex-col gap-3">
            {invitations.map((i) => (
              <li key={i.id} className="rounded border border-brand-600 bg-brand-50 p-4" data-testid="apply-invitation">
                <p className="font-semibold">{t("events.candidate.invitedTo", { title: i.title, employer: i.employerName, event: i.eventName })}</p>
                <p className="text-sm">
                  {i.municipalityName} · {t("events.facts.deadline")} <EventTime iso={i.deadline} timeZone={i.timeZone} />
                </p>
                {i.open && (
                  <ButtonLink href={`/evenements/${i.eventId}`} size="sm" className="mt-2">
                    {t("events.candidate.applyNow")}
                  </ButtonLink>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="apps-title" className="flex flex-col gap-3">
        <h2 id="apps-title" className="text-2xl font-bold">
          {t("events.candidate.applications")}
        </h2>
        {applications.length === 0 ? (
          <p className="text-ink-muted">{t("events.candidate.none")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {applications.map((a) => (
              <li key={a.id} className="flex flex-col gap-2 rounded border border-line bg-white p-4" data-testid="my-application">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="text-lg font-bold">{a.vacancy.title}</h3>
                    <p className="text-ink-muted">
                      {a.vacancy.employerName} · {a.vacancy.municipalityName} · {a.event.name}
                    </p>
                  </div>
                  <StatusBadge status={a.status} label={t(`events.applicationStatuses.${a.status}`)} />
                </div>
                <p className="text-sm text-ink-muted">{t("events.candidate.sentOn", { date: formatDate(locale, a.createdAt, { dateStyle: "long", timeZone: "America/Toronto" }), file: a.cvFile.fileName })}</p>
                {a.status === "NOT_RETAINED" && <p>{t("events.candidate.notRetained")}</p>}
                {a.booking && (
                  <div className="rounded bg-surface p-3">
                    <p className="font-semibold">{t("events.candidate.interview")}</p>
                    <EventTime iso={a.booking.startsAt} endIso={a.booking.endsAt} timeZone={a.event.timeZone} />
                    <p className="text-sm">
                      {t(`events.interviewModes.${a.booking.mode}`)}
                      {a.booking.location ? ` · ${a.booking.location}` : ""}
                    </p>
                    <p className="mt-1">
                      <a href={`/candidat/evenements/entrevues/${a.booking.id}/ics`} download>
                        {t("events.booking.ics")}
                      </a>
                    </p>
                  </div>
                )}
                {a.canBook && (
                  <p>
                    <Link href={`/candidat/evenements/candidatures/${a.id}`}>{t(a.booking ? "events.candidate.manageInterview" : "events.candidate.bookInterview")}</Link>
                  </p>
                )}
                {a.offer && (
                  <div className="flex flex-col gap-2 rounded border border-success-700 bg-success-50 p-3" data-testid="my-offer">
                    <p className="font-semibold">
                      <StatusBadge status={a.offer.status} label={t(`events.offerStatuses.${a.offer.status}`)} />
                    </p>
                    {a.offer.note && <p className="whitespace-pre-line">{a.offer.note}</p>}
                    {a.offer.status === "MADE" && <OfferAnswer offerId={a.offer.id} version={a.offer.version} />}
                    {a.offer.status === "ACCEPTED" && <Alert variant="success" live="off">{t("events.candidate.accepted")}</Alert>}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Container>
  );
}
