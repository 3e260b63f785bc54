// Turning plain records into what the scoring loop reads, once: candidates' skills are canonicalised once (and
// stored column by column, CandidatePool), vacancies' skills, region facts and weights once per vacancy, not
// once per pair.

import { educationRank, isEducationLevel, type EducationLevel } from "../education";
import { EXPERIENCE_TRANSFER, isNocCode, similarityTo, type OccupationSimilarity } from "../occupation-similarity";
import { canonicalSkillKey, skillKeyWithBroader } from "../skills-vocabulary";
import { tidyLabel } from "../text";
import { educationScore, isoDay, languageScore, regionBit, regionMask, toUnits } from "./factors";
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

// NOC codes interned as small integers, so that the scoring loop looks occupations up in typed arrays instead of
// maps. Only 5-digit codes are interned (at most 516 real ones), so the table stays small.
const NOC_IDS = new Map<string, number>();
const NOC_BY_ID: string[] = [];
function nocId(code: string): number {
  let id = NOC_IDS.get(code);
  if (id === undefined) {
    id = NOC_BY_ID.length;
    NOC_IDS.set(code, id);
    NOC_BY_ID.push(code);
  }
  return id;
}

// Canonical skill keys interned as integers: the scoring loop compares small integer arrays instead of hashing
// strings. Ids are never reused; the table holds one entry per distinct canonical key ever prepared.
const SKILL_IDS = new Map<string, number>();
const SKILL_KEYS: string[] = [];
function skillId(key: string): number {
  let id = SKILL_IDS.get(key);
  if (id === undefined) {
    id = SKILL_KEYS.length;
    SKILL_IDS.set(key, id);
    SKILL_KEYS.push(key);
  }
  return id;
}

/**
 * Candidates ready for scoring, stored column by column in typed arrays so that ranking a large pool reads
 * contiguous memory and keeps no per-candidate object alive (ranking 100,000 candidates is memory-bound
 * otherwise). Build with prepareCandidates() and reuse it for every vacancy; a single candidate
 * (prepareCandidate) is a pool of one. Only what toMatchCandidate() copies is kept, in derived form.
 * Unknown values: level 0, education rank -1, available day NaN.
 */
