/**
 * The matching engine of Passerelle Régions: ranks candidates for a job vacancy (and vacancies for a candidate)
 * with a score 0..100 explained factor by factor. Pure TypeScript: no Prisma, no Next, no I/O, deterministic.
 * Contract of the batch format: /work/shared/matching-format.md. Weights and rules:
 * docs/decisions/0005-matching-weights.md.
 *
 * API (stable; callers: scripts/match.ts, the app's matching service):
 *
 *   toMatchCandidate(record: Record<string, unknown>): MatchCandidate
 *     Copies ONLY id, occupations[{nocCode, years}], skills, frenchLevel, englishLevel, education,
 *     preferredRegionCodes, openToAnyRegionOutsideCmm, availableFrom. Name, e-mail, citizenship, birth year,
 *     sex, photo... never reach the engine. Wrong types become unknown; a missing id throws TypeError.
 *
 *   rankCandidates(vacancy, candidates, { limit = 50, locale = "fr", context }): MatchResult[]
 *     [{ candidateId, rank, score, eligible, factors: [{ key, weight, score, detail }], gaps }], best first:
 *     eligible first, then score desc, then candidateId asc. `candidates`: an array of plain records (they go
 *     through toMatchCandidate) and/or PreparedCandidate, or a CandidatePool.
 *
 *   rankVacancies(candidate, vacancies, { limit, locale, context }): VacancyMatchResult[]
 *     Same scoring, other direction: [{ vacancyId, rank, score, eligible, factors, gaps }].
 *
 *   scoreCandidate(vacancy, candidate, { locale, context }): MatchScore
 *     One pair: { score, eligible, factors, gaps }.
 *
 *   prepareVacancy(vacancy, context?): PreparedVacancy
 *   prepareCandidates(candidates): CandidatePool      (many candidates, stored column by column)
 *   prepareCandidate(candidate): PreparedCandidate    (one)
 *     Precompute once (canonical skill keys, dates, weights, CMM facts, memoised occupation similarity) and pass
 *     the prepared objects to the functions above; rank a large pool as a CandidatePool (top 50 of 100,000
 *     candidates: median under 30 ms on the shared 2-core dev machine, scripts/bench-engine.ts).
 *
 *   context: MatchContext = {
 *     vacancyInCmm?: boolean,                     // is the vacancy's municipality in the CMM
 *     cmmMunicipalityCodes?: Set<string>,         // or: the 82 CMM municipality codes, to decide it per vacancy
 *     cmmRegionCodes?: Set<string>,               // regions entirely in the CMM, default {"06", "13"}
 *     partlyCmmRegionCodes?: Set<string>,         // default {"14", "15", "16"}
 *     regionNames?: Record<code, { fr, en }>,     // default REGION_NAMES
 *     occupationVectors?: Map<noc, number[]>,     // OaSIS profiles (lib/reference-data/oasis-vectors.ts)
 *     today?: "YYYY-MM-DD",                       // start date of vacancies without one
 *   }
 *
 *   WEIGHTS, WEIGHTS_WITH_ENGLISH, weightsFor(vacancy): the weights (weights.ts), each table sums to 1.
 *
 * Guarantees (tests/unit/matching): score == 100 x sum(weight x factor score) to 0.1; the ordering rules of the
 * contract hold with a strictly higher score; fields outside MatchCandidate and the order of the input change
 * nothing; unknown (missing) fields never throw. Hard requirements: French minimum, English minimum when given;
 * an unknown level with a minimum counts as not met (eligible = false).
 */

export type {
  FactorKey,
  MatchCandidate,
  MatchContext,
  MatchFactor,
  MatchLocale,
  MatchOccupation,
  MatchResult,
  MatchScore,
  MatchVacancy,
  RankOptions,
  RegionName,
  VacancyMatchResult,
} from "./types";
export { WEIGHTS, WEIGHTS_WITH_ENGLISH, FACTOR_ORDER, weightsFor, type WeightTable } from "./weights";
export {
  REGION_NAMES,
  REGION_CODES,
  DEFAULT_CMM_REGION_CODES,
  DEFAULT_PARTLY_CMM_REGION_CODES,
  formatRegion,
  isCmmRegionOnly,
  isRegionCode,
  isVacancyInCmm,
} from "./regions";
export {
  CandidatePool,
  PreparedCandidate,
  PreparedVacancy,
  prepareCandidate,
  prepareCandidates,
  prepareVacancy,
  toMatchCandidate,
  toMatchVacancy,
} from "./prepare";
export { scoreCandidate } from "./score";
export { DEFAULT_LIMIT, rankCandidates, rankVacancies } from "./rank";
export {
  experienceScore,
  languageScore,
  educationScore,
  availabilityScore,
  skillsScore,
  regionFit,
  RegionFit,
  REGION_FIT_SCORE,
} from "./factors";
