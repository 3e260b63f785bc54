"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { RateLimitedError } from "@/lib/server/errors";
import { hitRateLimit } from "@/lib/server/rate-limit";
import {
  ZAnswerOffer, ZApplicationDecision, ZApply, ZAttachVacancy, ZBook, ZBookingRef, ZEventInput, ZEventRef, ZEventStatusChange, ZEventVacancyRef, ZInviteToApply,
  ZMakeOffer, ZOpenSlots, ZParticipationDecision, ZReschedule, ZSlotRef, ZUpdateEvent,
} from "@/lib/schemas/event";
import { attachVacancy, changeEventStatus, createEvent, decideParticipation, detachVacancy, registerForEvent, updateEvent } from "@/lib/server/dal/events";
import { answerOffer, applyToEvent, decideApplication, makeOffer } from "@/lib/server/dal/events-applications";
import { bookSlot, cancelBooking, cancelSlot, openSlots, rescheduleBooking } from "@/lib/server/dal/events-interviews";
import { inviteToApply } from "@/lib/server/services/events-matching";

// Journées Québec actions: the shared schemas (lib/schemas/event.ts), authorization and scoping in the data layer,
// then the event pages are refreshed. Applying and booking are rate-limited per person.

function refresh() {
  revalidatePath("/conseiller/evenements", "layout");
  revalidatePath("/employeur/evenements", "layout");
  revalidatePath("/candidat/evenements", "layout");
  revalidatePath("/evenements", "layout");
}

async function limited(key: string, limit: number, windowSeconds: number) {
  if (!(await hitRateLimit(key, limit, windowSeconds)).allowed) throw new RateLimitedError();
}

// ---------- advisors ----------

export const createEventAction = action(ZEventInput, async (input) => {
  const r = await createEvent(await requireUser(), input);
  refresh();
  return r;
});

export const updateEventAction = action(ZUpdateEvent, async (input) => {
  const r = await updateEvent(await requireUser(), input);
  refresh();
  return r;
});

export const changeEventStatusAction = action(ZEventStatusChange, async (input) => {
  const r = await changeEventStatus(await requireUser(), input);
  refresh();
  return r;
});

export const decideParticipationAction = action(ZParticipationDecision, async (input) => {
  const r = await decideParticipation(await requireUser(), input);
  refresh();
  return r;
});

export const inviteToApplyAction = action(ZInviteToApply, async (input) => {
  const r = await inviteToApply(await requireUser(), input);
  refresh();
  return r;
});

// ---------- organisations ----------

export const registerForEventAction = action(ZEventRef, async ({ eventId }) => {
  const r = await registerForEvent(await requireUser(), eventId);
  refresh();
  return { id: r.id, status: r.status };
});

export const attachVacancyAction = action(ZAttachVacancy, async (input) => {
  const r = await attachVacancy(await requireUser(), input);
  refresh();
  return r;
});

export const detachVacancyAction = action(ZEventVacancyRef, async ({ eventVacancyId }) => {
  const r = await detachVacancy(await requireUser(), eventVacancyId);
  refresh();
  return r;
});

export const decideApplicationAction = action(ZApplicationDecision, async (input) => {
  const r = await decideApplication(await requireUser(), input);
  refresh();
  return r;
});

export const makeOfferAction = action(ZMakeOffer, async (input) => {
  const r = await makeOffer(await requireUser(), input);
  refresh();
  return r;
});

export const openSlotsAction = action(ZOpenSlots, async (input) => {
  const r = await openSlots(await requireUser(), input);
  refresh();
  return r;
});

export const cancelSlotAction = action(ZSlotRef, async ({ slotId }) => {
  const r = await cancelSlot(await requireUser(), slotId);
  refresh();
  return r;
});

// ---------- both sides ----------

export const answerOfferAction = action(ZAnswerOffer, async (input) => {
  const r = await answerOffer(await requireUser(), input);
  refresh();
  revalidatePath("/employeur/postes", "layout");
  return { id: r.id, version: r.version, status: r.status };
});

export const cancelBookingAction = action(ZBookingRef, async (input) => {
  const r = await cancelBooking(await requireUser(), input);
  refresh();
  return r;
});

// ---------- candidates ----------

export const applyToEventAction = action(ZApply, async (input) => {
  const actor = await requireUser();
  await limited(`event-apply:${actor.id}`, 30, 3600);
  const r = await applyToEvent(actor, input);
  refresh();
  return { eventId: r.eventId, count: r.applications.length };
});

export const bookSlotAction = action(ZBook, async (input) => {
  const actor = await requireUser();
  await limited(`event-book:${actor.id}`, 60, 3600);
  const r = await bookSlot(actor, input);
  refresh();
  return r;
});

export const rescheduleBookingAction = action(ZReschedule, async (input) => {
  const actor = await requireUser();
  await limited(`event-book:${actor.id}`, 60, 3600);
  const r = await rescheduleBooking(actor, input);
  refresh();
  return r;
});
