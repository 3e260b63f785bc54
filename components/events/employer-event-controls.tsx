"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { TextAreaField, TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useToast } from "@/components/ui/toast";
import {
  answerOfferAction, attachVacancyAction, cancelBookingAction, cancelSlotAction, decideApplicationAction, detachVacancyAction, makeOfferAction, openSlotsAction, registerForEventAction,
} from "@/lib/server/actions/event";
import { ZOpenSlots, INTERVIEW_MODES, type TOpenSlotsValues } from "@/lib/schemas/event";
import { SLOT_LENGTHS } from "@/lib/domain/events/rules";
import { useI18n, useT } from "@/lib/i18n/client";
import { useRouter } from "next/navigation";
import { useEventAction } from "./use-event-action";

export function RegisterButton({ eventId }: { eventId: string }) {
  const t = useT();
  const { run, pending, error } = useEventAction();
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <div>
        <Button loading={pending === "register"} onClick={() => run("register", () => registerForEventAction({ eventId }), t("events.employer.registered"))}>
          {t("events.employer.register")}
        </Button>
      </div>
    </div>
  );
}

/** Attach one of the organisation's published vacancies to the event. */
export function AttachVacancyForm({ eventId, vacancies }: { eventId: string; vacancies: { id: string; title: string; municipalityName: string; regionCode: string }[] }) {
  const t = useT();
  const { run, pending, error } = useEventAction();
  const [jobPostingId, setJobPostingId] = useState("");
  if (vacancies.length === 0) return <p className="text-ink-muted">{t("events.employer.noAttachable")}</p>;
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run("attach", () => attachVacancyAction({ eventId, jobPostingId }), t("events.employer.attached"), () => setJobPostingId(""));
      }}
    >
      <FormAlert message={error} />
      <div className="flex flex-wrap items-end gap-2">
        <SelectField
          label={t("events.employer.attachLabel")}
          placeholder
          value={jobPostingId}
          onChange={(e) => setJobPostingId(e.target.value)}
          options={vacancies.map((v) => ({ value: v.id, label: `${v.title} · ${v.municipalityName} (${v.regionCode})` }))}
          containerClassName="min-w-72 flex-1"
        />
        <Button type="submit" loading={pending === "attach"}>
          {t("events.employer.attach")}
        </Button>
      </div>
    </form>
  );
}

export function DetachVacancyButton({ eventVacancyId, title }: { eventVacancyId: string; title: string }) {
  const t = useT();
  const { run, pending, error } = useEventAction();
  return (
    <div className="flex flex-col gap-1">
      <FormAlert message={error} />
      <Button size="sm" variant="ghost" loading={pending === "detach"} aria-label={t("events.employer.detachNamed", { title })} onClick={() => run("detach", () => detachVacancyAction({ eventVacancyId }), t("events.employer.detached"))}>
        {t("events.employer.detach")}
      </Button>
    </div>
  );
}

