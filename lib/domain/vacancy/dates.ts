// Calendar dates as "YYYY-MM-DD" strings in Québec's time zone: "today" for a start date is Québec's today,
// whatever the server's zone. Pure functions.

export const QUEBEC_TIME_ZONE = "America/Toronto";

// en-CA formats dates as YYYY-MM-DD. Built once: a formatter costs far more to build than to use.
const QUEBEC_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: QUEBEC_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date of `now` in Québec, as YYYY-MM-DD. */
export function quebecDate(now: Date = new Date()): string {
  return QUEBEC_DAY.format(now);
}

/** YYYY-MM-DD plus `days` calendar days. */
export function addCalendarDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A @db.Date value (midnight UTC) as YYYY-MM-DD. */
export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
