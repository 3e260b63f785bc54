// Time zones of Journées Québec: an event happens somewhere (Paris, Casablanca, online from Québec) and its interview
// slots are typed and shown in that place's time; each person also sees them in their own zone. Pure functions on
// the platform's Intl time-zone data: no I/O, no clock.
//
// Wall times that do not exist (the hour skipped when clocks go forward) move forward by the gap, as a person who
// types 02:30 on that night means "half an hour after 02:00"; wall times that happen twice (the hour repeated when
// clocks go back) resolve to the first one. This is Temporal's "compatible" disambiguation.

const MINUTE = 60_000;
const DAY = 86_400_000;

export type LocalDateTime = { date: string; time: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the platform knows this IANA time zone ("Europe/Paris"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || !/^[A-Za-z_]+(\/[A-Za-z0-9_+\-]+)*$/.test(timeZone)) return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallParts(instant: number, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The zone's offset from UTC at an instant, in minutes (Paris in summer: 120; Québec in winter: -300). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  const p = wallParts(ms, timeZone);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms) / MINUTE);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The wall-clock date and time of an instant in a zone ("2027-03-28", "03:30"). */
export function utcToLocal(instant: Date, timeZone: string): LocalDateTime {
  const p = wallParts(instant.getTime(), timeZone);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

function parseLocal(date: string, time: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`not a local date and time: ${date} ${time}`);
  const [y, mo, da, h, mi] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) throw new RangeError(`not a local date and time: ${date} ${time}`);
  const naive = Date.UTC(y, mo - 1, da, h, mi);
  if (new Date(naive).getUTCDate() !== da) throw new RangeError(`no such day: ${date}`);
  return naive;
}

/**
 * The instant at which the wall clock of `timeZone` shows `date` `time`. A skipped time moves forward by the gap;
 * a repeated time gives the first occurrence. Throws RangeError for a malformed date or time.
 */
export function localToUtc(date: string, time: string, timeZone: string): Date {
  const naive = parseLocal(date, time);
  // At most one transition within a day on either side: the offsets just before and just after are the only candidates.
  const before = zoneOffsetMinutes(new Date(naive - DAY), timeZone);
  const after = zoneOffsetMinutes(new Date(naive + DAY), timeZone);
  const candidates = [...new Set([naive - before * MINUTE, naive - after * MINUTE])]
    .filter((t) => {
      const l = utcToLocal(new Date(t), timeZone);
      return l.date === date && l.time === time;
    })
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]);
  // In a gap: keep the offset in force before it, which lands the same distance after the gap's end.
  return new Date(naive - before * MINUTE);
}

/** YYYY-MM-DD plus n days (calendar arithmetic, no zone involved). */
export function addDaysIso(date: string, days: number): string {
  return new Date(parseLocal(date, "00:00") + days * DAY).toISOString().slice(0, 10);
}

/** The instants an event covers: from midnight of its first day to midnight after its last day, in its zone. */
export function eventBounds(e: { startDate: string; endDate: string; timeZone: string }): { from: Date; to: Date } {
  return { from: localToUtc(e.startDate, "00:00", e.timeZone), to: localToUtc(addDaysIso(e.endDate, 1), "00:00", e.timeZone) };
}

/** Every day of an event, first to last (YYYY-MM-DD). */
export function eventDays(startDate: string, endDate: string, max = 31): string[] {
  const out: string[] = [];
  for (let d = startDate; d <= endDate && out.length < max; d = addDaysIso(d, 1)) out.push(d);
  return out;
}

/** Minutes between two HH:mm times of one day (negative when `to` is earlier). */
export function minutesBetween(from: string, to: string): number {
  const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
  return m(to) - m(from);
}

/**
 * Consecutive slots of `lengthMinutes` from `fromTime` to `toTime` on one local day of the zone, as instants. The
 * wall-clock grid is kept across a clock change (09:00, 09:30... stay on the half hours).
 */
export function slotSeries(input: { date: string; fromTime: string; toTime: string; lengthMinutes: number; timeZone: string }): { startsAt: Date; endsAt: Date }[] {
  const total = minutesBetween(input.fromTime, input.toTime);
  const out: { startsAt: Date; endsAt: Date }[] = [];
  if (input.lengthMinutes <= 0 || total < input.lengthMinutes) return out;
  const at = (offset: number) => {
    const m = Number(input.fromTime.slice(0, 2)) * 60 + Number(input.fromTime.slice(3, 5)) + offset;
    return localToUtc(input.date, `${pad(Math.floor(m / 60))}:${pad(m % 60)}`, input.timeZone);
  };
  let lastEnd = -Infinity;
  for (let k = 0; k + input.lengthMinutes <= total; k += input.lengthMinutes) {
    const startsAt = at(k);
    const endsAt = at(k + input.lengthMinutes);
    // Around a skipped hour two wall times name one instant: keep real time moving forward, without overlaps.
    if (endsAt > startsAt && startsAt.getTime() >= lastEnd) {
      out.push({ startsAt, endsAt });
      lastEnd = endsAt.getTime();
    }
  }
  return out;
}

/** Time zones offered in the event form (any valid IANA zone is accepted by the schema). */
export const EVENT_TIME_ZONES = [
  "America/Toronto",
  "Europe/Paris",
  "Europe/Brussels",
  "Europe/Madrid",
  "Europe/Lisbon",
  "Europe/London",
  "Africa/Casablanca",
  "Africa/Tunis",
  "Africa/Algiers",
  "Africa/Dakar",
  "Africa/Abidjan",
  "Africa/Douala",
  "America/Sao_Paulo",
  "America/Bogota",
  "America/Mexico_City",
  "America/Port-au-Prince",
  "Asia/Manila",
  "Asia/Kolkata",
] as const;

/** Québec's zone (the portal's own; employers and advisors read times in it by default). */
export const QUEBEC_TIME_ZONE = "America/Toronto";
