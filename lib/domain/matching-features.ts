// The matching prefilter: which candidate profiles the database must hand to the engine so that the engine's
// top k over them is EXACTLY its top k over every consenting profile. Pure (no I/O); the SQL lives in
// lib/server/dal/matching.ts, the reasons in docs/decisions/0006-matching-in-the-app.md.
//
// 1. Features. Every profile carries "match keys", a text[] computed by PostgreSQL itself (a generated column, so
//    it is updated on every write whoever writes) and GIN-indexed. deriveMatchingFeatures() is their
//    specification; tests/integration/matching-features.test.ts checks the database computes the same.
// 2. Plan. For one vacancy, the consenting profiles are split into classes: eligible (language minimums met) or
//    not; "related" (an occupation of the vacancy's sub-major group, or a skill in common) or not; and how their
//    wanted regions fit the vacancy's ("fit": its region or any region outside the Montréal area; "near"; "far").
//    For each class the engine's own weights and curves give an upper bound of the score anyone in it can reach
//    (classBound). Classes are fetched most promising first; as soon as the k-th result beats the bound of every
//    class not yet fetched, no profile left out can enter the top k: the answer is exact and the rest is never
//    read. The usual vacancy stops after "related/fit" (a few hundred to a few thousand rows out of 100,000).

import { SKILL_VOCABULARY, skillKeyWithBroader } from "./skills-vocabulary";
import { EXPERIENCE_TRANSFER, NOC_LEVEL_BANDS, isNocCode, type NocLevel } from "./occupation-similarity";
import { experienceScore, regionBit, RegionFit, REGION_FIT_SCORE, skillsScore, toUnits } from "./matching/factors";
import { REGION_CODES } from "./matching/regions";
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
  type PreparedVacancy,
} from "./matching/prepare";
import { scoreTenths } from "./matching/score";
import { UNITS } from "./matching/weights";
import { prepareCandidates, rankCandidates, type MatchLocale, type MatchResult } from "./matching";

// ---------- 1. features ----------

/** The spelling of match keys (the SQL function candidate_match_keys writes the same). */
export const MatchKey = {
  /** Occupation at NOC level 2 (major), 3 (sub-major), 4 (minor) or 5 (unit group): "o3:721". */
  occupation: (level: 2 | 3 | 4 | 5, nocCode: string) => `o${level}:${nocCode.slice(0, level)}`,
  skill: (key: string) => `k:${key}`,
  region: (code: string) => `r:${code}`,
  anyRegionOutsideCmm: "r:any",
  /** French level at least n (Échelle québécoise 1..12). */
  frenchAtLeast: (n: number) => `f:${n}`,
  /** English level at least n (CLB 1..12). */
  englishAtLeast: (n: number) => `e:${n}`,
  /** Visible to employers and included in matching: both consents given. */
  consented: "c:match",
} as const;

/** The profile columns the match keys are derived from. */
export type MatchingFeatureSource = {
  /** A list column never written is NULL in the database: null reads as empty. */
  nocCodes: readonly string[] | null;
  skillKeys: readonly string[] | null;
  preferredRegionCodes: readonly string[] | null;
  openToAnyRegionOutsideCmm: boolean;
  frenchLevel: number | null;
  englishLevel: number | null;
  visibleToEmployers: boolean;
  includedInMatching: boolean;
};

/**
 * The match keys of a profile, sorted. The database derives them itself on every write (generated column
 * "matchKeys", migration 20261130161000_matching_keys): nobody has to call this to keep them up to date. It is the
 * readable specification of that column, and what a test compares it with.
 */
export function deriveMatchingFeatures(p: MatchingFeatureSource): { matchKeys: string[] } {
  const keys = new Set<string>();
  for (const code of p.nocCodes ?? []) {
    if (!isNocCode(code)) continue;
    for (const level of [2, 3, 4, 5] as const) keys.add(MatchKey.occupation(level, code));
  }
  for (const k of p.skillKeys ?? []) if (k !== "") keys.add(MatchKey.skill(k));
  for (const r of p.preferredRegionCodes ?? []) keys.add(MatchKey.region(r));
  if (p.openToAnyRegionOutsideCmm) keys.add(MatchKey.anyRegionOutsideCmm);
  for (let n = 1; n <= Math.min(p.frenchLevel ?? 0, 12); n++) keys.add(MatchKey.frenchAtLeast(n));
  for (let n = 1; n <= Math.min(p.englishLevel ?? 0, 12); n++) keys.add(MatchKey.englishAtLeast(n));
  if (p.visibleToEmployers && p.includedInMatching) keys.add(MatchKey.consented);
  return { matchKeys: [...keys].sort() };
}

