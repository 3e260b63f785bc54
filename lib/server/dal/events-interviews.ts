import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow } from "@/lib/server/dal/employers";
import { eventName, eventSelect, getParticipationOrThrow, toEventDto } from "@/lib/server/dal/events";
import { getMyProfileIdOrThrow } from "@/lib/server/dal/events-applications";
import { tellCandidates } from "@/lib/server/services/events-mail";
import { Prisma } from "@/lib/generated/prisma/client";
import { employersCanAct } from "@/lib/domain/events/rules";
import { eventBounds, slotSeries, utcToLocal } from "@/lib/domain/events/time";
import { buildInterviewIcs } from "@/lib/domain/events/ics";
import { createTranslator } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { TOpenSlots } from "@/lib/schemas/event";

// Interview slots and bookings. The rules that must hold when two people click at the same moment are the
// database's (migration 20261130162300_events_booking_constraints): one active booking per slot and per application,
// no overlapping active bookings for an interviewer or a candidate, no overlapping open slots for an interviewer.
// This file checks what it can first (for a clear message) and turns a constraint violation into the same message.

type Tx = Prisma.TransactionClient;

const CONSTRAINT_MESSAGES: [string, string][] = [
  ["InterviewBooking_active_slot_key", "events.errors.slotTaken"],
  ["InterviewBooking_active_application_key", "events.errors.alreadyBooked"],
  ["InterviewBooking_candidate_no_overlap", "events.errors.candidateOverlap"],
  ["InterviewBooking_interviewer_no_overlap", "events.errors.slotTaken"],
  ["InterviewSlot_interviewer_no_overlap", "events.errors.slotOverlap"],
];

/** The i18n key for a violated booking constraint, or null when the error is something else. */
export function bookingConstraintMessage(e: unknown): string | null {
  if (!(e instanceof Error)) return null;
  const meta = (e as { meta?: unknown }).meta;
  const text = `${e.message} ${JSON.stringify(meta ?? {})} ${String((e as { cause?: unknown }).cause ?? "")}`;
  for (const [name, key] of CONSTRAINT_MESSAGES) if (text.includes(name)) return key;
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
    const target = JSON.stringify(meta ?? {});
    if (target.includes("applicationId")) return "events.errors.alreadyBooked";
    if (target.includes("slotId")) return "events.errors.slotTaken";
  }
  return null;
}

async function translateViolations<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const key = bookingConstraintMessage(e);
    if (key) throw new ConflictError(key);
    throw e;
  }
}

// ---------- the organisation's slots ----------

/** Members of the actor's organisation who can interview (for the slot form). */
export async function listInterviewers(actor: SessionUser) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const rows = await db.employerMember.findMany({ where: { employerId }, orderBy: { createdAt: "asc" }, select: { userId: true, user: { select: { name: true } } } });
  return rows.map((r) => ({ id: r.userId, name: r.user.name }));
}

/**
 * Opens a series of slots on one day of the event, typed in the event's time zone (approved organisations only).
 * All or nothing: a slot outside the event's days, or overlapping another open slot of the same interviewer, refuses
 * the whole series.
 */
export async function openSlots(actor: SessionUser, input: TOpenSlots) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const interviewerId = input.interviewerId ?? actor.id;
  return translateViolations(() =>
    db.$transaction(async (tx) => {
      const e = await tx.event.findUnique({ where: { id: input.eventId }, select: eventSelect });
      if (!e || e.status === "DRAFT") throw new NotFoundError("events.errors.eventNotFound");
      if (!employersCanAct(e.status)) throw new InvalidError("events.errors.eventNotActive");
      await getParticipationOrThrow(tx, employerId, e.id, { approved: true });
      const member = await tx.employerMember.findUnique({ where: { employerId_userId: { employerId, userId: interviewerId } }, select: { userId: true } });
      if (!member) throw new InvalidError("errors.invalidInput", { interviewerId: "events.errors.interviewerUnknown" });
      if (input.eventVacancyId) {
        const ev = await tx.eventVacancy.findFirst({ where: { id: input.eventVacancyId, employerId, eventId: e.id }, select: { id: true } });
        if (!ev) throw new InvalidError("errors.invalidInput", { eventVacancyId: "events.errors.vacancyNotFound" });
      }
      const dto = toEventDto(e);
      if (input.date < dto.startDate || input.date > dto.endDate) throw new InvalidError("errors.invalidInput", { date: "events.errors.dateOutsideEvent" });
      const series = slotSeries({ date: input.date, fromTime: input.fromTime, toTime: input.toTime, lengthMinutes: input.lengthMinutes, timeZone: dto.timeZone });
      if (series.length === 0) throw new InvalidError("errors.invalidInput", { toTime: "events.errors.windowTooShort" });
      const bounds = eventBounds(dto);
      if (series.some((s) => s.startsAt < bounds.from || s.endsAt > bounds.to)) throw new InvalidError("errors.invalidInput", { date: "events.errors.dateOutsideEvent" });
      await tx.interviewSlot.createMany({
        data: series.map((s) => ({ eventId: e.id, employerId, interviewerId, eventVacancyId: input.eventVacancyId, startsAt: s.startsAt, endsAt: s.endsAt, mode: input.mode, location: input.location, createdById: actor.id })),
      });
      await audit({ actorId: actor.id, actorRole: actor.role, action: "event.slots_open", subject: `event:${e.id}`, details: { employerId, count: series.length, interviewerId } }, tx);
      return { count: series.length };
    }),
  );
}

