// How fresh a profile is. A candidate confirms in one click that the profile is still accurate (saving a section
// counts as confirming it too). After 90 days the candidate is asked to confirm; after 12 months without
// confirmation the profile is hidden from employers until it is confirmed again. Pure: `now` is always passed in.

export const ASK_TO_CONFIRM_AFTER_DAYS = 90;
export const HIDE_AFTER_MONTHS = 12;

const DAY_MS = 86_400_000;

/** Whole days between the confirmation and now (0 on the same day; never negative). */
export function daysSince(confirmedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - confirmedAt.getTime()) / DAY_MS));
}

/**
 * The instant before which a confirmation is too old for the profile to be shown to employers: `now` minus 12
 * calendar months (29 February minus a year is 1 March: Date's own month arithmetic, in UTC).
 */
export function hiddenIfConfirmedBefore(now: Date): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - HIDE_AFTER_MONTHS);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

export type Freshness = {
  daysSinceConfirmed: number;
  /** 90 days or more since the last confirmation: ask the candidate to confirm. */
  needsConfirmation: boolean;
  /** 12 months or more: hidden from employers until confirmed. */
  hiddenFromEmployers: boolean;
};

export function profileFreshness(confirmedAt: Date, now: Date): Freshness {
  const days = daysSince(confirmedAt, now);
  return {
    daysSinceConfirmed: days,
    needsConfirmation: days >= ASK_TO_CONFIRM_AFTER_DAYS,
    hiddenFromEmployers: confirmedAt.getTime() <= hiddenIfConfirmedBefore(now).getTime(),
  };
}