// ---------- 2. plan ----------

/** A set of profiles in match-key terms: holds every key of `all`, at least one key of each `anyOf` group, no key of any `noneOf` group, and not every key of `notAll`. */
export type MatchKeyFilter = {
  all: string[];
  anyOf: string[][];
  noneOf: string[][];
  /** Empty = no condition. */
  notAll: string[];
};

export type PrefilterTier = {
  /** The classes fetched, e.g. "unit/fit+minor/fit+subMajor/fit", "skills/fit", "ineligible" (see planPrefilter). */
  name: string;
  /** Profiles in any of these filters (one query). */
  filters: MatchKeyFilter[];
  /**
   * The highest rank key (rankKeyOf) that anyone NOT fetched by this tier or an earlier one can have; -1 when
   * nobody is left. The answer is exact once the k-th result's key is strictly above it.
   */
  boundAfter: number;
};

/** Restrictions chosen by the person (recommendation filters): they shrink the set of profiles considered. */
export type PrefilterOptions = {
  /** Only candidates who meet the language requirements. */
  eligibleOnly?: boolean;
  /** Only candidates who want the vacancy's region (or any region outside the Montréal area, for a regional job). */
  regionWanted?: boolean;
  /** Only candidates with the vacancy's NOC unit group among their occupations. */
  sameOccupation?: boolean;
};

const ELIGIBLE_KEY = 10_000;

/** The engine's ranking key of a result: eligible first, then the published score (ties: smaller id first). */
export function rankKeyOf(r: { eligible: boolean; score: number }): number {
  return (r.eligible ? ELIGIBLE_KEY : 0) + Math.round(r.score * 10);
}

/**
 * Skill keys a profile must hold (as stored, without the broader skills) for its skills factor to be above the
 * floor: the vacancy's skills and their broader skills, and every vocabulary skill narrower than one of those
 * (holding MIG welding implies welding). A profile holding none of them matches no required or asset skill, not
 * even partly.
 */
export function skillPrefilterKeys(pv: PreparedVacancy): string[] {
  const target = new Set<string>();
  for (const s of [...pv.requiredSkills, ...pv.assetSkills]) {
    target.add(s.key);
    for (const b of s.broader) target.add(b);
  }
  if (target.size === 0) return [];
  const keys = new Set(target);
  for (const e of SKILL_VOCABULARY) if (skillKeyWithBroader(e.key).some((k) => target.has(k))) keys.add(e.key);
  return [...keys].sort();
}

function maxOf(a: Int32Array): number {
  let m = 0;
  for (const x of a) if (x > m) m = x;
  return m;
}

const bandMax = (...levels: NocLevel[]) => Math.max(...levels.map((l) => NOC_LEVEL_BANDS[l].base + NOC_LEVEL_BANDS[l].span));
const fitScore = (...fits: RegionFit[]) => Math.max(...fits.map((f) => REGION_FIT_SCORE[f]!));

/** The most each factor can score in a class of profiles (0..1; a missing factor: 1). */
export type FactorCaps = { occupation: number; experience: number; skills: number; region: number; eligible: boolean };

/**
 * Upper bound of the rank key (rankKeyOf) of any profile of a class, from what the class guarantees about
 * occupation, experience, skills and region; languages, education and availability at their best. The engine's own
 * weights, curves and rounding, so the bound is never below a real score of the class.
 */
export function classBound(pv: PreparedVacancy, caps: FactorCaps): number {
  const ub = new Int32Array(FACTOR_COUNT);
  ub[F_OCCUPATION] = toUnits(caps.occupation);
  ub[F_EXPERIENCE] = toUnits(caps.experience);
  ub[F_SKILLS] = toUnits(caps.skills);
  ub[F_REGION] = toUnits(caps.region);
  ub[F_FRENCH] = maxOf(pv.frenchUnits);
  ub[F_ENGLISH] = maxOf(pv.englishUnits);
  ub[F_EDUCATION] = maxOf(pv.educationUnits);
  ub[F_AVAILABILITY] = UNITS;
  let total = 0;
  for (let i = 0; i < FACTOR_COUNT; i++) total += pv.weightUnits[i]! * ub[i]!;
  return (caps.eligible ? ELIGIBLE_KEY : 0) + scoreTenths(total);
}

type Part = { name: string; anyOf: string[][]; noneOf: string[][] };
type RelationPart = Part & Pick<FactorCaps, "occupation" | "experience" | "skills">;
type RegionPart = Part & Pick<FactorCaps, "region">;

