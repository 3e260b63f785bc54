import Link from "next/link";
import { Container } from "@/components/layout/container";
import { StatusBadge } from "@/components/events/event-status-badge";
import { MatchExplanation } from "@/components/events/match-explanation";
import { ApplicantDecision } from "@/components/events/employer-event-controls";
import { EventTime } from "@/components/events/event-time";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatFileSize } from "@/components/events/file-size";
import { requirePageRole } from "@/lib/server/page-auth";
import { orNotFound } from "@/lib/server/not-found";
import { rankEventApplicants } from "@/lib/server/services/events-matching";
import { eventName } from "@/lib/server/dal/events";
import { countryName } from "@/lib/domain/candidate/countries";

type Props = { params: Promise<{ id: string; evId: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.applicants.title") };
}

export default async function EventApplicantsPage({ params }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const { id, evId } = await params;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const view = await orNotFound(rankEventApplicants(actor, evId, { locale }));
  return (
    <Container className="flex flex-col gap-6 py-8">
      <p>
        <Link href={`/employeur/evenements/${id}`}>{t("events.applicants.back", { event: eventName(view.event, locale) })}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("events.applicants.heading", { title: view.vacancy.title })}</h1>
        <p className="mt-2 max-w-3xl text-ink-muted">{t("events.applicants.intro")}</p>
      </div>
      <p role="status" className="font-semibold">{t("events.applicants.count", { count: view.applicants.length })}</p>
      <ol className="flex flex-col gap-4" data-testid="applicants">
        {view.applicants.map((a) => (
          <li key={a.application.id} className="flex flex-col gap-3 rounded border border-line bg-white p-4" data-testid="applicant">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h2 className="text-xl font-bold">
                  <span className="me-2 text-ink-muted">{t("events.applicants.rank", { rank: a.rank })}</span>
                  {a.person.name || t("events.applicants.unnamed")}
                </h2>
                <p className="text-sm text-ink-muted">
                  {a.person.email}
                  {a.person.phone ? ` · ${a.person.phone}` : ""}
                  {a.person.countryOfResidence ? ` · ${countryName(a.person.countryOfResidence, locale)}` : ""}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <StatusBadge status={a.application.status} label={t(`events.applicationStatuses.${a.application.status}`)} />
                {a.offer && <StatusBadge status={a.offer.status} label={t(`events.offerStatuses.${a.offer.status}`)} />}
              </div>
            </div>
            <MatchExplanation score={a.score} eligible={a.eligible} factors={a.factors} gaps={a.gaps} />
            <details className="text-sm">
              <summary className="cursor-pointer font-semibold">{t("events.applicants.letter")}</summary>
              <p className="mt-2 whitespace-pre-line">{a.application.letter}</p>
            </details>
            <p className="text-sm">
              <a href={`/employeur/evenements/candidatures/${a.application.id}/cv`}>
                {t("events.applicants.cv", { name: a.application.cvFileName, size: formatFileSize(locale, a.application.cvSizeBytes) })}
              </a>
            </p>
            {a.booking && (
              <p className="text-sm">
                {t("events.applicants.interview")} <EventTime iso={a.booking.startsAt} endIso={a.booking.endsAt} timeZone={view.event.timeZone} /> ·{" "}
                <a href={`/employeur/evenements/entrevues/${a.booking.id}/ics`} download>{t("events.booking.ics")}</a>
              </p>
            )}
            {a.offer?.note && <p className="text-sm">{t("events.applicants.offerNoteShown", { note: a.offer.note })}</p>}
            {a.offer?.status !== "ACCEPTED" && a.offer?.status !== "DECLINED" && (
              <ApplicantDecision application={a.application} offer={a.offer} person={a.person.name} />
            )}
          </li>
        ))}
      </ol>
    </Container>
  );
}