export class CandidatePool {
  private constructor(
    /** Candidate ids, in input order. */
    readonly ids: readonly string[],
    readonly frenchLevel: Int8Array,
    readonly englishLevel: Int8Array,
    readonly educationRank: Int8Array,
    /** Mask of the valid wanted region codes (factors.ts regionBit). */
    readonly regionMask: Int32Array,
    readonly openToAnyOutsideCmm: Uint8Array,
    /** Day number of availableFrom (factors.ts isoDay), NaN when unknown or invalid. */
    readonly availableDay: Float64Array,
    /** Occupations of candidate i: entries occupationStart[i] .. occupationStart[i + 1] - 1 (valid NOC codes only). */
    readonly occupationStart: Int32Array,
    /** Interned NOC code of each occupation entry (nocCodeOf). */
    readonly occupationIds: Int32Array,
    /** Years of each entry, 0 when unknown. */
    readonly occupationYears: Float64Array,
    readonly occupationYearsKnown: Uint8Array,
    /** Skills of candidate i: entries skillStart[i] .. skillStart[i + 1] - 1. */
    readonly skillStart: Int32Array,
    /** Interned canonical skill keys held (skillKeyOf), with the broader skills they imply, without duplicates. */
    readonly skillIds: Int32Array,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /** @internal use prepareCandidates */
  static create(records: readonly (MatchCandidate | PreparedCandidate | Unknown)[]): CandidatePool {
    const n = records.length;
    const ids = new Array<string>(n);
    const frenchLevel = new Int8Array(n);
    const englishLevel = new Int8Array(n);
    const education = new Int8Array(n);
    const regions = new Int32Array(n);
    const open = new Uint8Array(n);
    const available = new Float64Array(n);
    const occupationStart = new Int32Array(n + 1);
    const skillStart = new Int32Array(n + 1);
    const occIds: number[] = [];
    const occYears: number[] = [];
    const occKnown: number[] = [];
    const skills: number[] = [];
    const held = new Set<number>();
    for (let i = 0; i < n; i++) {
      const r = records[i]!;
      occupationStart[i] = occIds.length;
      skillStart[i] = skills.length;
      if (r instanceof PreparedCandidate) {
        // Copy the row of an already prepared candidate.
        const p = r.pool;
        const j = r.index;
        ids[i] = p.ids[j]!;
        frenchLevel[i] = p.frenchLevel[j]!;
        englishLevel[i] = p.englishLevel[j]!;
        education[i] = p.educationRank[j]!;
        regions[i] = p.regionMask[j]!;
        open[i] = p.openToAnyOutsideCmm[j]!;
        available[i] = p.availableDay[j]!;
        for (let k = p.occupationStart[j]!; k < p.occupationStart[j + 1]!; k++) {
          occIds.push(p.occupationIds[k]!);
          occYears.push(p.occupationYears[k]!);
          occKnown.push(p.occupationYearsKnown[k]!);
        }
        for (let k = p.skillStart[j]!; k < p.skillStart[j + 1]!; k++) skills.push(p.skillIds[k]!);
        continue;
      }
      const c = toMatchCandidate(r as Unknown);
      ids[i] = c.id;
      frenchLevel[i] = c.frenchLevel ?? 0;
      englishLevel[i] = c.englishLevel ?? 0;
      education[i] = c.education == null ? -1 : educationRank(c.education);
      regions[i] = regionMask(c.preferredRegionCodes ?? []);
      open[i] = c.openToAnyRegionOutsideCmm === true ? 1 : 0;
      available[i] = isoDay(c.availableFrom) ?? Number.NaN;
      for (const o of c.occupations ?? []) {
        if (!isNocCode(o.nocCode)) continue;
        occIds.push(nocId(o.nocCode));
        occYears.push(o.years ?? 0);
        occKnown.push(o.years != null ? 1 : 0);
      }
      held.clear();
      for (const label of c.skills ?? []) {
        const key = canonicalSkillKey(label);
        if (key.length === 0) continue;
        for (const id of skillIdsWithBroader(key)) {
          if (!held.has(id)) {
            held.add(id);
            skills.push(id);
          }
        }
      }
    }
    occupationStart[n] = occIds.length;
    skillStart[n] = skills.length;
    return new CandidatePool(
      ids,
      frenchLevel,
      englishLevel,
      education,
      regions,
      open,
      available,
      occupationStart,
      Int32Array.from(occIds),
      Float64Array.from(occYears),
      Uint8Array.from(occKnown),
      skillStart,
      Int32Array.from(skills),
    );
  }
}

// Interned ids of a skill key and its broader keys, memoised per key (the chain never changes).
const BROADER_IDS = new Map<string, readonly number[]>();
function skillIdsWithBroader(key: string): readonly number[] {
  let ids = BROADER_IDS.get(key);
  if (ids === undefined) {
    ids = skillKeyWithBroader(key).map(skillId);
    BROADER_IDS.set(key, ids);
  }
  return ids;
}

/** NOC code of an interned id (CandidatePool.occupationIds). */
export function nocCodeOf(id: number): string {
  return NOC_BY_ID[id]!;
}

/** Canonical skill key of an interned id (CandidatePool.skillIds). */
export function skillKeyOf(id: number): string {
  return SKILL_KEYS[id]!;
}

/** One candidate ready for scoring: a view on row `index` of a CandidatePool. Build with prepareCandidate(). */
export class PreparedCandidate {
  constructor(
    readonly pool: CandidatePool,
    readonly index: number,
  ) {}

  get id(): string {
    return this.pool.ids[this.index]!;
  }

  /** Canonical keys of the skills held, with the broader skills they imply (skills-vocabulary.ts). */
  get skillKeys(): string[] {
    const p = this.pool;
    return Array.from(p.skillIds.subarray(p.skillStart[this.index]!, p.skillStart[this.index + 1]!), skillKeyOf);
  }
}

/** Sanitises (toMatchCandidate) and precomputes many candidates at once: the fastest input of rankCandidates. */
export function prepareCandidates(candidates: readonly (MatchCandidate | PreparedCandidate | Unknown)[]): CandidatePool {
  return CandidatePool.create(candidates);
}

/** Sanitises and precomputes one candidate; idempotent on an already prepared candidate. */
export function prepareCandidate(candidate: MatchCandidate | PreparedCandidate | Unknown): PreparedCandidate {
  return candidate instanceof PreparedCandidate ? candidate : new PreparedCandidate(CandidatePool.create([candidate]), 0);
}

export interface PreparedSkill {
  /** The vacancy's label, tidied, for explanations. */
  readonly label: string;
  readonly key: string;
  /** Keys of the broader skills: holding one of them (and not `key`) is a partial match. */
  readonly broader: readonly string[];
  /** Interned `key` and `broader`. */
  readonly id: number;
  readonly broaderIds: Int32Array;
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

/**
 * Similarity to one vacancy's occupation, per interned NOC id, filled lazily: the occupation factor in units
 * (1/10,000) and the share of years that counts as experience (EXPERIENCE_TRANSFER).
 */
export class OccupationTable {
  private units = new Int32Array(0);
  private transfers = new Float64Array(0);
  private known = new Uint8Array(0);

  constructor(readonly similarity: (code: string) => OccupationSimilarity) {}