/**
 * How close a profile's occupations and skills are to the vacancy's, as disjoint classes with their caps: the same
 * unit group; the same minor group (not the unit group); the same sub-major group (not the minor group); a skill in
 * common only; nothing. A vacancy without NOC ranks everyone 1 on occupation; without skills, 1 on skills.
 */
export function relationParts(pv: PreparedVacancy, sameOccupationOnly = false): RelationPart[] {
  const skillKeys = skillPrefilterKeys(pv).map(MatchKey.skill);
  const skillsFloor = skillKeys.length === 0 ? 1 : skillsScore(0, 0, pv.requiredSkills.length, 0, 0, pv.assetSkills.length);
  if (pv.nocCode === null) {
    if (skillKeys.length === 0) return [{ name: "all", anyOf: [], noneOf: [], occupation: 1, experience: 1, skills: 1 }];
    return [
      { name: "skills", anyOf: [skillKeys], noneOf: [], occupation: 1, experience: 1, skills: 1 },
      { name: "unrelated", anyOf: [], noneOf: [skillKeys], occupation: 1, experience: 1, skills: skillsFloor },
    ];
  }
  const [o5, o4, o3] = [MatchKey.occupation(5, pv.nocCode), MatchKey.occupation(4, pv.nocCode), MatchKey.occupation(3, pv.nocCode)];
  const parts: RelationPart[] = [{ name: "unit", anyOf: [[o5]], noneOf: [], occupation: 1, experience: 1, skills: 1 }];
  if (sameOccupationOnly) return parts;
  // Years outside the sub-major group count for nothing (EXPERIENCE_TRANSFER), unless the table says otherwise.
  const far: NocLevel[] = ["major", "broad", "none"];
  const farExperience = Math.max(...far.map((l) => EXPERIENCE_TRANSFER[l])) > 0 ? 1 : experienceScore(0, pv.minExperience);
  parts.push(
    { name: "minor", anyOf: [[o4]], noneOf: [[o5]], occupation: bandMax("minor"), experience: 1, skills: 1 },
    { name: "subMajor", anyOf: [[o3]], noneOf: [[o4]], occupation: bandMax("subMajor"), experience: 1, skills: 1 },
  );
  if (skillKeys.length > 0) parts.push({ name: "skills", anyOf: [skillKeys], noneOf: [[o3]], occupation: bandMax(...far), experience: farExperience, skills: 1 });
  parts.push({ name: "unrelated", anyOf: [], noneOf: skillKeys.length > 0 ? [[o3], skillKeys] : [[o3]], occupation: bandMax(...far), experience: farExperience, skills: skillsFloor });
  return parts;
}

/**
 * How a profile's wanted regions fit the vacancy's, as disjoint classes with the most the region factor can be
 * (factors.ts regionFitOfMasks): "fit" = the vacancy's region, or (outside the CMM) any region outside the CMM;
 * "near" = another region that still scores (outside the CMM: one not entirely in the CMM; in the CMM: one of
 * the CMM); "far" = the rest. A vacancy without region: one class.
 */
export function regionParts(pv: PreparedVacancy, wantedOnly = false): RegionPart[] {
  if (pv.regionBit === 0 || pv.regionCode === null) return [{ name: "any", anyOf: [], noneOf: [], region: 1 }];
  const outside = !pv.inCmm;
  const fitKeys = outside ? [MatchKey.region(pv.regionCode), MatchKey.anyRegionOutsideCmm] : [MatchKey.region(pv.regionCode)];
  const fit: RegionPart = { name: "fit", anyOf: [fitKeys], noneOf: [], region: outside ? fitScore(RegionFit.Wanted, RegionFit.OpenToAnyOutsideCmm) : fitScore(RegionFit.Wanted) };
  if (wantedOnly) return [fit];
  const nearMask = outside ? ~pv.cmmMask : pv.cmmMask | pv.partlyCmmMask;
  const nearKeys = REGION_CODES.filter((c) => (regionBit(c) & nearMask) !== 0).map(MatchKey.region);
  return [
    fit,
    { name: "near", anyOf: [nearKeys], noneOf: [fitKeys], region: outside ? fitScore(RegionFit.OtherRegions) : fitScore(RegionFit.OtherCmmRegion) },
    {
      name: "far",
      anyOf: [],
      noneOf: [fitKeys, nearKeys],
      region: outside ? fitScore(RegionFit.Unknown, RegionFit.OnlyCmm) : fitScore(RegionFit.Unknown, RegionFit.OutsideCmmWanted),
    },
  ];
}

