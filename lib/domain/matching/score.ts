// Scoring one (vacancy, candidate) pair. Two paths share the same rules:
// - evaluateUnits(): numbers only, no allocation, used to rank 100,000 candidates;
// - explainPair(): the same numbers plus the texts (details and gaps), built only for the results returned.
//
// Invariant: score = 100 x sum(weight x factor score), rounded half up to 0.1, computed on the factor scores as
// published (4 decimals) with integer arithmetic, so the contract's "to 0.1" holds exactly and identically on
// every machine.

import { EDUCATION_LEVELS, educationShortLabel } from "../education";
import type { NocLevel } from "../occupation-similarity";
import {
  RegionFit,
  REGION_FIT_SCORE,
  availabilityDelayDays,
  availabilityScore,
  experienceScore,
  languageMeets,
  isoDateOfDay,
  regionCodesOfMask,
  regionFitOfMasks,
  skillsScore,
  toUnits,
} from "./factors";
import { MATCH_MESSAGES } from "./messages";
import {
  FACTOR_COUNT,
  F_AVAILABILITY,
  F_EDUCATION,
  F_ENGLISH,
  F_EXPERIENCE,
  F_FRENCH,
  F_OCCUPATION,
  F_REGION,
  F_SKILLS,
  CandidatePool,
  PreparedCandidate,
  PreparedVacancy,
  nocCodeOf,
  prepareCandidate,
  prepareVacancy,
  type PreparedSkill,
} from "./prepare";
import { formatRegion } from "./regions";
import type { MatchCandidate, MatchContext, MatchFactor, MatchLocale, MatchScore } from "./types";
import { FACTOR_ORDER, UNITS } from "./weights";

function holds(held: Int32Array, from: number, to: number, id: number): boolean {
  // Candidates hold a handful of skills: a linear scan beats hashing.
  for (let k = from; k < to; k++) if (held[k] === id) return true;
  return false;
}

/**
 * 2 = held (or a narrower skill held), 1 = partial (a broader or sibling skill held), 0 = missing.
 * `held[from..to)` are the candidate's skill ids (CandidatePool.skillIds).
 */
export function skillMatchLevel(skill: PreparedSkill, held: Int32Array, from: number, to: number): 0 | 1 | 2 {
  if (holds(held, from, to, skill.id)) return 2;
  const broader = skill.broaderIds;
  for (let k = 0; k < broader.length; k++) if (holds(held, from, to, broader[k]!)) return 1;
  return 0;
}

// Occupation and experience. Both read the vacancy's OccupationTable (prepare.ts):
// - occupation factor = the best similarity among the candidate's occupations;
// - experience years = the most years x transfer share among them (EXPERIENCE_TRANSFER: same unit group 1,
//   same minor group 0.5, same sub-major group 0.25, otherwise 0); all years count when the vacancy has no NOC.
// evaluateUnits computes both in one pass; bestOccupationEntry / bestExperienceEntry find which entry it was,
// for the explanation, with the same comparisons.

/** Entry (index in pool.occupationIds) of candidate i's occupation closest to the vacancy's, -1 when none. */
function bestOccupationEntry(pv: PreparedVacancy, pool: CandidatePool, i: number): number {
  const from = pool.occupationStart[i]!;
  const to = pool.occupationStart[i + 1]!;
  if (from === to) return -1;
  const table = pv.occupationTable;
  if (table === null) return from;
  let best = from;
  let bestUnits = table.unitsOf(pool.occupationIds[from]!);
  for (let k = from + 1; k < to; k++) {
    const u = table.unitsOf(pool.occupationIds[k]!);
    if (u > bestUnits) {
      bestUnits = u;
      best = k;
    }
  }
  return best;
}

/** Years of occupation entry k that count as experience for the vacancy. */
function yearsOfEntry(pv: PreparedVacancy, pool: CandidatePool, k: number): number {
  const table = pv.occupationTable;
  const years = pool.occupationYears[k]!;
  return table === null ? years : years * table.transferOf(pool.occupationIds[k]!);
}

