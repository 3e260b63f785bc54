"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { RateLimitedError } from "@/lib/server/errors";
import { ZArrival, ZFirstMeeting, ZHandOverRef, ZOpenHireHandOver, ZRequestAccompaniment } from "@/lib/schemas/integration";
import { closeHandOver, openMyHireHandOver, recordArrival, recordFirstMeeting, requestAccompaniment, takeHandOver } from "@/lib/server/dal/handovers";

// Hand-overs: the advisor takes one, records the first meeting and the arrival, closes it; the person opens the
// hand-over of their hire or asks for accompaniment. Each action authorises through the data layer.

const QUEUE = "/conseiller/accompagnement";

export const takeHandOverAction = action(ZHandOverRef, async (input) => {
  const r = await takeHandOver(await requireUser(), input);
  revalidatePath(QUEUE, "layout");
  return r;
});

export const recordFirstMeetingAction = action(ZFirstMeeting, async (input) => {
  const r = await recordFirstMeeting(await requireUser(), { handOverId: input.handOverId, version: input.version, heldOn: input.heldOn });
  revalidatePath(QUEUE, "layout");
  return r;
});

export const recordArrivalAction = action(ZArrival, async (input) => {
  const r = await recordArrival(await requireUser(), { handOverId: input.handOverId, version: input.version, arrivedOn: input.arrivedOn });
  revalidatePath(QUEUE, "layout");
  return r;
});

export const closeHandOverAction = action(ZHandOverRef, async (input) => {
  const r = await closeHandOver(await requireUser(), input);
  revalidatePath(QUEUE, "layout");
  return r;
});

export const openMyHireHandOverAction = action(ZOpenHireHandOver, async (input) => {
  const actor = await requireUser();
  const r = await openMyHireHandOver(actor, { entryId: input.entryId, wordingVersion: input.wordingVersion });
  revalidatePath("/candidat/plan");
  return { handOverId: "handOverId" in r ? r.handOverId : null };
});

export const requestAccompanimentAction = action(ZRequestAccompaniment, async (input) => {
  const actor = await requireUser();
  if (!(await hitRateLimit(`accompaniment:${actor.id}`, 10, 3600)).allowed) throw new RateLimitedError();
  const r = await requestAccompaniment(actor, { regionCode: input.regionCode, note: input.note, wordingVersion: input.wordingVersion });
  revalidatePath("/candidat/plan");
  return { handOverId: r.handOverId };
});
