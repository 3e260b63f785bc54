import { z } from "zod";
import { NAICS_SECTORS } from "@/lib/schemas/employer";
import { isCountryCode } from "@/lib/domain/candidate/countries";
import { isValidTimeZone, localToUtc } from "@/lib/domain/events/time";
import { LETTER_MAX, LETTER_MIN, MAX_SLOTS_PER_SERIES, SLOT_LENGTHS } from "@/lib/domain/events/rules";
import { optionalText, ZId, ZVersion } from "./fields";

// Journées Québec: one schema per form, shared by the form (zodResolver) and its server action. Messages are i18n
// keys of the "events" namespace (or "common").

export const EVENT_FORMATS = ["IN_PERSON", "VIRTUAL"] as const;
export const INTERVIEW_MODES = ["IN_PERSON", "VIDEO"] as const;
/** An event lasts a few days: at most this many. */
export const MAX_EVENT_DAYS = 14;
export const REGION_CODES = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17"] as const;

const ZDate = (key: string) => z.string({ error: key }).trim().pipe(z.iso.date({ error: key }));
const ZTime = (key: string) => z.string({ error: key }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, key);

const eventShape = {
  nameFr: z.string({ error: "common.form.required" }).trim().min(3, "events.errors.nameLength").max(150, "events.errors.nameLength"),
  nameEn: z.string({ error: "common.form.required" }).trim().min(3, "events.errors.nameLength").max(150, "events.errors.nameLength"),
  descriptionFr: z.string().trim().max(4000, "common.form.tooLong").default(""),
  descriptionEn: z.string().trim().max(4000, "common.form.tooLong").default(""),
  format: z.enum(EVENT_FORMATS, { error: "events.errors.format" }),
  city: optionalText(100),
  countryCode: optionalText(2).pipe(z.string().refine(isCountryCode, "events.errors.country").nullable()),
  timeZone: z.string({ error: "events.errors.timeZone" }).trim().refine(isValidTimeZone, "events.errors.timeZone"),
  startDate: ZDate("events.errors.date"),
  endDate: ZDate("events.errors.date"),
  deadlineDate: ZDate("events.errors.date"),
  deadlineTime: ZTime("events.errors.time"),
  sectorCodes: z.array(z.enum(NAICS_SECTORS, { error: "events.errors.sector" })).max(NAICS_SECTORS.length).default([]),
  regionCodes: z.array(z.enum(REGION_CODES, { error: "events.errors.region" })).max(REGION_CODES.length).default([]),
};

type EventShape = z.infer<z.ZodObject<typeof eventShape>>;

/** Cross-field rules: a place for an in-person event, no end before the start, the deadline before the first day. */
function checkEvent(v: EventShape, ctx: z.RefinementCtx) {
  if (v.format === "IN_PERSON") {
    if (!v.city) ctx.addIssue({ code: "custom", path: ["city"], message: "events.errors.cityRequired" });
    if (!v.countryCode) ctx.addIssue({ code: "custom", path: ["countryCode"], message: "events.errors.countryRequired" });
  }
  if (v.endDate < v.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "events.errors.endBeforeStart" });
    return;
  }
  const days = (Date.parse(v.endDate) - Date.parse(v.startDate)) / 86_400_000 + 1;
  if (days > MAX_EVENT_DAYS) ctx.addIssue({ code: "custom", path: ["endDate"], message: "events.errors.tooLong" });
  if (!isValidTimeZone(v.timeZone)) return;
  try {
    const deadline = localToUtc(v.deadlineDate, v.deadlineTime, v.timeZone);
    if (deadline.getTime() >= localToUtc(v.startDate, "00:00", v.timeZone).getTime()) {
      ctx.addIssue({ code: "custom", path: ["deadlineDate"], message: "events.errors.deadlineAfterStart" });
    }
  } catch {
    ctx.addIssue({ code: "custom", path: ["deadlineDate"], message: "events.errors.date" });
  }
}

export const ZEventInput = z.object(eventShape).superRefine(checkEvent);
export type TEventInput = z.output<typeof ZEventInput>;
export type TEventFormValues = z.input<typeof ZEventInput>;

export const ZUpdateEvent = z.object({ ...eventShape, id: ZId, version: ZVersion }).superRefine(checkEvent);
export type TUpdateEvent = z.output<typeof ZUpdateEvent>;