/** The language keys that make a profile eligible: French (and English) at least the minimum. */
export function eligibilityKeys(pv: PreparedVacancy): string[] {
  const keys: string[] = [];
  if (pv.minFrench != null) keys.push(MatchKey.frenchAtLeast(pv.minFrench));
  if (pv.minEnglish != null) keys.push(MatchKey.englishAtLeast(pv.minEnglish));
  return keys;
}

/**
 * The classes to fetch for a vacancy, most promising first (highest bound), each with the bound of everything not
 * fetched yet. The classes partition the profiles considered: eligible ones by relation (relationParts) and region
 * (regionParts), then every ineligible one. The last tier always has boundAfter -1.
 */
export function planPrefilter(pv: PreparedVacancy, options: PrefilterOptions = {}): PrefilterTier[] {
  const consented = [MatchKey.consented];
  const languages = eligibilityKeys(pv);
  const relations = relationParts(pv, options.sameOccupation);
  const regions = regionParts(pv, options.regionWanted);
  const classes: { name: string; filter: MatchKeyFilter; bound: number; ri: number; gi: number }[] = [];
  relations.forEach((r, ri) => {
    regions.forEach((g, gi) => {
      classes.push({
        name: `${r.name}/${g.name}`,
        filter: { all: [...consented, ...languages], anyOf: [...r.anyOf, ...g.anyOf], noneOf: [...r.noneOf, ...g.noneOf], notAll: [] },
        bound: classBound(pv, { occupation: r.occupation, experience: r.experience, skills: r.skills, region: g.region, eligible: true }),
        ri,
        gi,
      });
    });
  });
  // Most promising first; construction order breaks ties (closer occupation first, then better region).
  classes.sort((a, b) => b.bound - a.bound);
  if (languages.length > 0 && !options.eligibleOnly) {
    // Whoever misses a language minimum, whatever else (within the person's filters): below every eligible profile.
    const within = [...(options.sameOccupation && pv.nocCode !== null ? relations[0]!.anyOf : []), ...(options.regionWanted ? regions[0]!.anyOf : [])];
    classes.push({
      name: "ineligible",
      filter: { all: consented, anyOf: within, noneOf: [], notAll: languages },
      bound: classBound(pv, { occupation: 1, experience: 1, skills: 1, region: 1, eligible: false }),
      ri: -1,
      gi: -1,
    });
  }
  // The first query takes every class within FIRST_TIER_SPREAD of the best bound (in practice the candidates of the
  // vacancy's sub-major group who fit the region: one GIN scan, and most vacancies need nothing more); then one
  // class per query.
  let first = 1;
  while (first < classes.length && classes[first]!.bound >= classes[0]!.bound - FIRST_TIER_SPREAD) first++;
  const groups = [classes.slice(0, first), ...classes.slice(first).map((c) => [c])];
  let fetched = 0;
  return groups.map((g) => {
    fetched += g.length;
    // The first relation classes times the first region classes (the usual first tier) are, together, one positive
    // filter: one GIN scan instead of a scan per class that re-reads rows only to exclude them.
    const a = Math.max(...g.map((c) => c.ri));
    const b = Math.max(...g.map((c) => c.gi));
    const rectangle = g.every((c) => c.ri >= 0) && g.length === (a + 1) * (b + 1) && new Set(g.map((c) => `${c.ri}/${c.gi}`)).size === g.length;
    const filters = rectangle
      ? [{ all: [...consented, ...languages], anyOf: [...unionOfFirst(relations, a), ...unionOfFirst(regions, b)], noneOf: [], notAll: [] }]
      : g.map((c) => c.filter);
    return {
      name: g.map((c) => c.name).join("+"),
      filters,
      boundAfter: classes.slice(fetched).reduce((m, later) => Math.max(m, later.bound), -1),
    };
  });
}

/**
 * The key groups selecting parts[0..i] together. Each part is "its keys, and none of the earlier parts' keys" (or
 * "the rest" when it has no keys), so their union is "any of their keys", or no condition once "the rest" is in.
 */
function unionOfFirst(parts: readonly Part[], i: number): string[][] {
  const first = parts.slice(0, i + 1);
  if (first.some((p) => p.anyOf.length === 0)) return [];
  return [[...new Set(first.flatMap((p) => p.anyOf[0]!))]];
}

/** Classes whose bound is within 10 points of the best one are fetched together by the first query. */
export const FIRST_TIER_SPREAD = 100;

