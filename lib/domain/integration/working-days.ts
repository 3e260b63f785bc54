// Working days for Accompagnement Québec's service standard: a first meeting is due within 5 working days of a
// request or a hand-over. Pure; dates are calendar dates ("YYYY-MM-DD"), computed in Québec's time zone.
//
// A working day is a weekday that is not a Québec statutory holiday (Loi sur les normes du travail, art. 60, and the
// Loi sur la fête nationale): 1 January, Good Friday AND Easter Monday (government offices close on both), the
// Monday before 25 May (Journée nationale des patriotes), 24 June (25 June when it falls on a Sunday), 1 July
// (2 July when it falls on a Sunday), Labour Day (1st Monday of September), Thanksgiving (2nd Monday of October) and
// 25 December. Holidays that fall on a Saturday are not moved (offices are closed anyway).

import { addCalendarDays, quebecDate } from "@/lib/domain/vacancy/dates";

export const FIRST_MEETING_WORKING_DAYS = 5;

/** A calendar date as "YYYY-MM-DD". */
export type IsoDate = string;

const DAY_MS = 86_400_000;

function parse(iso: IsoDate): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`not a calendar date: ${iso}`);
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return d;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  parse(iso);
  return addCalendarDays(iso, days);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / DAY_MS);
}

/** The calendar date of an instant in Québec (a hand-over at 22:30 on Friday in Sept-Îles is Friday's). */
export const quebecDateOf = (instant: Date): IsoDate => quebecDate(instant);

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  return parse(iso).getUTCDay();
}

/** Easter Sunday (Gregorian calendar, anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const ymd = (y: number, m: number, d: number): IsoDate => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The n-th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, dow: number, n: number): IsoDate {
  const first = ymd(year, month, 1);
  const offset = (dow - weekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** A fixed date, moved to the Monday when it falls on a Sunday. */
function sundayToMonday(iso: IsoDate): IsoDate {
  return weekday(iso) === 0 ? addDays(iso, 1) : iso;
}

const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

/** Québec's statutory holidays of a year (see the header comment). */
export function quebecHolidays(year: number): ReadonlySet<IsoDate> {
  let set = holidayCache.get(year);
  if (set) return set;
  const easter = easterSunday(year);
  // Monday before 25 May: the last Monday on or before 24 May.
  const may24 = ymd(year, 5, 24);
  const patriotes = addDays(may24, -((weekday(may24) - 1 + 7) % 7));
  set = new Set([
    ymd(year, 1, 1),
    addDays(easter, -2),
    addDays(easter, 1),
    patriotes,
    sundayToMonday(ymd(year, 6, 24)),
    sundayToMonday(ymd(year, 7, 1)),
    nthWeekday(year, 9, 1, 1),
    nthWeekday(year, 10, 1, 2),
    ymd(year, 12, 25),
  ]);
  holidayCache.set(year, set);
  return set;
}

export function isWorkingDay(iso: IsoDate): boolean {
  const dow = weekday(iso);
  if (dow === 0 || dow === 6) return false;
  return !quebecHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** The n-th working day after `iso` (the day itself does not count, whether or not it is a working day). */
export function addWorkingDays(iso: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0, got ${n}`);
  let d = iso;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** The date a first meeting is due for a request or hand-over made at `requestedAt`. */
export function firstMeetingDueOn(requestedAt: Date): IsoDate {
  return addWorkingDays(quebecDateOf(requestedAt), FIRST_MEETING_WORKING_DAYS);
}

export type FirstMeetingState = "held" | "due" | "dueToday" | "overdue";

/** Where the first meeting stands on `today` (a Québec date): held, still due, due today, or overdue. */
export function firstMeetingState(dueOn: IsoDate, heldAt: Date | null, today: IsoDate): FirstMeetingState {
  if (heldAt) return "held";
  if (today > dueOn) return "overdue";
  return today === dueOn ? "dueToday" : "due";
}
