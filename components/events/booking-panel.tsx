"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/field";
import { FormAlert } from "@/components/forms/form-alert";
import { answerOfferAction, bookSlotAction, rescheduleBookingAction } from "@/lib/server/actions/event";
import { useI18n } from "@/lib/i18n/client";
import { EventTime } from "./event-time";
import { useEventAction } from "./use-event-action";

type Slot = { id: string; startsAt: string; endsAt: string; mode: string; location: string | null };

/** The free slots of a preselected application: choose one to book, or to move the booking to. */
export function BookingPanel({ applicationId, timeZone, slots, booking }: { applicationId: string; timeZone: string; slots: Slot[]; booking: { id: string; version: number } | null }) {
  const { t } = useI18n();
  const { run, pending, error } = useEventAction();
  const [slotId, setSlotId] = useState("");
  if (slots.length === 0) return <p className="text-ink-muted">{t("events.booking.noSlots")}</p>;
  const submit = () => {
    if (!slotId) return;
    if (booking) void run("book", () => rescheduleBookingAction({ bookingId: booking.id, version: booking.version, slotId }), t("events.booking.rescheduled"), () => setSlotId(""));
    else void run("book", () => bookSlotAction({ applicationId, slotId }), t("events.booking.booked"), () => setSlotId(""));
  };
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="booking-form"
    >
      <FormAlert message={error} />
      <Fieldset legend={t(booking ? "events.booking.chooseNew" : "events.booking.choose")} hint={t("events.booking.zoneHint", { zone: timeZone })}>
        <ul className="grid gap-2 sm:grid-cols-2">
          {slots.map((s) => (
            <li key={s.id} className="flex items-start gap-3 rounded border border-line p-2">
              <input type="radio" name="slot" id={`slot-${s.id}`} value={s.id} checked={slotId === s.id} onChange={() => setSlotId(s.id)} className="mt-1 size-5 accent-brand-600" />
              <label htmlFor={`slot-${s.id}`} className="cursor-pointer">
                <EventTime iso={s.startsAt} endIso={s.endsAt} timeZone={timeZone} />
                <span className="block text-sm text-ink-muted">
                  {t(`events.interviewModes.${s.mode}`)}
                  {s.location ? ` · ${s.location}` : ""}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </Fieldset>
      <div>
        <Button type="submit" loading={pending === "book"} disabled={!slotId}>
          {t(booking ? "events.booking.reschedule" : "events.booking.book")}
        </Button>
      </div>
    </form>
  );
}

/** The candidate's answer to an offer. */
export function OfferAnswer({ offerId, version }: { offerId: string; version: number }) {
  const { t } = useI18n();
  const { run, pending, error } = useEventAction();
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-2">
        <Button size="sm" loading={pending === "acc"} onClick={() => run("acc", () => answerOfferAction({ offerId, version, answer: "ACCEPTED" }), t("events.offers.acceptedDone"))}>
          {t("events.offers.accept")}
        </Button>
        <Button size="sm" variant="secondary" loading={pending === "dec"} onClick={() => run("dec", () => answerOfferAction({ offerId, version, answer: "DECLINED" }), t("events.offers.declinedDone"))}>
          {t("events.offers.decline")}
        </Button>
      </div>
    </div>
  );
}
