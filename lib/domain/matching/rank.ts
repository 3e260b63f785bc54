// Ranking: score every pair with the allocation-free path, keep the best `limit` in a bounded heap, then build
// explanations for those only. Order: eligible first, then published score (0.1) descending, then id ascending
// (plain string comparison, not locale-aware, so it is the same everywhere). Input order never matters.

import { CandidatePool, PreparedCandidate, PreparedVacancy, prepareCandidate, prepareVacancy } from "./prepare";
import { explainPair, rankKey } from "./score";
import type { MatchCandidate, MatchContext, MatchLocale, MatchResult, MatchVacancy, RankOptions, VacancyMatchResult } from "./types";

export const DEFAULT_LIMIT = 50;

/** a before b? (higher key first, then smaller id) */
function better(keyA: number, idA: string, keyB: number, idB: string): boolean {
  return keyA !== keyB ? keyA > keyB : idA < idB;
}

/**
 * Indices of the `limit` best items by (key desc, id asc), best first. A min-heap on "better" keeps the worst
 * kept item at the root, so most items are rejected with one comparison.
 */
export function topIndices(keys: Float64Array, ids: readonly string[], limit: number): number[] {
  const n = keys.length;
  const k = Math.max(0, Math.min(Math.floor(limit), n));
  if (k === 0) return [];
  const heap: number[] = [];
  // worse-than comparison for the heap: root = worst kept
  const worse = (a: number, b: number) => better(keys[b]!, ids[b]!, keys[a]!, ids[a]!);
  const siftUp = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (better(keys[i]!, ids[i]!, keys[heap[0]!]!, ids[heap[0]!]!)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (better(keys[a]!, ids[a]!, keys[b]!, ids[b]!) ? -1 : 1));
}

function limitOf(options: RankOptions): number {
  const l = options.limit;
  return l === undefined || Number.isNaN(l) ? DEFAULT_LIMIT : Math.max(0, l);
}

/**
 * Ranks candidates for one vacancy and returns the best `limit` (default 50) with their explanations.
 * `candidates` is either a CandidatePool (prepareCandidates: fastest, prepare a large pool once and rank it for
 * every vacancy) or an array of plain records (they go through toMatchCandidate: only the allowed fields are
 * read) and/or PreparedCandidate. Candidate ids should be unique; with duplicates, equal-scored entries sharing
 * an id are not ordered further.
 */
export function rankCandidates(
  vacancy: MatchVacancy | PreparedVacancy,
  candidates: CandidatePool | readonly (MatchCandidate | PreparedCandidate | Record<string, unknown>)[],
  options: RankOptions = {},
): MatchResult[] {
  const pv = prepareVacancy(vacancy, options.context);
  const locale = options.locale ?? "fr";
  const limit = limitOf(options);
  if (candidates instanceof CandidatePool) {
    const n = candidates.size;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = rankKey(pv, candidates, i);
    return topIndices(keys, candidates.ids, limit).map((i, r) => result(pv, candidates, i, r, locale));
  }
  // Plain records are prepared together (one pool); prepared ones are scored where they are.
  const plain = candidates.filter((c) => !(c instanceof PreparedCandidate));
  const plainPool = CandidatePool.create(plain);
  const views: PreparedCandidate[] = [];
  let next = 0;
  for (const c of candidates) views.push(c instanceof PreparedCandidate ? c : new PreparedCandidate(plainPool, next++));
  const keys = new Float64Array(views.length);
  for (let i = 0; i < views.length; i++) keys[i] = rankKey(pv, views[i]!.pool, views[i]!.index);
  return topIndices(
    keys,
    views.map((v) => v.id),
    limit,
  ).map((i, r) => result(pv, views[i]!.pool, views[i]!.index, r, locale));
}

function result(pv: PreparedVacancy, pool: CandidatePool, i: number, rank: number, locale: MatchLocale): MatchResult {
  const s = explainPair(pv, pool, i, locale);
  return { candidateId: pool.ids[i]!, rank: rank + 1, score: s.score, eligible: s.eligible, factors: s.factors, gaps: s.gaps };
}

/**
 * The other direction: ranks vacancies for one candidate ("recommended vacancies") with the same scoring.
 * Whether each vacancy is in the CMM comes from `context.cmmMunicipalityCodes` / `cmmRegionCodes`
 * (`context.vacancyInCmm`, a single answer, is ignored here). Prepared vacancies keep their own context.
 */
export function rankVacancies(
  candidate: MatchCandidate | PreparedCandidate | Record<string, unknown>,
  vacancies: readonly (MatchVacancy | PreparedVacancy)[],
  options: RankOptions = {},
): VacancyMatchResult[] {
  const pc = prepareCandidate(candidate);
  const { vacancyInCmm: _ignored, ...context } = options.context ?? ({} as MatchContext);
  const prepared = vacancies.map((v) => prepareVacancy(v, context));
  const keys = new Float64Array(prepared.length);
  const ids = prepared.map((pv) => pv.id);
  for (let i = 0; i < prepared.length; i++) keys[i] = rankKey(prepared[i]!, pc.pool, pc.index);
  const locale = options.locale ?? "fr";
  return topIndices(keys, ids, limitOf(options)).map((i, r) => {
    const s = explainPair(prepared[i]!, pc.pool, pc.index, locale);
    return { vacancyId: ids[i]!, rank: r + 1, score: s.score, eligible: s.eligible, factors: s.factors, gaps: s.gaps };
  });
}
