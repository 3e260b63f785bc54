// Scoring one (vacancy, candidate) pair. Two paths share the same rules:
// - evaluateUnits(): numbers only, no allocation, used to rank 100,000 candidates;
// - explainPair(): the same numbers plus the texts (details and gaps), built only for the results returned.
//
// Invariant: score = 100 x sum(weight x factor score), rounded half up to 0.1, computed on the factor scores as
// published (4 decimals) with integer arithmetic, so the contract's "to 0.1" holds exactly and identically on
// every machine.

import { educationShortLabel } from "../education";
import { EXPERIENCE_TRANSFER, type NocLevel } from "../occupation-similarity";
import {
  RegionFit,
  REGION_FIT_SCORE,
  availabilityDelayDays,
  availabilityScore,
  educationScore,
  experienceScore,
  languageMeets,
  languageScore,
  regionFit,
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
  PreparedCandidate,
  PreparedVacancy,
  prepareCandidate,
  prepareVacancy,
  type PreparedSkill,
} from "./prepare";
import { formatRegion } from "./regions";
import type { MatchCandidate, MatchContext, MatchFactor, MatchLocale, MatchScore } from "./types";
import { FACTOR_ORDER, UNITS } from "./weights";

/** 2 = held (or a narrower skill held), 1 = partial (a broader or sibling skill held), 0 = missing. */
export function skillMatchLevel(skill: PreparedSkill, held: ReadonlySet<string>): 0 | 1 | 2 {
  if (held.has(skill.key)) return 2;
  for (const b of skill.broader) if (held.has(b)) return 1;
  return 0;
}

/** Index of the candidate's occupation closest to the vacancy's (first of equals), -1 when none. */
function bestOccupationIndex(pv: PreparedVacancy, pc: PreparedCandidate): number {
  const sim = pv.similarity;
  const occ = pc.occupations;
  if (sim === null || occ.length === 0) return occ.length > 0 ? 0 : -1;
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < occ.length; i++) {
    const s = sim(occ[i]!.nocCode).score;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}

/** Years of occupation `i` counting as experience for the vacancy: years x transfer share (EXPERIENCE_TRANSFER). */
function yearsFor(pv: PreparedVacancy, pc: PreparedCandidate, i: number): number {
  const o = pc.occupations[i]!;
  return pv.similarity === null ? o.years : o.years * EXPERIENCE_TRANSFER[pv.similarity(o.nocCode).level];
}

/** Index of the occupation giving the most experience years for the vacancy (first of equals), -1 when none. */
function bestExperienceIndex(pv: PreparedVacancy, pc: PreparedCandidate): number {
  let index = -1;
  let years = 0;
  for (let i = 0; i < pc.occupations.length; i++) {
    const y = yearsFor(pv, pc, i);
    if (index === -1 || y > years) {
      years = y;
      index = i;
    }
  }
  return index;
}

// Scratch used by the fast path; the engine is synchronous, so one per module is safe.
const SCRATCH = new Int32Array(FACTOR_COUNT);

/**
 * Fills `out` with each factor's score in units of 1/10,000 (FACTOR_ORDER) and returns eligibility.
 * Factors a vacancy does not use (english without a minimum) are left at 0 and have weight 0.
 */