/** Entry giving candidate i the most experience years for the vacancy (first of equals), -1 when none. */
function bestExperienceEntry(pv: PreparedVacancy, pool: CandidatePool, i: number): number {
  let best = -1;
  let years = 0;
  for (let k = pool.occupationStart[i]!; k < pool.occupationStart[i + 1]!; k++) {
    const y = yearsOfEntry(pv, pool, k);
    if (best === -1 || y > years) {
      years = y;
      best = k;
    }
  }
  return best;
}

function regionFitOf(pv: PreparedVacancy, pool: CandidatePool, i: number): RegionFit {
  return regionFitOfMasks(pv.regionBit, pv.inCmm, pool.regionMask[i]!, pool.openToAnyOutsideCmm[i] === 1, pv.cmmMask, pv.partlyCmmMask);
}

const REGION_FIT_UNITS = Int32Array.from(REGION_FIT_SCORE, toUnits);
const levelOrNull = (level: number) => (level === 0 ? null : level);
const dayOrNull = (day: number) => (Number.isNaN(day) ? null : day);

// Scratch used by the fast path; the engine is synchronous, so one per module is safe.
const SCRATCH = new Int32Array(FACTOR_COUNT);

/**
 * The cheap factors of candidate `i` of `pool` (region, French, English, education, availability: table
 * look-ups), in units of 1/10,000, written to `out` at their FACTOR_ORDER index; returns eligibility.
 */
export function evaluateCheapUnits(pv: PreparedVacancy, pool: CandidatePool, i: number, out: Int32Array): boolean {
  const french = pool.frenchLevel[i]!;
  const english = pool.englishLevel[i]!;
  // region
  out[F_REGION] = REGION_FIT_UNITS[regionFitOf(pv, pool, i)]!;
  // languages and education (curves cached per vacancy, see PreparedVacancy)
  out[F_FRENCH] = pv.frenchUnits[french]!;
  out[F_ENGLISH] = pv.englishUnits[english]!;
  out[F_EDUCATION] = pv.educationUnits[pool.educationRank[i]! + 1]!;
  // availability
  out[F_AVAILABILITY] = toUnits(availabilityScore(dayOrNull(pool.availableDay[i]!), pv.startDay));
  return languageMeets(levelOrNull(french), pv.minFrench) && languageMeets(levelOrNull(english), pv.minEnglish);
}

/** The costly factors of candidate `i` (occupation, experience, skills), written to `out` like evaluateCheapUnits. */
export function evaluateCostlyUnits(pv: PreparedVacancy, pool: CandidatePool, i: number, out: Int32Array): void {
  // occupation and experience, in one pass
  const table = pv.occupationTable;
  const occIds = pool.occupationIds;
  const occYears = pool.occupationYears;
  let occUnits = table === null ? UNITS : 0;
  let years = 0;
  for (let k = pool.occupationStart[i]!, end = pool.occupationStart[i + 1]!; k < end; k++) {
    if (table === null) {
      if (occYears[k]! > years) years = occYears[k]!;
    } else {
      const id = occIds[k]!;
      const u = table.unitsOf(id);
      if (u > occUnits) occUnits = u;
      const y = occYears[k]! * table.transferOf(id);
      if (y > years) years = y;
    }
  }
  out[F_OCCUPATION] = occUnits;
  out[F_EXPERIENCE] = toUnits(experienceScore(years, pv.minExperience));
  // skills
  const held = pool.skillIds;
  const from = pool.skillStart[i]!;
  const to = pool.skillStart[i + 1]!;
  const req = pv.requiredSkills;
  const assets = pv.assetSkills;
  let rf = 0;
  let rp = 0;
  for (let k = 0; k < req.length; k++) {
    const m = skillMatchLevel(req[k]!, held, from, to);
    if (m === 2) rf++;
    else if (m === 1) rp++;
  }
  let af = 0;
  let ap = 0;
  for (let k = 0; k < assets.length; k++) {
    const m = skillMatchLevel(assets[k]!, held, from, to);
    if (m === 2) af++;
    else if (m === 1) ap++;
  }
  out[F_SKILLS] = toUnits(skillsScore(rf, rp, req.length, af, ap, assets.length));
}

