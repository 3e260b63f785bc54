// Rules of a Journées Québec event: its stages and what each allows. Pure (no I/O); the data layer asks these and
// refuses what they refuse, the pages show what they allow.
//
//   DRAFT ──► OPEN_EMPLOYERS ──► OPEN_CANDIDATES ──► CLOSED ──► DONE
//   (each open stage can step back one, e.g. to fix a mistake; DONE is final)
//
// - Employers register and attach vacancies while the event is open (to employers or candidates).
// - Candidates see the event and apply only while it is open to candidates, and before the deadline.
// - The advisor's pre-matching (invitations to apply) is for open events.
// - Preselection, interview slots, bookings and offers go on until the event is DONE.

export const EVENT_STATUSES = ["DRAFT", "OPEN_EMPLOYERS", "OPEN_CANDIDATES", "CLOSED", "DONE"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const NEXT: Record<EventStatus, readonly EventStatus[]> = {
  DRAFT: ["OPEN_EMPLOYERS"],
  OPEN_EMPLOYERS: ["OPEN_CANDIDATES", "DRAFT"],
  OPEN_CANDIDATES: ["CLOSED", "OPEN_EMPLOYERS"],
  CLOSED: ["DONE", "OPEN_CANDIDATES"],
  DONE: [],
};

/** The stages an advisor can move an event to from `from` (forward first). */
export function eventTransitions(from: EventStatus): readonly EventStatus[] {
  return NEXT[from];
}

export function canMoveEvent(from: EventStatus, to: EventStatus): boolean {
  return NEXT[from].includes(to);
}

/** Employers can register and attach vacancies. */
export const employersCanRegister = (s: EventStatus) => s === "OPEN_EMPLOYERS" || s === "OPEN_CANDIDATES";

/** The public sees the event and its vacancies. */
export const isPublic = (s: EventStatus) => s === "OPEN_CANDIDATES" || s === "CLOSED";

/** Why a candidate cannot apply now (an i18n key), or null when they can. The deadline is an instant. */
export function applicationRefusal(e: { status: EventStatus; applicationDeadline: Date }, now: Date): "events.errors.notOpenForCandidates" | "events.errors.deadlinePassed" | null {
  if (e.status !== "OPEN_CANDIDATES") return "events.errors.notOpenForCandidates";
  if (now.getTime() >= e.applicationDeadline.getTime()) return "events.errors.deadlinePassed";
  return null;
}

/** Pre-matching (ranking the permanent pool, inviting to apply) happens while the event is open. */
export const canPrematch = (s: EventStatus) => s === "OPEN_EMPLOYERS" || s === "OPEN_CANDIDATES";

/** Organisations still act on their applicants (preselection, slots, offers). */
export const employersCanAct = (s: EventStatus) => s !== "DRAFT" && s !== "DONE";

export const APPLICATION_STATUSES = ["SUBMITTED", "PRESELECTED", "NOT_RETAINED"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The organisation's decision on an application: any change but to the same status; an offer freezes it. */
export function canDecide(from: ApplicationStatus, to: ApplicationStatus, hasOffer: boolean): boolean {
  return from !== to && to !== "SUBMITTED" && !hasOffer;
}

export const OFFER_STATUSES = ["MADE", "ACCEPTED", "DECLINED"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** An offer is answered once: MADE → ACCEPTED or DECLINED. */
export const canAnswerOffer = (from: OfferStatus) => from === "MADE";

/** Interview slot lengths offered (minutes). */
export const SLOT_LENGTHS = [15, 20, 30, 45, 60, 90] as const;
/** A series opens at most this many slots at once. */
export const MAX_SLOTS_PER_SERIES = 48;
/** A letter is short. */
export const LETTER_MAX = 3000;
export const LETTER_MIN = 50;
