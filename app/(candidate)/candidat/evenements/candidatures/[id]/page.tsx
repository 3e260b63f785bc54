import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { BookingPanel } from "@/components/events/booking-panel";
import { EventTime } from "@/components/events/event-time";
import { CancelBookingButton } from "@/components/events/employer-event-controls";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { listBookableSlots, } from "@/lib/server/dal/events-interviews";
import { listMyApplications } from "@/lib/server/dal/events-applications";
import { AppError } from "@/lib/server/errors";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.booking.title") };
}

export default async function BookInterviewPage({ params }: Props) {
  const actor = await requirePageRole("CANDIDATE");
  const { id } = await params;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const application = (await listMyApplications(actor, locale)).find((a) => a.id === id);
  if (!application) notFound();
  const bookable = application.canBook ? await listBookableSlots(actor, id).catch((e: unknown) => (e instanceof AppError ? null : Promise.reject(e))) : null;
  return (
    <Container className="flex max-w-4xl flex-col gap-6 py-8">
      <p>
        <Link href="/candidat/evenements">{t("events.booking.back")}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("events.booking.title")}</h1>
        <p className="mt-2 text-ink-muted">
          {application.vacancy.title} · {application.vacancy.employerName} · {application.event.name}
        </p>
      </div>
      {application.booking && (
        <section aria-labelledby="current-title" className="flex flex-col gap-2 rounded border border-line bg-surface p-4" data-testid="current-booking">
          <h2 id="current-title" className="text-xl font-bold">
            {t("events.booking.current")}
          </h2>
          <EventTime iso={application.booking.startsAt} endIso={application.booking.endsAt} timeZone={application.event.timeZone} />
          <p className="text-sm">
            {t(`events.interviewModes.${application.booking.mode}`)}
            {application.booking.location ? ` · ${application.booking.location}` : ""}
          </p>
          <p>
            <a href={`/candidat/evenements/entrevues/${application.booking.id}/ics`} download>
              {t("events.booking.ics")}
            </a>
          </p>
          <CancelBookingButton bookingId={application.booking.id} version={application.booking.version} />
        </section>
      )}
      {bookable ? (
        <BookingPanel applicationId={id} timeZone={bookable.event.timeZone} slots={bookable.slots} booking={application.booking ? { id: application.booking.id, version: application.booking.version } : null} />
      ) : (
        <p className="text-ink-muted">{t("events.booking.notBookable")}</p>
      )}
    </Container>
  );
}