/** Cancels an open slot; a booking on it is cancelled too, and its candidate is told. */
export async function cancelSlot(actor: SessionUser, slotId: string, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const r = await db.$transaction(async (tx) => {
    const slot = await tx.interviewSlot.findFirst({ where: { id: slotId, employerId }, select: { id: true, eventId: true, cancelledAt: true, startsAt: true, event: { select: { nameFr: true, nameEn: true, timeZone: true } } } });
    if (!slot) throw new NotFoundError("events.errors.slotNotFound");
    if (slot.cancelledAt) return { candidates: [] as string[], slot };
    const booked = await tx.interviewBooking.findMany({ where: { slotId, cancelledAt: null }, select: { candidateProfileId: true } });
    await tx.interviewBooking.updateMany({ where: { slotId, cancelledAt: null }, data: { cancelledAt: now, cancelledBy: "EMPLOYER", sequence: { increment: 1 }, version: { increment: 1 } } });
    await tx.interviewSlot.update({ where: { id: slotId }, data: { cancelledAt: now } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.slot_cancel", subject: `event:${slot.eventId}`, details: { employerId, slotId, bookingsCancelled: booked.length } }, tx);
    return { candidates: booked.map((b) => b.candidateProfileId), slot };
  });
  await tellCandidates(r.candidates, "bookingCancelled", (_id, locale) => ({
    event: locale === "en" ? r.slot.event.nameEn : r.slot.event.nameFr,
    when: formatDateTime(locale, r.slot.startsAt, r.slot.event.timeZone),
  }));
  return { id: slotId };
}

/** The organisation's slots at an event, by time, with who booked each (names: the person applied to it). */
export async function listSlotsForEmployer(actor: SessionUser, eventId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const rows = await db.interviewSlot.findMany({
    where: { eventId, employerId },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 1000,
    select: {
      id: true, startsAt: true, endsAt: true, mode: true, location: true, cancelledAt: true, interviewerId: true, eventVacancyId: true,
      bookings: {
        where: { cancelledAt: null },
        select: {
          id: true, version: true,
          application: { select: { id: true, eventVacancy: { select: { jobPosting: { select: { title: true } } } }, candidateProfile: { select: { firstName: true, lastName: true } } } },
        },
      },
    },
  });
  const names = new Map((await listInterviewers(actor)).map((i) => [i.id, i.name]));
  return rows.map((s) => {
    const b = s.bookings[0];
    return {
      id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), mode: s.mode, location: s.location, cancelled: s.cancelledAt !== null,
      interviewerName: names.get(s.interviewerId) ?? "—", eventVacancyId: s.eventVacancyId,
      booking: b ? { id: b.id, version: b.version, applicationId: b.application.id, candidateName: [b.application.candidateProfile.firstName, b.application.candidateProfile.lastName].filter(Boolean).join(" ") || "—", vacancyTitle: b.application.eventVacancy.jobPosting.title } : null,
    };
  });
}
export type EmployerSlot = Awaited<ReturnType<typeof listSlotsForEmployer>>[number];

// ---------- the candidate's bookings ----------

/** A candidate's preselected application, with what booking needs (NotFound for anyone else's). */
async function getBookableApplication(tx: Tx | typeof db, profileId: string, applicationId: string) {
  const a = await tx.eventApplication.findFirst({
    where: { id: applicationId, candidateProfileId: profileId },
    select: { id: true, status: true, eventId: true, employerId: true, eventVacancyId: true, offer: { select: { id: true } }, eventVacancy: { select: { event: { select: eventSelect } } } },
  });
  if (!a) throw new NotFoundError("events.errors.applicationNotFound");
  if (a.status !== "PRESELECTED") throw new InvalidError("events.errors.notPreselected");
  if (!employersCanAct(a.eventVacancy.event.status)) throw new InvalidError("events.errors.eventNotActive");
  return a;
}

/** Free slots the candidate can book for a preselected application (future, open, not overlapping their interviews). */
export async function listBookableSlots(actor: SessionUser, applicationId: string, now = new Date()) {
  const profileId = await getMyProfileIdOrThrow(actor);
  const a = await getBookableApplication(db, profileId, applicationId);
  const [slots, mine] = await Promise.all([
    db.interviewSlot.findMany({
      where: {
        eventId: a.eventId, employerId: a.employerId, cancelledAt: null, startsAt: { gt: now },
        OR: [{ eventVacancyId: null }, { eventVacancyId: a.eventVacancyId }],
        bookings: { none: { cancelledAt: null } },
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 300,
      select: { id: true, startsAt: true, endsAt: true, mode: true, location: true },
    }),
    db.interviewBooking.findMany({ where: { candidateProfileId: profileId, cancelledAt: null, applicationId: { not: a.id } }, select: { startsAt: true, endsAt: true } }),
  ]);
  const overlaps = (s: { startsAt: Date; endsAt: Date }) => mine.some((m) => s.startsAt < m.endsAt && m.startsAt < s.endsAt);
  return {
    event: toEventDto(a.eventVacancy.event),
    slots: slots.filter((s) => !overlaps(s)).map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), mode: s.mode, location: s.location })),
  };
}