export const EVENT_STATUS_VALUES = ["DRAFT", "OPEN_EMPLOYERS", "OPEN_CANDIDATES", "CLOSED", "DONE"] as const;
export const ZEventStatusChange = z.object({ id: ZId, version: ZVersion, to: z.enum(EVENT_STATUS_VALUES) });

export const ZParticipationDecision = z
  .object({ participationId: ZId, version: ZVersion, decision: z.enum(["APPROVED", "REJECTED"], { error: "events.errors.decision" }), reason: optionalText(500) })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECTED" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "events.errors.reasonRequired" });
  });

export const ZEventRef = z.object({ eventId: ZId });
export const ZAttachVacancy = z.object({ eventId: ZId, jobPostingId: z.string({ error: "events.errors.vacancyRequired" }).min(1, "events.errors.vacancyRequired").max(64) });
export const ZEventVacancyRef = z.object({ eventVacancyId: ZId });

export const ZApply = z.object({
  eventVacancyIds: z.array(ZId, { error: "events.errors.chooseVacancy" }).min(1, "events.errors.chooseVacancy").max(10, "events.errors.tooManyVacancies"),
  cvFileId: z.string({ error: "events.errors.cvRequired" }).min(1, "events.errors.cvRequired").max(64),
  letter: z.string({ error: "events.errors.letterLength" }).trim().min(LETTER_MIN, "events.errors.letterLength").max(LETTER_MAX, "events.errors.letterLength"),
});
export type TApply = z.output<typeof ZApply>;

export const ZApplicationDecision = z.object({ applicationId: ZId, version: ZVersion, status: z.enum(["PRESELECTED", "NOT_RETAINED"]) });

export const ZOpenSlots = z
  .object({
    eventId: ZId,
    date: ZDate("events.errors.date"),
    fromTime: ZTime("events.errors.time"),
    toTime: ZTime("events.errors.time"),
    lengthMinutes: z.coerce.number({ error: "events.errors.slotLength" }).int().refine((n) => (SLOT_LENGTHS as readonly number[]).includes(n), "events.errors.slotLength"),
    mode: z.enum(INTERVIEW_MODES, { error: "events.errors.mode" }),
    location: optionalText(300),
    interviewerId: optionalText(64),
    eventVacancyId: optionalText(64),
  })
  .superRefine((v, ctx) => {
    const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
    if (m(v.toTime) <= m(v.fromTime)) ctx.addIssue({ code: "custom", path: ["toTime"], message: "events.errors.endBeforeStartTime" });
    else if (m(v.toTime) - m(v.fromTime) < v.lengthMinutes) ctx.addIssue({ code: "custom", path: ["toTime"], message: "events.errors.windowTooShort" });
    else if ((m(v.toTime) - m(v.fromTime)) / v.lengthMinutes > MAX_SLOTS_PER_SERIES) ctx.addIssue({ code: "custom", path: ["toTime"], message: "events.errors.tooManySlots" });
  });
export type TOpenSlots = z.output<typeof ZOpenSlots>;
export type TOpenSlotsValues = z.input<typeof ZOpenSlots>;

export const ZSlotRef = z.object({ slotId: ZId });
export const ZBook = z.object({ applicationId: ZId, slotId: z.string({ error: "events.errors.chooseSlot" }).min(1, "events.errors.chooseSlot").max(64) });
export const ZReschedule = z.object({ bookingId: ZId, version: ZVersion, slotId: z.string({ error: "events.errors.chooseSlot" }).min(1, "events.errors.chooseSlot").max(64) });
export const ZBookingRef = z.object({ bookingId: ZId, version: ZVersion });

export const ZMakeOffer = z.object({ applicationId: ZId, note: optionalText(1000) });
export const ZAnswerOffer = z.object({ offerId: ZId, version: ZVersion, answer: z.enum(["ACCEPTED", "DECLINED"]) });

export const ZInviteToApply = z.object({ eventVacancyId: ZId, candidateProfileIds: z.array(ZId).min(1, "events.errors.chooseCandidates").max(50) });

/** Filters of an event's public vacancy list (in the URL). */
export const ZEventVacancyFilters = z.object({
  region: z.enum(REGION_CODES).optional().catch(undefined),
  cnp: z.string().regex(/^\d{1,5}$/).optional().catch(undefined),
});
export type TEventVacancyFilters = z.output<typeof ZEventVacancyFilters>;