/**
 * Fills `out` with each factor's score for candidate `i` of `pool`, in units of 1/10,000 (FACTOR_ORDER), and
 * returns eligibility. Factors a vacancy does not use (english without a minimum) are 0 and have weight 0.
 */
export function evaluateUnits(pv: PreparedVacancy, pool: CandidatePool, i: number, out: Int32Array): boolean {
  evaluateCostlyUnits(pv, pool, i, out);
  return evaluateCheapUnits(pv, pool, i, out);
}

/** Sum of weight units x factor units: 100 x score x 10^6 / 100, i.e. the score in units of 10^-6 points. */
export function totalUnits(pv: PreparedVacancy, units: Int32Array): number {
  let n = 0;
  const w = pv.weightUnits;
  for (let i = 0; i < FACTOR_COUNT; i++) n += w[i]! * units[i]!;
  return n;
}

/** The published score in tenths of a point (0..1000), rounded half up, from totalUnits. */
export function scoreTenths(total: number): number {
  return Math.floor((total + 50_000) / 100_000);
}

const ELIGIBLE_KEY = 10_000;

/**
 * Ranking key of a pair, higher is better: eligibility first, then the published score (ties, same key, are
 * broken by id by the caller). Or -1 when the key is certainly below `minKey` (the worst key kept by a full top-k heap): the cheap
 * factors are computed first and the costly ones (occupation, experience, skills) counted at their maximum; only
 * when that upper bound reaches `minKey` are they computed. Exact: a candidate returned as -1 could not enter.
 */
export function rankKeyAtLeast(pv: PreparedVacancy, pool: CandidatePool, i: number, minKey: number): number {
  const out = SCRATCH;
  const eligible = evaluateCheapUnits(pv, pool, i, out);
  const base = eligible ? ELIGIBLE_KEY : 0;
  const w = pv.weightUnits;
  const cheap =
    w[F_REGION]! * out[F_REGION]! +
    w[F_FRENCH]! * out[F_FRENCH]! +
    w[F_ENGLISH]! * out[F_ENGLISH]! +
    w[F_EDUCATION]! * out[F_EDUCATION]! +
    w[F_AVAILABILITY]! * out[F_AVAILABILITY]!;
  const costlyMax = (w[F_OCCUPATION]! + w[F_EXPERIENCE]! + w[F_SKILLS]!) * UNITS;
  if (base + scoreTenths(cheap + costlyMax) < minKey) return -1;
  evaluateCostlyUnits(pv, pool, i, out);
  return base + scoreTenths(totalUnits(pv, out));
}

/**
 * The ranking key of the pair with the skills factor counted at most `skillsCap` (0..1): a bound for vacancies that
 * score like `pv` on every other factor and whose skills factor is known not to exceed `skillsCap`. toUnits and
 * scoreTenths never decrease, so the bound holds after rounding.
 */
export function rankKeyWithSkillsAtMost(pv: PreparedVacancy, pool: CandidatePool, i: number, skillsCap: number): number {
  const out = SCRATCH;
  const eligible = evaluateUnits(pv, pool, i, out);
  out[F_SKILLS] = Math.min(out[F_SKILLS]!, toUnits(skillsCap));
  return (eligible ? ELIGIBLE_KEY : 0) + scoreTenths(totalUnits(pv, out));
}

const MAX_REGIONS_LISTED = 5;

function regionList(pv: PreparedVacancy, codes: Iterable<string>, locale: MatchLocale): string {
  const sorted = [...new Set(codes)].sort();
  const shown = sorted.slice(0, MAX_REGIONS_LISTED).map((c) => formatRegion(c, locale, pv.regionNames));
  if (sorted.length > MAX_REGIONS_LISTED) shown.push("…");
  return shown.join(", ");
}

