import { addDays, type IsoDate } from "./working-days";

// Staying in the region: follow-ups at 3, 6 and 12 months after arrival. Pure.

export const FOLLOW_UP_MILESTONES = ["M3", "M6", "M12"] as const;
export type FollowUpMilestone = (typeof FOLLOW_UP_MILESTONES)[number];
export const MILESTONE_MONTHS: Readonly<Record<FollowUpMilestone, number>> = { M3: 3, M6: 6, M12: 12 };

/** Days before a milestone when the check-in opens (the person may answer a little early). */
export const CHECK_IN_OPENS_DAYS_BEFORE = 14;

/** `iso` plus whole months, clamped to the month's last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * The date follow-ups count from: the arrival recorded by the advisor, else the later of the job's start and the
 * person's availability, else the day of the hand-over.
 */
export function followUpStart(h: { arrivedOn: IsoDate | null; jobStartDate: IsoDate | null; availableFrom: IsoDate | null; requestedOn: IsoDate }): IsoDate {
  if (h.arrivedOn) return h.arrivedOn;
  const known = [h.jobStartDate, h.availableFrom].filter((d): d is IsoDate => d !== null).sort();
  return known.length ? known[known.length - 1]! : h.requestedOn;
}

export type MilestoneState = { milestone: FollowUpMilestone; dueOn: IsoDate; open: boolean; overdue: boolean };

/** Each milestone's due date, whether a check-in is open (from 14 days before), and overdue (a month after, not done). */
export function milestoneStates(start: IsoDate, done: ReadonlySet<FollowUpMilestone>, today: IsoDate): MilestoneState[] {
  return FOLLOW_UP_MILESTONES.map((milestone) => {
    const dueOn = addMonths(start, MILESTONE_MONTHS[milestone]);
    const open = today >= addDays(dueOn, -CHECK_IN_OPENS_DAYS_BEFORE);
    return { milestone, dueOn, open, overdue: !done.has(milestone) && today > addMonths(dueOn, 1) };
  });
}

/**
 * The check-in the person can answer now: the latest milestone whose window is open, unless they answered it already
 * (an earlier milestone that was missed is not asked any more: its moment has passed).
 */
export function currentCheckIn(start: IsoDate, answered: ReadonlySet<FollowUpMilestone>, today: IsoDate): FollowUpMilestone | null {
  const open = milestoneStates(start, answered, today).filter((s) => s.open);
  const latest = open[open.length - 1];
  return latest && !answered.has(latest.milestone) ? latest.milestone : null;
}
