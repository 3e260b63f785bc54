// The factor curves: each turns facts about a (vacancy, candidate) pair into a score 0..1. Numbers only, no
// text (messages.ts) and no objects allocated, because ranking 100,000 candidates calls them 100,000 times.
//
// Ordering invariants (matching-format.md, "Ordering every engine must respect"), each tested:
// - experience is strictly increasing in years from 0 up to minimum + 20 years, with a step when the minimum
//   is reached; a whole year more is worth at least 0.015 (0.12 points of total score at weight 0.08);
// - French/English at or above the minimum score at least 0.8, below it at most 0.5 (and the candidate is
//   ineligible); a level more never scores less;
// - education meeting the minimum scores 1, one level below 0.6, then 0.2 less per level;
// - availability by the start date scores 1, later strictly decreasing with the delay: 1 / (1 + days / 90);
// - region: wanted >= open to any region outside the CMM > other regions > unknown > only CMM regions.

/** Experience curve. `years` >= 0 (0 when unknown); `minimum` null or 0 = no requirement. */
export function experienceScore(years: number, minimum: number | null): number {
  const y = Number.isFinite(years) && years > 0 ? years : 0;
  const m = minimum != null && minimum > 0 ? minimum : 0;
  if (y < m) return (0.6 * y) / m;
  return 0.7 + 0.3 * Math.min(1, (y - m) / EXPERIENCE_PLATEAU_YEARS);
}
/** Years above the minimum after which more experience no longer adds to the score. */
export const EXPERIENCE_PLATEAU_YEARS = 20;

/** True when the language requirement is met; a null minimum is always met; an unknown level never meets one. */
export function languageMeets(level: number | null, minimum: number | null): boolean {
  if (minimum == null) return true;
  return level != null && level >= minimum;
}

/**
 * Language curve (Échelle québécoise for French, CLB for English, both 1..12).
 * With a minimum m: below it 0.5 x level / m; at it 0.8, then +0.05 a level up to 1 (reached at m + 4, or 12).
 * Without a minimum: 0.5 + 0.5 x min(level, 8) / 8, since French helps settling in a region even when the
 * employer asks for nothing. Unknown level: 0.
 */
export function languageScore(level: number | null, minimum: number | null): number {
  if (level == null) return 0;
  if (minimum == null) return 0.5 + (0.5 * Math.min(level, 8)) / 8;
  if (level < minimum) return (0.5 * level) / minimum;
  if (level >= 12) return 1;
  const span = Math.max(1, Math.min(4, 12 - minimum));
  return 0.8 + 0.2 * Math.min(1, (level - minimum) / span);
}

/** Education curve on ranks (0 none .. 6 doctorate); -1 = unknown; minimum -1 = none required. */
export function educationScore(rank: number, minimumRank: number): number {
  if (minimumRank < 0) return 1;
  if (rank < 0) return 0;
  if (rank >= minimumRank) return 1;
  const shortfall = minimumRank - rank;
  return Math.max(0, 0.6 - 0.2 * (shortfall - 1));
}

/** Days between the start date and availability; 0 when available on time. Days are UTC day numbers. */
export function availabilityDelayDays(availableDay: number, startDay: number): number {
  return Math.max(0, availableDay - startDay);
}

/** Score of an availability known/unknown against a start date known/unknown. */
export function availabilityScore(availableDay: number | null, startDay: number | null): number {
  if (availableDay == null) return AVAILABILITY_UNKNOWN_SCORE;
  if (startDay == null) return 1;
  const delay = availabilityDelayDays(availableDay, startDay);
  return 1 / (1 + delay / AVAILABILITY_HALF_LIFE_DAYS);
}
/** A candidate available this many days late scores 0.5. */
export const AVAILABILITY_HALF_LIFE_DAYS = 90;
/** Unknown availability is scored like a 90-day delay. */
export const AVAILABILITY_UNKNOWN_SCORE = 0.5;

/**
 * Skills curve. Required skills weigh 0.8, asset skills 0.2 (when the vacancy lists only one kind, that kind
 * weighs what it weighs and the other part is full). A partial match (the candidate holds a broader or sibling
 * skill, e.g. TIG welding for MIG welding) counts half. No skills asked: 1.
 */
export function skillsScore(
  requiredFull: number,
  requiredPartial: number,
  requiredCount: number,
  assetFull: number,
  assetPartial: number,
  assetCount: number,
): number {
  const req = requiredCount > 0 ? (requiredFull + 0.5 * requiredPartial) / requiredCount : 1;
  const asset = assetCount > 0 ? (assetFull + 0.5 * assetPartial) / assetCount : 1;
  return REQUIRED_SKILLS_SHARE * req + (1 - REQUIRED_SKILLS_SHARE) * asset;
}
export const REQUIRED_SKILLS_SHARE = 0.8;