async function checkSlotForApplication(tx: Tx, slotId: string, a: { eventId: string; employerId: string; eventVacancyId: string }, now: Date) {
  const slot = await tx.interviewSlot.findFirst({
    where: { id: slotId, eventId: a.eventId, employerId: a.employerId, OR: [{ eventVacancyId: null }, { eventVacancyId: a.eventVacancyId }] },
    select: { id: true, startsAt: true, cancelledAt: true },
  });
  if (!slot || slot.cancelledAt) throw new NotFoundError("events.errors.slotNotFound");
  if (slot.startsAt <= now) throw new InvalidError("events.errors.slotPast");
  return slot;
}

/**
 * Books a slot for a preselected application. Two people clicking the same slot at the same moment: exactly one
 * booking is written (unique active booking per slot), the other is told the slot was just taken. A slot overlapping
 * the candidate's other interview is refused by the database too.
 */
export async function bookSlot(actor: SessionUser, input: { applicationId: string; slotId: string }, now = new Date()) {
  const profileId = await getMyProfileIdOrThrow(actor);
  return translateViolations(() =>
    db.$transaction(async (tx) => {
      const a = await getBookableApplication(tx, profileId, input.applicationId);
      if (a.offer) throw new InvalidError("events.errors.offerExists");
      await checkSlotForApplication(tx, input.slotId, a, now);
      // Times, interviewer, event and organisation are copied from the slot by a trigger (see the migration).
      const b = await tx.interviewBooking.create({
        data: { slotId: input.slotId, applicationId: a.id, eventId: a.eventId, employerId: a.employerId, interviewerId: "", candidateProfileId: profileId, startsAt: now, endsAt: new Date(now.getTime() + 1) },
        select: { id: true, version: true, startsAt: true, endsAt: true },
      });
      await audit({ actorId: actor.id, actorRole: actor.role, action: "event.booking_create", subject: `booking:${b.id}`, details: { eventId: a.eventId, employerId: a.employerId } }, tx);
      return { id: b.id, version: b.version, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() };
    }),
  );
}

/** Moves the candidate's booking to another free slot (same rules as booking; the .ics SEQUENCE goes up). */
export async function rescheduleBooking(actor: SessionUser, input: { bookingId: string; version: number; slotId: string }, now = new Date()) {
  const profileId = await getMyProfileIdOrThrow(actor);
  return translateViolations(() =>
    db.$transaction(async (tx) => {
      const b = await tx.interviewBooking.findFirst({ where: { id: input.bookingId, candidateProfileId: profileId, cancelledAt: null }, select: { id: true, version: true, slotId: true, applicationId: true } });
      if (!b) throw new NotFoundError("events.errors.bookingNotFound");
      if (b.version !== input.version) throw new ConflictError("events.errors.conflict");
      if (b.slotId === input.slotId) return { id: b.id, version: b.version };
      const a = await getBookableApplication(tx, profileId, b.applicationId);
      await checkSlotForApplication(tx, input.slotId, a, now);
      const { count } = await tx.interviewBooking.updateMany({ where: { id: b.id, version: input.version, cancelledAt: null }, data: { slotId: input.slotId, sequence: { increment: 1 }, version: { increment: 1 } } });
      if (count === 0) throw new ConflictError("events.errors.conflict");
      await audit({ actorId: actor.id, actorRole: actor.role, action: "event.booking_reschedule", subject: `booking:${b.id}`, details: { eventId: a.eventId, from: b.slotId, to: input.slotId } }, tx);
      return { id: b.id, version: b.version + 1 };
    }),
  );
}