export function evaluateUnits(pv: PreparedVacancy, pc: PreparedCandidate, out: Int32Array): boolean {
  // occupation
  if (pv.similarity === null) out[F_OCCUPATION] = UNITS;
  else {
    const best = bestOccupationIndex(pv, pc);
    out[F_OCCUPATION] = best < 0 ? 0 : toUnits(pv.similarity(pc.occupations[best]!.nocCode).score);
  }
  // skills
  const held = pc.skillKeys;
  let rf = 0;
  let rp = 0;
  for (const s of pv.requiredSkills) {
    const m = skillMatchLevel(s, held);
    if (m === 2) rf++;
    else if (m === 1) rp++;
  }
  let af = 0;
  let ap = 0;
  for (const s of pv.assetSkills) {
    const m = skillMatchLevel(s, held);
    if (m === 2) af++;
    else if (m === 1) ap++;
  }
  out[F_SKILLS] = toUnits(skillsScore(rf, rp, pv.requiredSkills.length, af, ap, pv.assetSkills.length));
  // region
  const fit = regionFit(pv.regionCode, pv.inCmm, pc.preferredRegions, pc.openToAnyOutsideCmm, pv.cmmRegionCodes, pv.partlyCmmRegionCodes);
  out[F_REGION] = toUnits(REGION_FIT_SCORE[fit]!);
  // languages
  out[F_FRENCH] = toUnits(languageScore(pc.frenchLevel, pv.minFrench));
  out[F_ENGLISH] = pv.minEnglish == null ? 0 : toUnits(languageScore(pc.englishLevel, pv.minEnglish));
  // experience
  const expIndex = bestExperienceIndex(pv, pc);
  out[F_EXPERIENCE] = toUnits(experienceScore(expIndex < 0 ? 0 : yearsFor(pv, pc, expIndex), pv.minExperience));
  // education
  out[F_EDUCATION] = toUnits(educationScore(pc.educationRank, pv.minEducationRank));
  // availability
  out[F_AVAILABILITY] = toUnits(availabilityScore(pc.availableDay, pv.startDay));
  return languageMeets(pc.frenchLevel, pv.minFrench) && languageMeets(pc.englishLevel, pv.minEnglish);
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

/**
 * Ranking key of a pair, higher is better: eligibility first, then the published score. Ties (same key) are
 * broken by id by the caller.
 */
export function rankKey(pv: PreparedVacancy, pc: PreparedCandidate): number {
  const eligible = evaluateUnits(pv, pc, SCRATCH);
  return (eligible ? 10_000 : 0) + scoreTenths(totalUnits(pv, SCRATCH));
}

const MAX_REGIONS_LISTED = 5;

function regionList(pv: PreparedVacancy, codes: Iterable<string>, locale: MatchLocale): string {
  const sorted = [...codes].sort();
  const shown = sorted.slice(0, MAX_REGIONS_LISTED).map((c) => formatRegion(c, locale, pv.regionNames));
  if (sorted.length > MAX_REGIONS_LISTED) shown.push("…");
  return shown.join(", ");
}

/** The full explanation of a pair: factors with details, gaps, eligibility and score. */
export function explainPair(pv: PreparedVacancy, pc: PreparedCandidate, locale: MatchLocale): MatchScore {
  const t = MATCH_MESSAGES[locale];
  const units = new Int32Array(FACTOR_COUNT);
  const eligible = evaluateUnits(pv, pc, units);
  const details: string[] = new Array(FACTOR_COUNT).fill("");
  const hardGaps: string[] = [];
  const gaps: string[] = [];

  // occupation
  const bestIdx = bestOccupationIndex(pv, pc);
  if (pv.nocCode === null) details[F_OCCUPATION] = t.occupationNotSpecified();
  else if (bestIdx < 0) {
    details[F_OCCUPATION] = t.occupationUnknown();
    gaps.push(t.gapNoExperienceInNoc(pv.nocCode));
  } else {
    const code = pc.occupations[bestIdx]!.nocCode;
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
    const m = skillMatchLevel(s, pc.skillKeys);
    if (m === 2) counts[0]!++;
    else if (m === 1) {
      counts[1]!++;
      gaps.push(t.gapPartialRequiredSkill(s.label));
    } else gaps.push(t.gapMissingRequiredSkill(s.label));
  }
  for (const s of pv.assetSkills) {
    const m = skillMatchLevel(s, pc.skillKeys);
    if (m === 2) counts[2]!++;
    else if (m === 1) {
      counts[3]!++;
      gaps.push(t.gapPartialAsset(s.label));
    } else gaps.push(t.gapMissingAsset(s.label));
  }
  details[F_SKILLS] = t.skillsSummary(counts[0]!, counts[1]!, pv.requiredSkills.length, counts[2]!, counts[3]!, pv.assetSkills.length);

  // region
  const fit = regionFit(pv.regionCode, pv.inCmm, pc.preferredRegions, pc.openToAnyOutsideCmm, pv.cmmRegionCodes, pv.partlyCmmRegionCodes);
  const here = pv.regionCode === null ? "" : formatRegion(pv.regionCode, locale, pv.regionNames);
  const wanted = regionList(pv, pc.preferredRegions, locale);
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
  details[F_FRENCH] = t.languageDetail("french", pc.frenchLevel, pv.minFrench);
  if (pv.minFrench != null && !languageMeets(pc.frenchLevel, pv.minFrench)) {
    hardGaps.push(t.gapLanguage("french", pc.frenchLevel, pv.minFrench));
  }
  if (pv.minEnglish != null) {
    details[F_ENGLISH] = t.languageDetail("english", pc.englishLevel, pv.minEnglish);
    if (!languageMeets(pc.englishLevel, pv.minEnglish)) hardGaps.push(t.gapLanguage("english", pc.englishLevel, pv.minEnglish));
  }

  // experience
  const expIndex = bestExperienceIndex(pv, pc);
  const years = expIndex < 0 ? 0 : yearsFor(pv, pc, expIndex);
  const expKnown = pc.occupations.some((o) => o.yearsKnown);
  const related =
    expIndex >= 0 && pv.similarity !== null && pv.similarity(pc.occupations[expIndex]!.nocCode).level !== "unit";
  details[F_EXPERIENCE] = t.experienceDetail(years, related && years > 0, expKnown, pv.minExperience);
  if (pv.minExperience != null && years < pv.minExperience) gaps.push(t.gapExperience(years, expKnown, pv.minExperience));

  // education
  const level = pc.education == null ? null : educationShortLabel(pc.education, locale);
  const min = pv.minEducation == null ? null : educationShortLabel(pv.minEducation, locale);
  details[F_EDUCATION] = t.educationDetail(level, min);
  if (min !== null && units[F_EDUCATION]! < UNITS) gaps.push(t.gapEducation(level, min));

  // availability
  const from = pc.candidate.availableFrom;
  if (pc.availableDay == null || from == null) {
    details[F_AVAILABILITY] = t.availabilityUnknown();
    gaps.push(t.gapAvailabilityUnknown());
  } else if (pv.startDay == null) details[F_AVAILABILITY] = t.availabilityOnTime(from, null);
  else {
    const delay = availabilityDelayDays(pc.availableDay, pv.startDay);
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
  return explainPair(prepareVacancy(vacancy, options.context), prepareCandidate(candidate), options.locale ?? "fr");
}