/** How a candidate's preferences relate to the vacancy's region (a number, so that scoring allocates nothing). */
export const RegionFit = {
  /** The vacancy has no region: nothing to compare. */
  NoVacancyRegion: 0,
  /** The vacancy's region is among the wanted ones. */
  Wanted: 1,
  /** Vacancy outside the CMM, candidate open to any region outside the CMM. */
  OpenToAnyOutsideCmm: 2,
  /** Vacancy outside the CMM, candidate wants other regions, at least one not entirely in the CMM. */
  OtherRegions: 3,
  /** Nothing known about the candidate's wishes. */
  Unknown: 4,
  /** Vacancy outside the CMM, candidate wants only regions entirely in the CMM. */
  OnlyCmm: 5,
  /** Vacancy in the CMM, candidate wants another region (entirely or partly) of the CMM. */
  OtherCmmRegion: 6,
  /** Vacancy in the CMM, candidate wants only regions outside it, or any region outside it. */
  OutsideCmmWanted: 7,
} as const;
export type RegionFit = (typeof RegionFit)[keyof typeof RegionFit];

/**
 * Region score per fit, indexed by RegionFit. Vacancies outside the CMM use fits 0-5; vacancies in the CMM use
 * 0, 1, 4, 6 and 7.
 */
export const REGION_FIT_SCORE: readonly number[] = Object.freeze([
  1, // NoVacancyRegion
  1, // Wanted
  0.9, // OpenToAnyOutsideCmm
  0.4, // OtherRegions
  0.2, // Unknown
  0, // OnlyCmm
  0.5, // OtherCmmRegion
  0.1, // OutsideCmmWanted
]);

/** Bit of a region code "01".."17" in a region mask (bit 0 = "01"); 0 for anything else. */
export function regionBit(code: string | null | undefined): number {
  if (typeof code !== "string" || code.length !== 2) return 0;
  const n = (code.charCodeAt(0) - 48) * 10 + (code.charCodeAt(1) - 48);
  return n >= 1 && n <= 17 && code.charCodeAt(0) <= 57 && code.charCodeAt(1) <= 57 ? 1 << (n - 1) : 0;
}

/** Mask of a set of region codes (codes outside "01".."17" are ignored). */
export function regionMask(codes: Iterable<string>): number {
  let mask = 0;
  for (const c of codes) mask |= regionBit(c);
  return mask;
}

/**
 * The fit of a candidate's regional preferences with a vacancy's region, on region masks (see regionBit):
 * `vacancyRegion` is the vacancy's region bit (0 = no region), `preferred` the mask of wanted regions,
 * `openToAny` the "any region outside the CMM" flag, `cmm` / `partlyCmm` the masks of the regions entirely /
 * partly in the CMM.
 */
export function regionFitOfMasks(
  vacancyRegion: number,
  vacancyInCmm: boolean,
  preferred: number,
  openToAny: boolean,
  cmm: number,
  partlyCmm: number,
): RegionFit {
  if (vacancyRegion === 0) return RegionFit.NoVacancyRegion;
  if ((preferred & vacancyRegion) !== 0) return RegionFit.Wanted;
  if (!vacancyInCmm) {
    if (openToAny) return RegionFit.OpenToAnyOutsideCmm;
    if (preferred === 0) return RegionFit.Unknown;
    return (preferred & ~cmm) !== 0 ? RegionFit.OtherRegions : RegionFit.OnlyCmm;
  }
  if ((preferred & (cmm | partlyCmm)) !== 0) return RegionFit.OtherCmmRegion;
  if (preferred === 0 && !openToAny) return RegionFit.Unknown;
  return RegionFit.OutsideCmmWanted;
}

/** The region codes of a mask, in code order. */
export function regionCodesOfMask(mask: number): string[] {
  const codes: string[] = [];
  for (let n = 1; n <= 17; n++) if ((mask & (1 << (n - 1))) !== 0) codes.push(String(n).padStart(2, "0"));
  return codes;
}

/** regionFitOfMasks with region codes and sets (convenience for callers and tests). */
export function regionFit(
  vacancyRegion: string | null,
  vacancyInCmm: boolean,
  preferred: ReadonlySet<string>,
  openToAny: boolean,
  cmmRegionCodes: ReadonlySet<string>,
  partlyCmmRegionCodes: ReadonlySet<string>,
): RegionFit {
  return regionFitOfMasks(
    regionBit(vacancyRegion),
    vacancyInCmm,
    regionMask(preferred),
    openToAny,
    regionMask(cmmRegionCodes),
    regionMask(partlyCmmRegionCodes),
  );
}

/** Factor score in integer units of 1/10,000 (see weights.ts). */
export function toUnits(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 10_000);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number (days since 1970-01-01, proleptic Gregorian) of an ISO YYYY-MM-DD date; null when not a valid
 * calendar date. Pure arithmetic (no Date object): it runs for every candidate of a batch.
 */
export function isoDay(date: string | null | undefined): number | null {
  if (typeof date !== "string") return null;
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  let y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  if (d > monthDays) return null;
  // days_from_civil (H. Hinnant)
  y -= mo <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** ISO YYYY-MM-DD of a day number (inverse of isoDay; civil_from_days, H. Hinnant). */
export function isoDateOfDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
