import { addDays, daysBetween, type IsoDate } from "./working-days";
import { addMonths } from "./follow-ups";

// The regionalisation dashboard's pure parts: the period filter, the months of a period, the map's measures, and
// CSV writing. The figures themselves are SQL (lib/server/dal/dashboard.ts).

/** About 84% of newcomers settle in the Montréal metropolitan community today: 16% outside it is the baseline. */
export const CMM_SETTLEMENT_BASELINE = 0.84;
export const OUTSIDE_CMM_BASELINE = 1 - CMM_SETTLEMENT_BASELINE;

export const MAP_MEASURES = ["openPositions", "candidatesInterested", "hires", "unmetPositions"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export const CSV_SECTIONS = ["regions", "months", "french", "occupations"] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

/** Longest period shown: five years (the monthly chart stays readable, the queries bounded). */
export const MAX_PERIOD_DAYS = 5 * 366;

export type Period = { from: IsoDate; to: IsoDate };

const isIso = (s: unknown): s is IsoDate => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** The default period: the last 12 months, today included. */
export function defaultPeriod(today: IsoDate): Period {
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

/**
 * The period of the URL (?du=YYYY-MM-DD&au=YYYY-MM-DD): a missing or invalid bound takes the default's, an end
 * after today becomes today, bounds in the wrong order are swapped, and a period longer than five years is cut at
 * its start.
 */
export function parsePeriod(params: { du?: string | null; au?: string | null }, today: IsoDate): Period {
  const d = defaultPeriod(today);
  let from = isIso(params.du) ? params.du : d.from;
  let to = isIso(params.au) ? params.au : d.to;
  if (to > today) to = today;
  if (from > to) [from, to] = [to, from];
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) from = addDays(to, -MAX_PERIOD_DAYS);
  return { from, to };
}

export function parseMeasure(v: string | null | undefined): MapMeasure {
  return (MAP_MEASURES as readonly string[]).includes(v ?? "") ? (v as MapMeasure) : "openPositions";
}

/** The months a period touches, as "YYYY-MM", oldest first. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  let m = `${p.from.slice(0, 7)}-01`;
  const last = p.to.slice(0, 7);
  while (m.slice(0, 7) <= last) {
    out.push(m.slice(0, 7));
    m = addMonths(m, 1);
  }
  return out;
}

/** A share, or null when there is nothing to divide (never 0/0 shown as 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * Below this many follow-ups a region's retention is not shown, only how many follow-ups there were: with one or
 * two, "still in the region" tells an advisor or a reader of the export whether a known person stayed.
 */
export const MIN_FOLLOW_UPS_SHOWN = 5;

/** A region's retention at a milestone as the dashboard and its export may show it. */
export type RetentionFigure = {
  followUps: number;
  /** Null when there are fewer than MIN_FOLLOW_UPS_SHOWN follow-ups (and more than none). */
  stayed: number | null;
  rate: number | null;
  tooFew: boolean;
};

/** The retention of `followUps` follow-ups of which `stayed` said "still in the region", small counts withheld. */
export function retentionFigure(followUps: number, stayed: number): RetentionFigure {
  if (followUps > 0 && followUps < MIN_FOLLOW_UPS_SHOWN) return { followUps, stayed: null, rate: null, tooFew: true };
  return { followUps, stayed, rate: share(stayed, followUps), tooFew: false };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formulas neutralised for spreadsheets. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with CRLF line ends and a byte-order mark (so that spreadsheet software reads the accents). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