/** The full explanation of a pair: factors with details, gaps, eligibility and score. */
export function explainPair(pv: PreparedVacancy, pool: CandidatePool, i: number, locale: MatchLocale): MatchScore {
  const t = MATCH_MESSAGES[locale];
  const units = new Int32Array(FACTOR_COUNT);
  const eligible = evaluateUnits(pv, pool, i, units);
  const french = levelOrNull(pool.frenchLevel[i]!);
  const english = levelOrNull(pool.englishLevel[i]!);
  const heldFrom = pool.skillStart[i]!;
  const heldTo = pool.skillStart[i + 1]!;
  const details: string[] = new Array(FACTOR_COUNT).fill("");
  const hardGaps: string[] = [];
  const gaps: string[] = [];

  // occupation
  const bestIdx = bestOccupationEntry(pv, pool, i);
  if (pv.nocCode === null) details[F_OCCUPATION] = t.occupationNotSpecified();
  else if (bestIdx < 0) {
    details[F_OCCUPATION] = t.occupationUnknown();
    gaps.push(t.gapNoExperienceInNoc(pv.nocCode));
  } else {
    const code = nocCodeOf(pool.occupationIds[bestIdx]!);
    const bestLevel: NocLevel = pv.similarity!(code).level;
    if (bestLevel === "unit") details[F_OCCUPATION] = t.occupationSame(code);
    else {
      details[F_OCCUPATION] = t.occupationRelated(bestLevel, code, pv.nocCode);
      gaps.push(t.gapNoExperienceInNoc(pv.nocCode));
    }
  }

  // skills
  const counts = [0, 0, 0, 0]; // required full, required partial, asset full, asset partial
  for (const s of pv.requiredSkills) {
    const m = skillMatchLevel(s, pool.skillIds, heldFrom, heldTo);
    if (m === 2) counts[0]!++;
    else if (m === 1) {
      counts[1]!++;
      gaps.push(t.gapPartialRequiredSkill(s.label));
    } else gaps.push(t.gapMissingRequiredSkill(s.label));
  }
  for (const s of pv.assetSkills) {
    const m = skillMatchLevel(s, pool.skillIds, heldFrom, heldTo);
    if (m === 2) counts[2]!++;
    else if (m === 1) {
      counts[3]!++;
      gaps.push(t.gapPartialAsset(s.label));
    } else gaps.push(t.gapMissingAsset(s.label));
  }
  details[F_SKILLS] = t.skillsSummary(counts[0]!, counts[1]!, pv.requiredSkills.length, counts[2]!, counts[3]!, pv.assetSkills.length);

  // region
  const fit = regionFitOf(pv, pool, i);
  const here = pv.regionCode === null ? "" : formatRegion(pv.regionCode, locale, pv.regionNames);
  const wanted = regionList(pv, regionCodesOfMask(pool.regionMask[i]!), locale);
  switch (fit) {
    case RegionFit.NoVacancyRegion:
      details[F_REGION] = t.regionNotSpecified();
      break;
    case RegionFit.Wanted:
      details[F_REGION] = t.regionWanted(here);
      break;
    case RegionFit.OpenToAnyOutsideCmm:
      details[F_REGION] = t.regionOpenToAny(here);
      break;
    case RegionFit.OtherRegions:
      details[F_REGION] = t.regionOtherRegions(wanted);
      gaps.push(t.gapRegionNotWanted(here));
      break;
    case RegionFit.OnlyCmm:
      details[F_REGION] = t.regionOnlyCmm(wanted);
      gaps.push(t.gapRegionOnlyCmm(here));
      break;
    case RegionFit.OtherCmmRegion:
      details[F_REGION] = t.regionOtherCmmRegion(wanted);
      gaps.push(t.gapRegionNotWanted(here));
      break;
    case RegionFit.OutsideCmmWanted:
      details[F_REGION] = t.regionOutsideCmmWanted(wanted);
      gaps.push(t.gapRegionNotWanted(here));
      break;
    default:
      details[F_REGION] = t.regionUnknown();
      gaps.push(t.gapRegionUnknown());
  }

  // languages (hard requirements: their gaps come first)
  details[F_FRENCH] = t.languageDetail("french", french, pv.minFrench);
  if (pv.minFrench != null && !languageMeets(french, pv.minFrench)) hardGaps.push(t.gapLanguage("french", french, pv.minFrench));
  if (pv.minEnglish != null) {
    details[F_ENGLISH] = t.languageDetail("english", english, pv.minEnglish);
    if (!languageMeets(english, pv.minEnglish)) hardGaps.push(t.gapLanguage("english", english, pv.minEnglish));
  }

  // experience
  const expEntry = bestExperienceEntry(pv, pool, i);
  const years = expEntry < 0 ? 0 : yearsOfEntry(pv, pool, expEntry);
  const expKnown = pool.occupationYearsKnown.subarray(pool.occupationStart[i]!, pool.occupationStart[i + 1]!).includes(1);
  const related =
    expEntry >= 0 && pv.similarity !== null && pv.similarity(nocCodeOf(pool.occupationIds[expEntry]!)).level !== "unit";
  details[F_EXPERIENCE] = t.experienceDetail(years, related && years > 0, expKnown, pv.minExperience);
  if (pv.minExperience != null && years < pv.minExperience) gaps.push(t.gapExperience(years, expKnown, pv.minExperience));

  // education
  const rank = pool.educationRank[i]!;
  const level = rank < 0 ? null : educationShortLabel(EDUCATION_LEVELS[rank]!, locale);
  const min = pv.minEducation == null ? null : educationShortLabel(pv.minEducation, locale);
  details[F_EDUCATION] = t.educationDetail(level, min);
  if (min !== null && units[F_EDUCATION]! < UNITS) gaps.push(t.gapEducation(level, min));

  // availability
  const availableDay = dayOrNull(pool.availableDay[i]!);
  if (availableDay == null) {
    details[F_AVAILABILITY] = t.availabilityUnknown();
    gaps.push(t.gapAvailabilityUnknown());
  } else if (pv.startDay == null) details[F_AVAILABILITY] = t.availabilityOnTime(isoDateOfDay(availableDay), null);
  else {
    const from = isoDateOfDay(availableDay);
    const delay = availabilityDelayDays(availableDay, pv.startDay);
    if (delay === 0) details[F_AVAILABILITY] = t.availabilityOnTime(from, pv.startDate);
    else {
      details[F_AVAILABILITY] = t.availabilityLate(from, delay, pv.startDate!);
      gaps.push(t.gapAvailabilityLate(delay));
    }
  }

  const factors: MatchFactor[] = [];
  for (let i = 0; i < FACTOR_COUNT; i++) {
    const w = pv.weightUnits[i]!;
    if (w === 0) continue;
    factors.push({ key: FACTOR_ORDER[i]!, weight: w / UNITS, score: units[i]! / UNITS, detail: details[i]! });
  }
  return { score: scoreTenths(totalUnits(pv, units)) / 10, eligible, factors, gaps: [...hardGaps, ...gaps] };
}

/**
 * Scores one pair with its explanation. Accepts plain or prepared vacancy/candidate; a plain candidate goes
 * through toMatchCandidate, so extra fields are ignored.
 */
export function scoreCandidate(
  vacancy: Parameters<typeof prepareVacancy>[0],
  candidate: MatchCandidate | PreparedCandidate | Record<string, unknown>,
  options: { locale?: MatchLocale; context?: MatchContext } = {},
): MatchScore {
  const pc = prepareCandidate(candidate);
  return explainPair(prepareVacancy(vacancy, options.context), pc.pool, pc.index, options.locale ?? "fr");
}
