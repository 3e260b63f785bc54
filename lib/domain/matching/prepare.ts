// Turning plain records into what the scoring loop reads, once: candidates' skills are canonicalised once,
// vacancies' skills, region facts and weights once per vacancy, not once per pair.

import { educationRank, isEducationLevel, type EducationLevel } from "../education";
import { isNocCode, similarityTo, type OccupationSimilarity } from "../occupation-similarity";
import { canonicalSkillKey, skillKeyWithBroader } from "../skills-vocabulary";
import { tidyLabel } from "../text";
import { isoDay } from "./factors";
import {
  DEFAULT_CMM_REGION_CODES,
  DEFAULT_PARTLY_CMM_REGION_CODES,
  REGION_NAMES,
  isVacancyInCmm,
} from "./regions";
import type { MatchCandidate, MatchContext, MatchOccupation, MatchVacancy, RegionName } from "./types";
import { FACTOR_ORDER, UNITS, weightsFor } from "./weights";

type Unknown = Record<string, unknown>;

function optionalString(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
function optionalLevel(v: unknown): number | undefined {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 12 ? v : undefined;
}
function optionalYears(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined;
}
function stringArray(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;
}
function requiredId(v: unknown, what: string): string {
  if (typeof v === "string" && v.length > 0) return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  throw new TypeError(`${what}: id is required`);
}

/**
 * The explicit mapper from any record (form data, database row, JSON) to the engine's candidate: copies ONLY
 * id, occupations, skills, frenchLevel, englishLevel, education, preferredRegionCodes, openToAnyRegionOutsideCmm
 * and availableFrom. Anything else (name, e-mail, citizenship, birth year, sex, photo...) is left behind, so it
 * cannot influence a score. Values of the wrong type or out of range become unknown (missing); a missing id
 * throws a TypeError.
 */
export function toMatchCandidate(record: Unknown): MatchCandidate {
  const c: MatchCandidate = { id: requiredId(record.id, "candidate") };
  if (Array.isArray(record.occupations)) {
    const occupations: MatchOccupation[] = [];
    for (const o of record.occupations as unknown[]) {
      if (o === null || typeof o !== "object") continue;
      const { nocCode, years } = o as Unknown;
      if (typeof nocCode !== "string") continue;
      const y = optionalYears(years);
      occupations.push(y === undefined ? { nocCode } : { nocCode, years: y });
    }
    c.occupations = occupations;
  }
  const skills = stringArray(record.skills);
  if (skills) c.skills = skills;
  const fr = optionalLevel(record.frenchLevel);
  if (fr !== undefined) c.frenchLevel = fr;
  const en = optionalLevel(record.englishLevel);
  if (en !== undefined) c.englishLevel = en;
  if (isEducationLevel(record.education)) c.education = record.education;
  const regions = stringArray(record.preferredRegionCodes);
  if (regions) c.preferredRegionCodes = regions;
  if (typeof record.openToAnyRegionOutsideCmm === "boolean") c.openToAnyRegionOutsideCmm = record.openToAnyRegionOutsideCmm;
  const from = optionalString(record.availableFrom);
  if (from !== undefined) c.availableFrom = from;
  return c;
}

/** The same explicit mapper for vacancies (only the fields of the contract). */
export function toMatchVacancy(record: Unknown): MatchVacancy {
  const v: MatchVacancy = { id: requiredId(record.id, "vacancy") };
  for (const k of ["nocCode", "title", "regionCode", "municipalityCode", "startDate"] as const) {
    const s = optionalString(record[k]);
    if (s !== undefined) v[k] = s;
  }
  const req = stringArray(record.requiredSkills);
  if (req) v.requiredSkills = req;
  const assets = stringArray(record.assetSkills);
  if (assets) v.assetSkills = assets;
  const fr = optionalLevel(record.minFrenchLevel);
  if (fr !== undefined) v.minFrenchLevel = fr;
  const en = optionalLevel(record.minEnglishLevel);
  if (en !== undefined) v.minEnglishLevel = en;
  const years = optionalYears(record.minExperienceYears);
  if (years !== undefined) v.minExperienceYears = years;
  if (isEducationLevel(record.minEducation)) v.minEducation = record.minEducation;
  return v;
}

export interface PreparedOccupation {
  readonly nocCode: string;
  /** 0 when unknown. */
  readonly years: number;
  readonly yearsKnown: boolean;
}

/** A candidate ready for scoring. Build with prepareCandidate(); reuse it for every vacancy. */
export class PreparedCandidate {
  private constructor(
    readonly id: string,
    /** The sanitised candidate (toMatchCandidate). */
    readonly candidate: MatchCandidate,
    readonly occupations: readonly PreparedOccupation[],
    /** Canonical keys of the skills held, with the broader skills they imply (skills-vocabulary.ts). */
    readonly skillKeys: ReadonlySet<string>,
    readonly frenchLevel: number | null,
    readonly englishLevel: number | null,
    readonly education: EducationLevel | null,
    /** -1 when unknown. */
    readonly educationRank: number,
    readonly preferredRegions: ReadonlySet<string>,
    readonly openToAnyOutsideCmm: boolean,
    /** UTC day number, null when unknown or not a valid date. */
    readonly availableDay: number | null,
  ) {}

  /** @internal use prepareCandidate */
  static create(record: MatchCandidate | Unknown): PreparedCandidate {
    const c = toMatchCandidate(record as Unknown);
    const occupations: PreparedOccupation[] = [];
    for (const o of c.occupations ?? []) {
      if (!isNocCode(o.nocCode)) continue;
      const known = o.years != null;
      occupations.push({ nocCode: o.nocCode, years: known ? (o.years as number) : 0, yearsKnown: known });
    }
    const skillKeys = new Set<string>();
    for (const label of c.skills ?? []) {
      const key = canonicalSkillKey(label);
      if (key.length === 0) continue;
      for (const k of skillKeyWithBroader(key)) skillKeys.add(k);
    }
    const education = c.education ?? null;
    return new PreparedCandidate(
      c.id,
      c,
      occupations,
      skillKeys,
      c.frenchLevel ?? null,
      c.englishLevel ?? null,
      education,
      education == null ? -1 : educationRank(education),
      new Set(c.preferredRegionCodes ?? []),
      c.openToAnyRegionOutsideCmm === true,
      isoDay(c.availableFrom),
    );
  }
}

/** Sanitises (toMatchCandidate) and precomputes a candidate; idempotent on an already prepared candidate. */
export function prepareCandidate(candidate: MatchCandidate | PreparedCandidate | Unknown): PreparedCandidate {
  return candidate instanceof PreparedCandidate ? candidate : PreparedCandidate.create(candidate);
}

export interface PreparedSkill {
  /** The vacancy's label, tidied, for explanations. */
  readonly label: string;
  readonly key: string;
  /** Keys of the broader skills: holding one of them (and not `key`) is a partial match. */
  readonly broader: readonly string[];
}

/** Factor index in the scoring arrays (order of FACTOR_ORDER). */
export const F_OCCUPATION = 0;
export const F_SKILLS = 1;
export const F_REGION = 2;
export const F_FRENCH = 3;
export const F_ENGLISH = 4;
export const F_EXPERIENCE = 5;
export const F_EDUCATION = 6;
export const F_AVAILABILITY = 7;
export const FACTOR_COUNT = 8;

/** A vacancy ready for scoring, with the context it was prepared with. Build with prepareVacancy(). */
export class PreparedVacancy {
  private constructor(
    readonly id: string,
    readonly vacancy: MatchVacancy,
    readonly nocCode: string | null,
    /** Memoised similarity of a candidate occupation to the vacancy's; null when the vacancy has no NOC. */
    readonly similarity: ((code: string) => OccupationSimilarity) | null,
    readonly requiredSkills: readonly PreparedSkill[],
    readonly assetSkills: readonly PreparedSkill[],
    readonly regionCode: string | null,
    readonly inCmm: boolean,
    readonly cmmRegionCodes: ReadonlySet<string>,
    readonly partlyCmmRegionCodes: ReadonlySet<string>,
    readonly regionNames: Readonly<Record<string, RegionName>>,
    readonly minFrench: number | null,
    readonly minEnglish: number | null,
    readonly minExperience: number | null,
    readonly minEducation: EducationLevel | null,
    /** -1 when no minimum. */
    readonly minEducationRank: number,
    /** ISO date and UTC day of the start: the vacancy's start date, else the context's today, else null. */
    readonly startDate: string | null,
    readonly startDay: number | null,
    /** Weight of each factor in units of 1/10,000, indexed like FACTOR_ORDER; 0 for an absent factor. */
    readonly weightUnits: Int32Array,
  ) {}

  /** @internal use prepareVacancy */
  static create(record: MatchVacancy | Unknown, context: MatchContext = {}): PreparedVacancy {
    const v = toMatchVacancy(record as Unknown);
    const cmmRegionCodes = context.cmmRegionCodes ?? DEFAULT_CMM_REGION_CODES;
    const nocCode = isNocCode(v.nocCode) ? v.nocCode : null;
    const seen = new Set<string>();
    const prepareSkills = (labels: readonly string[] | null | undefined): PreparedSkill[] => {
      const out: PreparedSkill[] = [];
      for (const raw of labels ?? []) {
        const key = canonicalSkillKey(raw);
        if (key.length === 0 || seen.has(key)) continue; // duplicates, and assets already required
        seen.add(key);
        out.push({ label: tidyLabel(raw), key, broader: skillKeyWithBroader(key).slice(1) });
      }
      return out;
    };
    const requiredSkills = prepareSkills(v.requiredSkills);
    const assetSkills = prepareSkills(v.assetSkills);
    const weights = weightsFor(v);
    const weightUnits = new Int32Array(FACTOR_COUNT);
    FACTOR_ORDER.forEach((key, i) => {
      weightUnits[i] = Math.round((weights[key] ?? 0) * UNITS);
    });
    let startDate: string | null = null;
    let startDay = isoDay(v.startDate);
    if (startDay != null) startDate = v.startDate as string;
    else {
      startDay = isoDay(context.today);
      if (startDay != null) startDate = context.today as string;
    }
    const minEducation = v.minEducation ?? null;
    return new PreparedVacancy(
      v.id,
      v,
      nocCode,
      nocCode ? similarityTo(nocCode, context.occupationVectors) : null,
      requiredSkills,
      assetSkills,
      v.regionCode ?? null,
      isVacancyInCmm(v, { ...context, cmmRegionCodes }),
      cmmRegionCodes,
      context.partlyCmmRegionCodes ?? DEFAULT_PARTLY_CMM_REGION_CODES,
      context.regionNames ?? REGION_NAMES,
      v.minFrenchLevel ?? null,
      v.minEnglishLevel ?? null,
      v.minExperienceYears != null && v.minExperienceYears > 0 ? v.minExperienceYears : null,
      minEducation,
      minEducation == null ? -1 : educationRank(minEducation),
      startDate,
      startDay,
      weightUnits,
    );
  }
}

/**
 * Sanitises and precomputes a vacancy with its context (CMM facts, vectors, today). Prepare once, rank many
 * candidates. Idempotent on an already prepared vacancy (its original context is kept).
 */
export function prepareVacancy(vacancy: MatchVacancy | PreparedVacancy | Unknown, context?: MatchContext): PreparedVacancy {
  return vacancy instanceof PreparedVacancy ? vacancy : PreparedVacancy.create(vacancy, context);
}
