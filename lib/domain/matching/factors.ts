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

/**
 * The fit of a candidate's regional preferences with a vacancy's region.
 * `preferred` is the set of wanted region codes (possibly empty), `openToAny` the "any region outside the CMM" flag.
 */
export function regionFit(
  vacancyRegion: string | null,
  vacancyInCmm: boolean,
  preferred: ReadonlySet<string>,
  openToAny: boolean,
  cmmRegionCodes: ReadonlySet<string>,
  partlyCmmRegionCodes: ReadonlySet<string>,
): RegionFit {
  if (vacancyRegion == null) return RegionFit.NoVacancyRegion;
  if (preferred.has(vacancyRegion)) return RegionFit.Wanted;
  if (!vacancyInCmm) {
    if (openToAny) return RegionFit.OpenToAnyOutsideCmm;
    if (preferred.size === 0) return RegionFit.Unknown;
    for (const code of preferred) if (!cmmRegionCodes.has(code)) return RegionFit.OtherRegions;
    return RegionFit.OnlyCmm;
  }
  for (const code of preferred) {
    if (cmmRegionCodes.has(code) || partlyCmmRegionCodes.has(code)) return RegionFit.OtherCmmRegion;
  }
  if (preferred.size === 0 && !openToAny) return RegionFit.Unknown;
  return RegionFit.OutsideCmmWanted;
}

/** Factor score in integer units of 1/10,000 (see weights.ts). */
export function toUnits(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 10_000);
}

/** UTC day number of an ISO YYYY-MM-DD date; null when not a valid calendar date. */
export function isoDay(date: string | null | undefined): number | null {
  if (typeof date !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / 86_400_000);
}