/** Same order as the engine (rank.ts): higher key first, then smaller id (plain string comparison). */
function before(a: { key: number; id: string }, b: { key: number; id: string }): number {
  if (a.key !== b.key) return b.key - a.key;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Merges ranked lists of disjoint sets of candidates into the best `limit`, renumbering ranks from 1. */
export function mergeRanked<T extends { candidateId: string; eligible: boolean; score: number; rank: number }>(lists: readonly (readonly T[])[], limit: number): T[] {
  const all = lists.flat().map((r) => ({ r, key: rankKeyOf(r), id: r.candidateId }));
  all.sort(before);
  return all.slice(0, Math.max(0, limit)).map((x, i) => ({ ...x.r, rank: i + 1 }));
}

/** True when the top `limit` of what was fetched is the top `limit` of everyone (see planPrefilter). */
export function isSettled(results: readonly { eligible: boolean; score: number }[], limit: number, boundAfter: number): boolean {
  if (boundAfter < 0) return true;
  if (limit <= 0) return true;
  if (results.length < limit) return false;
  return rankKeyOf(results[limit - 1]!) > boundAfter;
}

// ---------- 3. ranking through the plan ----------

/**
 * A profile as the prefilter reads it in its first, cheap pass: the profile row only, with its NOC codes but not
 * the years in each occupation (those live in another table, and reading them costs more than the row itself).
 */
export type MatchSummary = {
  id: string;
  nocCodes: readonly string[] | null;
  skills: readonly string[] | null;
  frenchLevel: number | null;
  englishLevel: number | null;
  education: string | null;
  preferredRegionCodes: readonly string[] | null;
  openToAnyRegionOutsideCmm: boolean;
  availableFrom: string | null;
};

/** Years counted for an occupation whose years are not read yet: more than any career, so experience is at its most. */
export const UNREAD_YEARS = 1000;

/**
 * The summary as an engine record whose score is an upper bound of the real one: every occupation with
 * UNREAD_YEARS (experience only grows with years; occupation, skills, region, languages, education and availability
 * do not depend on them). Eligibility is exact.
 */
export function upperBoundRecord(s: MatchSummary): Record<string, unknown> {
  return { ...s, occupations: (s.nocCodes ?? []).map((nocCode) => ({ nocCode, years: UNREAD_YEARS })) };
}

/** Where the profiles come from: the data layer in the app, an array in tests. */
export type MatchSource = {
  /** Summaries of the profiles in any of the filters (one query). */
  summaries(filters: readonly MatchKeyFilter[]): Promise<readonly MatchSummary[]>;
  /** Full engine records (with years) of these profiles, if they are still in the pool (one query). */
  records(ids: readonly string[]): Promise<readonly Record<string, unknown>[]>;
};

export type PlannedRanking = { ranked: MatchResult[]; tiers: string[]; summariesRead: number; recordsRead: number };

/**
 * The engine's exact top `limit` over the pool, reading as little as possible:
 *   - classes of planPrefilter in order, until the k-th result beats every class not read (isSettled);
 *   - inside a class, summaries first, ranked with upper-bound scores (upperBoundRecord); full records only for
 *     the summaries whose bound reaches the current k-th result, the best bounds first (2k, then 4 times more...).
 * A profile is skipped only when its upper bound is below the k-th exact result, so the answer is the engine's.
 */
export async function rankThroughPlan(pv: PreparedVacancy, source: MatchSource, opts: { limit: number; locale?: MatchLocale; options?: PrefilterOptions }): Promise<PlannedRanking> {
  const limit = Math.max(0, Math.floor(opts.limit));
  const out: PlannedRanking = { ranked: [], tiers: [], summariesRead: 0, recordsRead: 0 };
  if (limit === 0) return out;
  const kth = () => (out.ranked.length >= limit ? rankKeyOf(out.ranked[limit - 1]!) : -1);
  for (const tier of planPrefilter(pv, opts.options)) {
    const summaries = await source.summaries(tier.filters);
    out.tiers.push(tier.name);
    out.summariesRead += summaries.length;
    if (summaries.length > 0) {
      const bounds = prepareCandidates(summaries.map(upperBoundRecord));
      const read = new Set<string>();
      for (let take = Math.max(2 * limit, 20); ; take *= 4) {
        const best = rankCandidates(pv, bounds, { limit: take });
        const todo = best.filter((b) => !read.has(b.candidateId) && rankKeyOf(b) >= kth()).map((b) => b.candidateId);
        if (todo.length > 0) {
          for (const id of todo) read.add(id);
          const records = await source.records(todo);
          out.recordsRead += records.length;
          if (records.length > 0) out.ranked = mergeRanked([out.ranked, rankCandidates(pv, records, { limit, locale: opts.locale })], limit);
        }
        // Everything was considered, or the best bound left out is below the k-th result.
        if (best.length < take || rankKeyOf(best[take - 1]!) < kth()) break;
      }
    }
    if (isSettled(out.ranked, limit, tier.boundAfter)) break;
  }
  return out;
}

