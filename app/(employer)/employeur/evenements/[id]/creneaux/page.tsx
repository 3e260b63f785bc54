import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { SlotForm, CancelSlotButton, CancelBookingButton } from "@/components/events/employer-event-controls";
import { EventTime } from "@/components/events/event-time";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { orNotFound } from "@/lib/server/not-found";
import { getEventForEmployer, eventName } from "@/lib/server/dal/events";
import { listInterviewers, listSlotsForEmployer } from "@/lib/server/dal/events-interviews";
import { eventDays } from "@/lib/domain/events/time";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.slots.title") };
}

export default async function EventSlotsPage({ params }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const { id } = await params;
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const [view, interviewers, slots] = await Promise.all([orNotFound(getEventForEmployer(actor, id)), listInterviewers(actor), listSlotsForEmployer(actor, id)]);
  const approved = view.participation?.status === "APPROVED";
  const active = slots.filter((s) => !s.cancelled);
  const tz = view.event.timeZone;
  return (
    <Container className="flex flex-col gap-8 py-8">
      <p>
        <Link href={`/employeur/evenements/${id}`}>{t("events.slots.back", { event: eventName(view.event, locale) })}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("events.slots.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-muted">{t("events.slots.intro")}</p>
      </div>
      {approved && view.canAct ? (
        <section aria-labelledby="open-title" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
          <h2 id="open-title" className="text-xl font-bold">{t("events.slots.openTitle")}</h2>
          <SlotForm eventId={id} days={eventDays(view.event.startDate, view.event.endDate).map((d) => ({ value: d, label: formatDate(locale, d, { weekday: "long", day: "numeric", month: "long", year: "numeric" }) }))} timeZone={tz} interviewers={interviewers} vacancies={view.participation!.vacancies.map((v) => ({ id: v.id, title: v.title }))} />
        </section>
      ) : (
        <Alert variant="info" live="off">{t("events.slots.notApproved")}</Alert>
      )}
      <section aria-labelledby="list-title" className="flex flex-col gap-3">
        <h2 id="list-title" className="text-xl font-bold">{t("events.slots.listTitle", { count: active.length, booked: active.filter((s) => s.booking).length })}</h2>
        {active.length === 0 ? (
          <p className="text-ink-muted">{t("events.slots.none")}</p>
        ) : (
          <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="list-title" tabIndex={0}>
            <table className="w-full border-collapse text-start text-sm" data-testid="slots-table">
              <thead className="bg-surface">
                <tr>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start">{t("events.slots.when")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start">{t("events.slots.interviewer")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start">{t("events.slots.mode")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start">{t("events.slots.booking")}</th>
                  <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start"><span className="sr-only">{t("events.slots.actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {active.map((s) => (
                  <tr key={s.id} className="border-b border-line align-top">
                    <td className="px-3 py-2"><EventTime iso={s.startsAt} endIso={s.endsAt} timeZone={tz} /></td>
                    <td className="px-3 py-2">{s.interviewerName}</td>
                    <td className="px-3 py-2">{t(`events.interviewModes.${s.mode}`)}{s.location ? ` · ${s.location}` : ""}</td>
                    <td className="px-3 py-2">
                      {s.booking ? (
                        <>
                          <span className="font-semibold">{s.booking.candidateName}</span>
                          <span className="block text-ink-muted">{s.booking.vacancyTitle}</span>
                          <a href={`/employeur/evenements/entrevues/${s.booking.id}/ics`} download>{t("events.booking.ics")}</a>
                        </>
                      ) : (
                        <span className="text-ink-muted">{t("events.slots.free")}</span>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {s.booking ? (
                        <CancelBookingButton bookingId={s.booking.id} version={s.booking.version} label={t("events.slots.cancelBookingNamed", { name: s.booking.candidateName })} />
                      ) : (
                        <CancelSlotButton slotId={s.id} label={t("events.slots.cancelNamed")} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Container>
  );
}