  private fill(id: number): void {
    if (id >= this.known.length) {
      const size = Math.max(id + 1, NOC_BY_ID.length, this.known.length * 2, 64);
      const units = new Int32Array(size);
      const transfers = new Float64Array(size);
      const known = new Uint8Array(size);
      units.set(this.units);
      transfers.set(this.transfers);
      known.set(this.known);
      this.units = units;
      this.transfers = transfers;
      this.known = known;
    }
    const s = this.similarity(NOC_BY_ID[id]!);
    this.units[id] = toUnits(s.score);
    this.transfers[id] = EXPERIENCE_TRANSFER[s.level];
    this.known[id] = 1;
  }

  /** Occupation factor of NOC id `id`, in units of 1/10,000. */
  unitsOf(id: number): number {
    if (id >= this.known.length || this.known[id] === 0) this.fill(id);
    return this.units[id]!;
  }

  /** Share of the years in NOC id `id` that counts as experience for the vacancy. */
  transferOf(id: number): number {
    if (id >= this.known.length || this.known[id] === 0) this.fill(id);
    return this.transfers[id]!;
  }
}

// One table per vacancy occupation and set of vectors, shared by every vacancy of that occupation: the
// similarities are a pure function of the two codes and the reference vectors (immutable once loaded), and a
// table per vacancy cost a few kilobytes each time (ranking a board's vacancies for one candidate prepares
// hundreds of them). Bounded by the number of NOC codes per set of vectors; a set of vectors no longer used is
// collected with its tables.
const SHARED_TABLES = new WeakMap<object, Map<string, OccupationTable>>();
const WITHOUT_VECTORS = {};
function occupationTableFor(nocCode: string, vectors: MatchContext["occupationVectors"]): OccupationTable {
  const key = vectors ?? WITHOUT_VECTORS;
  let tables = SHARED_TABLES.get(key);
  if (tables === undefined) SHARED_TABLES.set(key, (tables = new Map()));
  let table = tables.get(nocCode);
  if (table === undefined) tables.set(nocCode, (table = new OccupationTable(similarityTo(nocCode, vectors))));
  return table;
}

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
    /** Occupation similarity per interned NOC id; null when the vacancy has no NOC. */
    readonly occupationTable: OccupationTable | null,
    /** Region masks (factors.ts regionBit): the vacancy's region (0 = none), the regions entirely / partly in the CMM. */
    readonly regionBit: number,
    readonly cmmMask: number,
    readonly partlyCmmMask: number,
    /**
     * Caches of the factor curves for this vacancy's minimums, in units: French / English by level (index 0 =
     * unknown), education by rank + 1 (index 0 = unknown). Built from languageScore / educationScore, so they
     * are the same rules, looked up instead of recomputed 100,000 times.
     */
    readonly frenchUnits: Int32Array,
    readonly englishUnits: Int32Array,
    readonly educationUnits: Int32Array,
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
        const broader = skillKeyWithBroader(key).slice(1);
        out.push({ label: tidyLabel(raw), key, broader, id: skillId(key), broaderIds: Int32Array.from(broader, skillId) });
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
    const occupationTable = nocCode ? occupationTableFor(nocCode, context.occupationVectors) : null;
    const partlyCmmRegionCodes = context.partlyCmmRegionCodes ?? DEFAULT_PARTLY_CMM_REGION_CODES;
    return new PreparedVacancy(
      v.id,
      v,
      nocCode,
      occupationTable?.similarity ?? null,
      requiredSkills,
      assetSkills,
      v.regionCode ?? null,
      isVacancyInCmm(v, { ...context, cmmRegionCodes }),
      cmmRegionCodes,
      partlyCmmRegionCodes,
      context.regionNames ?? REGION_NAMES,
      v.minFrenchLevel ?? null,
      v.minEnglishLevel ?? null,
      v.minExperienceYears != null && v.minExperienceYears > 0 ? v.minExperienceYears : null,
      minEducation,
      minEducation == null ? -1 : educationRank(minEducation),
      startDate,
      startDay,
      weightUnits,
      occupationTable,
      regionBit(v.regionCode),
      regionMask(cmmRegionCodes),
      regionMask(partlyCmmRegionCodes),
      Int32Array.from({ length: 13 }, (_, level) => toUnits(languageScore(level === 0 ? null : level, v.minFrenchLevel ?? null))),
      Int32Array.from({ length: 13 }, (_, level) =>
        v.minEnglishLevel == null ? 0 : toUnits(languageScore(level === 0 ? null : level, v.minEnglishLevel)),
      ),
      Int32Array.from({ length: 8 }, (_, k) => toUnits(educationScore(k - 1, minEducation == null ? -1 : educationRank(minEducation)))),
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