/** Preselect / not retain, make an offer, record the candidate's answer. */
export function ApplicantDecision({ application, offer, person }: {
  application: { id: string; status: string; version: number };
  offer: { id: string; status: string; version: number } | null;
  person: string;
}) {
  const t = useT();
  const { run, pending, error } = useEventAction();
  const [note, setNote] = useState("");
  const [offering, setOffering] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-2">
        {!offer && application.status !== "PRESELECTED" && (
          <Button size="sm" loading={pending === "pre"} aria-label={t("events.applicants.preselectNamed", { name: person })} onClick={() => run("pre", () => decideApplicationAction({ applicationId: application.id, version: application.version, status: "PRESELECTED" }), t("events.applicants.preselectedDone"))}>
            {t("events.applicants.preselect")}
          </Button>
        )}
        {!offer && application.status !== "NOT_RETAINED" && (
          <Button size="sm" variant="secondary" loading={pending === "not"} aria-label={t("events.applicants.notRetainNamed", { name: person })} onClick={() => run("not", () => decideApplicationAction({ applicationId: application.id, version: application.version, status: "NOT_RETAINED" }), t("events.applicants.notRetainedDone"))}>
            {t("events.applicants.notRetain")}
          </Button>
        )}
        {!offer && application.status === "PRESELECTED" && !offering && (
          <Button size="sm" variant="secondary" onClick={() => setOffering(true)}>
            {t("events.applicants.makeOffer")}
          </Button>
        )}
        {offer?.status === "MADE" && (
          <>
            <Button size="sm" loading={pending === "acc"} onClick={() => run("acc", () => answerOfferAction({ offerId: offer.id, version: offer.version, answer: "ACCEPTED" }), t("events.offers.acceptedDone"))}>
              {t("events.applicants.recordAccepted")}
            </Button>
            <Button size="sm" variant="secondary" loading={pending === "dec"} onClick={() => run("dec", () => answerOfferAction({ offerId: offer.id, version: offer.version, answer: "DECLINED" }), t("events.offers.declinedDone"))}>
              {t("events.applicants.recordDeclined")}
            </Button>
          </>
        )}
      </div>
      {offering && (
        <div className="flex flex-col gap-2">
          <TextAreaField label={t("events.applicants.offerNote")} hint={t("events.applicants.offerNoteHint")} optional rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          <div>
            <Button size="sm" loading={pending === "offer"} onClick={() => run("offer", () => makeOfferAction({ applicationId: application.id, note }), t("events.applicants.offerMade"), () => setOffering(false))}>
              {t("events.applicants.confirmOffer")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

/** Open a series of slots on one day of the event, typed in the event's time zone. */
export function SlotForm({ eventId, days, timeZone, interviewers, vacancies }: {
  eventId: string;
  days: { value: string; label: string }[];
  timeZone: string;
  interviewers: { id: string; name: string }[];
  vacancies: { id: string; title: string }[];
}) {
  const { t } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TOpenSlotsValues>({
    resolver: zodResolver(ZOpenSlots) as never,
    defaultValues: { eventId, date: days[0]?.value, fromTime: "09:00", toTime: "12:00", lengthMinutes: 30, mode: "IN_PERSON", location: "", interviewerId: interviewers[0]?.id ?? "", eventVacancyId: "" },
  });
  const { submit, formError, fieldError } = useActionForm(form, openSlotsAction);
  const onSubmit = submit((d) => {
    toast({ variant: "success", title: t("events.slots.opened", { count: d.count }) });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="slot-form">
      <FormAlert message={formError} />
      <p className="text-ink-muted">{t("events.slots.zoneHint", { zone: timeZone })}</p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField label={t("events.slots.date")} required options={days} error={fieldError("date")} {...form.register("date")} />
        <TextField type="time" label={t("events.slots.from")} required error={fieldError("fromTime")} {...form.register("fromTime")} />
        <TextField type="time" label={t("events.slots.to")} required error={fieldError("toTime")} {...form.register("toTime")} />
        <SelectField label={t("events.slots.length")} required options={SLOT_LENGTHS.map((n) => ({ value: String(n), label: t("events.slots.minutes", { count: n }) }))} error={fieldError("lengthMinutes")} {...form.register("lengthMinutes")} />
      </div>
      <RadioGroup legend={t("events.slots.mode")} name="mode" inline required options={INTERVIEW_MODES.map((m) => ({ value: m, label: t(`events.interviewModes.${m}`) }))} inputProps={form.register("mode")} error={fieldError("mode")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("events.slots.location")} hint={t("events.slots.locationHint")} optional maxLength={300} error={fieldError("location")} {...form.register("location")} />
        <SelectField label={t("events.slots.interviewer")} required options={interviewers.map((i) => ({ value: i.id, label: i.name }))} error={fieldError("interviewerId")} {...form.register("interviewerId")} />
        <SelectField label={t("events.slots.vacancy")} optional placeholder={t("events.slots.anyVacancy")} options={vacancies.map((v) => ({ value: v.id, label: v.title }))} error={fieldError("eventVacancyId")} {...form.register("eventVacancyId")} />
      </div>
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("events.slots.open")}
        </Button>
      </div>
    </form>
  );
}

export function CancelSlotButton({ slotId, label }: { slotId: string; label: string }) {
  const t = useT();
  const { run, pending, error } = useEventAction();
  return (
    <div className="flex flex-col gap-1">
      <FormAlert message={error} />
      <Button size="sm" variant="ghost" aria-label={label} loading={pending === "cancel"} onClick={() => run("cancel", () => cancelSlotAction({ slotId }), t("events.slots.cancelled"))}>
        {t("events.slots.cancel")}
      </Button>
    </div>
  );
}

export function CancelBookingButton({ bookingId, version, label }: { bookingId: string; version: number; label?: string }) {
  const t = useT();
  const { run, pending, error } = useEventAction();
  return (
    <div className="flex flex-col gap-1">
      <FormAlert message={error} />
      <div>
        <Button size="sm" variant="secondary" aria-label={label} loading={pending === "cancel"} onClick={() => run("cancel", () => cancelBookingAction({ bookingId, version }), t("events.booking.cancelled"))}>
          {t("events.booking.cancel")}
        </Button>
      </div>
    </div>
  );
}
