// Recommended vacancies for one candidate, exactly as the engine ranks them, without reading every vacancy.
// Pure (no I/O): the rows come from a source (the data layer in the app, arrays in tests).
//
// The engine's score of a vacancy for a candidate depends on:
//   - its occupation, region, whether it is in the CMM, and its language minimums: the vacancy's "kind", a handful
//     of columns shared by many vacancies (the public board's 20,000 vacancies have a few hundred kinds);
//   - its start date, required and asset skills, minimum experience and minimum education.
// A kind scored as a vacancy without skills, experience or education minimums, starting on the latest start date
// of its vacancies, scores at least as much as any of its vacancies: no skills asked scores 1 on skills, no
// minimum scores 1 on education, experience against no minimum is never below experience against one, and a later
// start only raises availability (factors.ts). Languages and the weights table (which follows the English minimum)
// belong to the kind, so eligibility is exact. So the kind's rank key bounds its vacancies'. Kinds are sorted by
// that bound; their vacancies are read best bound first, in growing batches, until the k-th exact result beats the
// bound of every kind not read: nothing left out can enter the top k, and the answer is the engine's over the
// whole board (tests/unit/matching-vacancy-plan.test.ts checks it against rankVacancies on random boards).
//
// That bound counts skills as fully held. For a candidate whose skills the board's vacancies do not ask for, every
// kind's bound is far above its vacancies' scores and nothing can be left out: such a candidate read the whole
// board (15,721 vacancies, 1.2 s). So when two batches have not settled the top k, the bounds of the kinds left are
// lowered with their required skills (one aggregate query, VacancySource.requiredSkills): a vacancy that requires
// skills, none of which the candidate holds even in part, scores 0 on the required part of the skills factor
// (REQUIRED_SKILLS_SHARE) and at most 1 on the rest; a kind whose every vacancy requires skills, none held, has
// its skills factor at most 1 - REQUIRED_SKILLS_SHARE.

import { prepareCandidate, prepareVacancy, type PreparedCandidate, type PreparedVacancy } from "./matching/prepare";
import { rankKeyAtLeast, rankKeyWithSkillsAtMost, skillMatchLevel } from "./matching/score";
import { REQUIRED_SKILLS_SHARE } from "./matching/factors";
import { canonicalSkillKey } from "./skills-vocabulary";
import { rankVacancies } from "./matching/rank";
import type { MatchCandidate, MatchContext, MatchLocale, MatchVacancy, VacancyMatchResult } from "./matching/types";

/** Vacancies that score alike on everything but start date, skills, experience and education. */
export type VacancyKind = {
  nocCode: string;
  regionCode: string;
  /** The vacancies' own CMM fact (JobPosting.inCmm). */
  inCmm: boolean;
  minFrenchLevel: number | null;
  minEnglishLevel: number | null;
  /** The latest start date among its vacancies (yyyy-mm-dd); null when none has one. */
  latestStartDate: string | null;
  /** Whether one of its vacancies has no start date (the engine then counts from today). */
  someWithoutStartDate: boolean;
  /** How many vacancies are of this kind. */
  count: number;
};

/** The required skills of a kind's vacancies (VacancySource.requiredSkills). */
export type KindRequiredSkills = {
  /** Whether one of its vacancies lists no required skill. */
  someWithoutRequired: boolean;
  /** Every required skill label its vacancies list. */
  labels: readonly string[];
};

export type VacancySource = {
  /** Every vacancy of these kinds still in the pool, as the engine reads it (one query). */
  vacancies(kinds: readonly VacancyKind[]): Promise<readonly { vacancy: MatchVacancy; inCmm: boolean }[]>;
  /**
   * The required skills of each of these kinds, in their order (one query); undefined for a kind that has no
   * vacancy any more. Optional: without it, bounds count skills as fully held.
   */
  requiredSkills?(kinds: readonly VacancyKind[]): Promise<readonly (KindRequiredSkills | undefined)[]>;
};

export type PlannedVacancyRanking = { ranked: VacancyMatchResult[]; kindsRead: number; vacanciesRead: number; boundsLowered: number };

/** Batches read before the bounds of the kinds left are lowered with their required skills (one more query). */
export const BATCHES_BEFORE_SKILL_BOUNDS = 2;

const ELIGIBLE_KEY = 10_000;

/** A vacancy of this kind scoring at least as much as any of its vacancies (see above). */
export function upperBoundVacancy(kind: VacancyKind, id: string, today: string | undefined): MatchVacancy {
  const starts = [kind.latestStartDate, kind.someWithoutStartDate ? (today ?? null) : null].filter((d): d is string => d !== null);
  return {
    id,
    nocCode: kind.nocCode,
    regionCode: kind.regionCode,
    minFrenchLevel: kind.minFrenchLevel,
    minEnglishLevel: kind.minEnglishLevel,
    startDate: starts.length > 0 ? starts.reduce((a, b) => (a > b ? a : b)) : null,
    requiredSkills: [],
    assetSkills: [],
    minExperienceYears: null,
    minEducation: null,
  };
}