/** Cancels a booking: the candidate their own, or a member of the organisation (whose candidate is then told). */
export async function cancelBooking(actor: SessionUser, input: { bookingId: string; version: number }, now = new Date()) {
  assertRole(actor, "CANDIDATE", "EMPLOYER");
  const scope: Prisma.InterviewBookingWhereInput =
    actor.role === "CANDIDATE" ? { candidateProfileId: await getMyProfileIdOrThrow(actor) } : { employerId: (await getEmployerMembershipOrThrow(actor)).employerId };
  const r = await db.$transaction(async (tx) => {
    const b = await tx.interviewBooking.findFirst({ where: { id: input.bookingId, ...scope }, select: { id: true, version: true, cancelledAt: true, eventId: true, employerId: true, candidateProfileId: true, startsAt: true, slot: { select: { event: { select: { nameFr: true, nameEn: true, timeZone: true } } } } } });
    if (!b || b.cancelledAt) throw new NotFoundError("events.errors.bookingNotFound");
    if (b.version !== input.version) throw new ConflictError("events.errors.conflict");
    const { count } = await tx.interviewBooking.updateMany({ where: { id: b.id, version: input.version, cancelledAt: null }, data: { cancelledAt: now, cancelledBy: actor.role, sequence: { increment: 1 }, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("events.errors.conflict");
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.booking_cancel", subject: `booking:${b.id}`, details: { eventId: b.eventId, employerId: b.employerId } }, tx);
    return b;
  });
  if (actor.role === "EMPLOYER") {
    await tellCandidates([r.candidateProfileId], "bookingCancelled", (_id, locale) => ({
      event: locale === "en" ? r.slot.event.nameEn : r.slot.event.nameFr,
      when: formatDateTime(locale, r.startsAt, r.slot.event.timeZone),
    }));
  }
  return { id: r.id };
}

/**
 * The .ics of a booking, for its candidate or for a member of its organisation; a cancelled booking gives a
 * cancellation. Times in UTC; the description gives them in the event's zone and in Québec's.
 */
export async function getBookingIcs(actor: SessionUser, bookingId: string, locale: Locale, now = new Date()) {
  assertRole(actor, "CANDIDATE", "EMPLOYER");
  const scope: Prisma.InterviewBookingWhereInput =
    actor.role === "CANDIDATE" ? { candidateProfileId: await getMyProfileIdOrThrow(actor) } : { employerId: (await getEmployerMembershipOrThrow(actor)).employerId };
  const b = await db.interviewBooking.findFirst({
    where: { id: bookingId, ...scope },
    select: {
      id: true, sequence: true, startsAt: true, endsAt: true, cancelledAt: true,
      slot: { select: { mode: true, location: true, event: { select: eventSelect } } },
      application: { select: { candidateProfile: { select: { firstName: true, lastName: true } }, eventVacancy: { select: { jobPosting: { select: { title: true, employer: { select: { legalName: true } } } } } } } },
    },
  });
  if (!b) throw new NotFoundError("events.errors.bookingNotFound");
  const t = createTranslator(locale);
  const e = toEventDto(b.slot.event);
  const job = b.application.eventVacancy.jobPosting;
  const person = [b.application.candidateProfile.firstName, b.application.candidateProfile.lastName].filter(Boolean).join(" ");
  const local = utcToLocal(b.startsAt, e.timeZone);
  const summary = actor.role === "CANDIDATE" ? t("events.ics.summaryCandidate", { title: job.title, employer: job.employer.legalName }) : t("events.ics.summaryEmployer", { title: job.title, person: person || "—" });
  const description = [
    eventName(e, locale),
    t("events.ics.eventTime", { date: local.date, time: local.time, zone: e.timeZone }),
    t("events.ics.mode", { mode: t(`events.interviewModes.${b.slot.mode}`) }),
  ].join("\n");
  return {
    fileName: `entrevue-${local.date}-${b.id}.ics`,
    text: buildInterviewIcs({
      uid: `${b.id}@passerelle-regions`, sequence: b.sequence, start: b.startsAt, end: b.endsAt, stamp: now,
      summary, description, location: b.slot.location ?? (e.city ?? null), cancelled: b.cancelledAt !== null,
    }),
  };
}
