// The event dashboard's figures, from plain rows (the data layer reads them; this file adds them up), and its CSV.
// Pure: no I/O.

export type DashboardRows = {
  participations: { status: "PENDING" | "APPROVED" | "REJECTED" }[];
  vacancies: { regionCode: string; inCmm: boolean; positions: number }[];
  applications: { status: "SUBMITTED" | "PRESELECTED" | "NOT_RETAINED" }[];
  bookings: { endsAt: Date; cancelled: boolean }[];
  offers: { status: "MADE" | "ACCEPTED" | "DECLINED"; inCmm: boolean }[];
};

export type EventFigures = {
  employers: number;
  employersPending: number;
  vacancies: number;
  positions: number;
  vacanciesByRegion: { regionCode: string; count: number }[];
  applications: number;
  preselected: number;
  interviewsBooked: number;
  interviewsHeld: number;
  offers: number;
  offersAccepted: number;
  offersDeclined: number;
  /** Offers whose vacancy is outside the Montréal metropolitan community, over all offers (null without offers). */
  offersOutsideCmmShare: number | null;
  offersOutsideCmm: number;
};

/** Adds up the rows at `now` (an interview is "held" once its end has passed and it was not cancelled). */
export function eventFigures(rows: DashboardRows, now: Date): EventFigures {
  const byRegion = new Map<string, number>();
  for (const v of rows.vacancies) byRegion.set(v.regionCode, (byRegion.get(v.regionCode) ?? 0) + 1);
  const active = rows.bookings.filter((b) => !b.cancelled);
  const outside = rows.offers.filter((o) => !o.inCmm).length;
  return {
    employers: rows.participations.filter((p) => p.status === "APPROVED").length,
    employersPending: rows.participations.filter((p) => p.status === "PENDING").length,
    vacancies: rows.vacancies.length,
    positions: rows.vacancies.reduce((s, v) => s + v.positions, 0),
    vacanciesByRegion: [...byRegion].map(([regionCode, count]) => ({ regionCode, count })).sort((a, b) => b.count - a.count || a.regionCode.localeCompare(b.regionCode)),
    applications: rows.applications.length,
    preselected: rows.applications.filter((a) => a.status === "PRESELECTED").length,
    interviewsBooked: active.length,
    interviewsHeld: active.filter((b) => b.endsAt.getTime() <= now.getTime()).length,
    offers: rows.offers.length,
    offersAccepted: rows.offers.filter((o) => o.status === "ACCEPTED").length,
    offersDeclined: rows.offers.filter((o) => o.status === "DECLINED").length,
    offersOutsideCmm: outside,
    offersOutsideCmmShare: rows.offers.length ? outside / rows.offers.length : null,
  };
}

/** One CSV field: quoted when it holds a separator, a quote or a line break; formulas neutralised for spreadsheets. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (CRLF, UTF-8 BOM so that spreadsheet programs read the accents). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return "\uFEFF" + rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