/**
 * Whether the candidate holds, even in part, none of a kind's required skills while each of its vacancies requires
 * one: then none of them scores more than 1 - REQUIRED_SKILLS_SHARE on skills. A label without a key counts as
 * possibly held (the engine drops it, and a vacancy listing only such labels requires nothing).
 */
export function missesEveryRequiredSkill(pc: PreparedCandidate, skills: KindRequiredSkills): boolean {
  if (skills.someWithoutRequired || skills.labels.length === 0) return false;
  if (skills.labels.some((l) => canonicalSkillKey(l) === "")) return false;
  const { requiredSkills } = prepareVacancy({ id: "kind-skills", requiredSkills: [...skills.labels] });
  const held = pc.pool.skillIds;
  const from = pc.pool.skillStart[pc.index]!;
  const to = pc.pool.skillStart[pc.index + 1]!;
  return requiredSkills.every((skill) => skillMatchLevel(skill, held, from, to) === 0);
}

/** Higher key first, then smaller id (the engine's order, rank.ts). */
const byKeyThenId = (a: { key: number; id: string }, b: { key: number; id: string }) => (a.key !== b.key ? b.key - a.key : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The engine's top `limit` vacancies for the candidate over every vacancy of `kinds` (rankVacancies over all of
 * them gives the same answer), reading vacancies only while they can still enter. `eligibleOnly` keeps the
 * vacancies whose language minimums the candidate meets.
 */
export async function rankVacanciesThroughKinds(
  candidate: MatchCandidate | Record<string, unknown>,
  kinds: readonly VacancyKind[],
  source: VacancySource,
  opts: { limit: number; locale?: MatchLocale; context?: MatchContext; eligibleOnly?: boolean; batchesBeforeSkillBounds?: number },
): Promise<PlannedVacancyRanking> {
  const limit = Math.max(0, Math.floor(opts.limit));
  const out: PlannedVacancyRanking = { ranked: [], kindsRead: 0, vacanciesRead: 0, boundsLowered: 0 };
  if (limit === 0) return out;
  const pc = prepareCandidate(candidate);
  const { vacancyInCmm: _ignored, ...context } = opts.context ?? ({} as MatchContext);
  const prepare = (v: MatchVacancy, inCmm: boolean) => prepareVacancy(v, { ...context, vacancyInCmm: inCmm });
  const keyOf = (pv: PreparedVacancy) => rankKeyAtLeast(pv, pc.pool, pc.index, Number.NEGATIVE_INFINITY);

  let bounds = kinds.map((kind, i) => {
    const bound = prepare(upperBoundVacancy(kind, `kind-${i}`, context.today), kind.inCmm);
    return { kind, bound, key: keyOf(bound) };
  });
  if (opts.eligibleOnly) bounds = bounds.filter((b) => b.key >= ELIGIBLE_KEY);
  bounds.sort((a, b) => b.key - a.key);

  const read: PreparedVacancy[] = [];
  const exact: { id: string; key: number }[] = [];
  // The k-th exact key so far; an equal bound may still hold a smaller id, so only a lower one is left out.
  const kth = () => (exact.length >= limit ? exact[limit - 1]!.key : Number.NEGATIVE_INFINITY);
  let batches = 0;
  for (let next = 0, want = Math.max(2 * limit, 20); next < bounds.length && bounds[next]!.key >= kth(); want *= 4) {
    if (batches === (opts.batchesBeforeSkillBounds ?? BATCHES_BEFORE_SKILL_BOUNDS) && source.requiredSkills) {
      // The kinds that can still enter, their bounds lowered where the candidate misses every required skill.
      const left = bounds.slice(next).filter((b) => b.key >= kth());
      const skills = await source.requiredSkills(left.map((b) => b.kind));
      left.forEach((b, i) => {
        const s = skills[i];
        if (s && missesEveryRequiredSkill(pc, s)) {
          b.key = rankKeyWithSkillsAtMost(b.bound, pc.pool, pc.index, 1 - REQUIRED_SKILLS_SHARE);
          out.boundsLowered++;
        }
      });
      bounds = left.sort((a, b) => b.key - a.key);
      next = 0;
      if (!(bounds.length > 0 && bounds[0]!.key >= kth())) break;
    }
    batches++;
    // Kinds best bound first, until about `want` vacancies (at least one kind).
    const batch: VacancyKind[] = [];
    for (let n = 0; next < bounds.length && bounds[next]!.key >= kth() && (batch.length === 0 || n < want); next++) {
      batch.push(bounds[next]!.kind);
      n += bounds[next]!.kind.count;
    }
    out.kindsRead += batch.length;
    for (const { vacancy, inCmm } of await source.vacancies(batch)) {
      const pv = prepare(vacancy, inCmm);
      const key = keyOf(pv);
      out.vacanciesRead++;
      if (opts.eligibleOnly && key < ELIGIBLE_KEY) continue;
      read.push(pv);
      exact.push({ id: pv.id, key });
    }
    exact.sort(byKeyThenId);
    exact.length = Math.min(exact.length, limit);
  }
  out.ranked = rankVacancies(pc, read, { limit, locale: opts.locale });
  return out;
}
