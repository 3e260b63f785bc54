// Ranking: score every pair with the allocation-free path (skipping the costly factors of candidates whose best
// possible score cannot enter the current top `limit`), keep the best in a bounded heap, then build explanations
// for those only. Order: eligible first, then published score (0.1) descending, then id ascending
// (plain string comparison, not locale-aware, so it is the same everywhere). Input order never matters.

import { CandidatePool, PreparedCandidate, PreparedVacancy, prepareCandidate, prepareVacancy } from "./prepare";
import { explainPair, rankKeyAtLeast } from "./score";
import type { MatchCandidate, MatchContext, MatchLocale, MatchResult, MatchVacancy, RankOptions, VacancyMatchResult } from "./types";

export const DEFAULT_LIMIT = 50;

/** a before b? (higher key first, then smaller id) */
function better(keyA: number, idA: string, keyB: number, idB: string): boolean {
  return keyA !== keyB ? keyA > keyB : idA < idB;
}

/**
 * Indices of the `limit` best of n items by (key desc, id asc), best first. `keyAtLeast(i, minKey)` returns the
 * key of item i, or any value below `minKey` when it knows the key is below it (minKey is the worst key kept
 * once the heap is full, -Infinity before): that lets the caller skip work for items that cannot enter.
 * A min-heap on "better" keeps the worst kept item at the root, so most items are rejected with one comparison.
 */
export function selectTop(
  n: number,
  ids: readonly string[],
  limit: number,
  keyAtLeast: (i: number, minKey: number) => number,
): number[] {
  const k = Math.max(0, Math.min(Math.floor(limit), n));
  if (k === 0) return [];
  const heap: number[] = [];
  const heapKeys: number[] = [];
  // root = worst kept: "worse" is the heap order
  const worse = (a: number, b: number) => better(heapKeys[b]!, ids[heap[b]!]!, heapKeys[a]!, ids[heap[a]!]!);
  const swap = (a: number, b: number) => {
    [heap[a], heap[b]] = [heap[b]!, heap[a]!];
    [heapKeys[a], heapKeys[b]] = [heapKeys[b]!, heapKeys[a]!];
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      heapKeys.push(keyAtLeast(i, Number.NEGATIVE_INFINITY));
      for (let c = heap.length - 1; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!worse(c, p)) break;
        swap(c, p);
        c = p;
      }
      continue;
    }
    const key = keyAtLeast(i, heapKeys[0]!);
    if (!better(key, ids[i]!, heapKeys[0]!, ids[heap[0]!]!)) continue;
    heap[0] = i;
    heapKeys[0] = key;
    for (let c = 0; ; ) {
      const l = 2 * c + 1;
      const r = l + 1;
      let m = c;
      if (l < k && worse(l, m)) m = l;
      if (r < k && worse(r, m)) m = r;
      if (m === c) break;
      swap(c, m);
      c = m;
    }
  }
  const order = heap.map((_, j) => j).sort((a, b) => (better(heapKeys[a]!, ids[heap[a]!]!, heapKeys[b]!, ids[heap[b]!]!) ? -1 : 1));
  return order.map((j) => heap[j]!);
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
    const pool = candidates;
    return selectTop(pool.size, pool.ids, limit, (i, minKey) => rankKeyAtLeast(pv, pool, i, minKey)).map((i, r) =>
      result(pv, pool, i, r, locale),
    );
  }
  // Plain records are prepared together (one pool); prepared ones are scored where they are.
  const plain = candidates.filter((c) => !(c instanceof PreparedCandidate));
  const plainPool = CandidatePool.create(plain);
  const views: PreparedCandidate[] = [];
  let next = 0;
  for (const c of candidates) views.push(c instanceof PreparedCandidate ? c : new PreparedCandidate(plainPool, next++));
  const ids = views.map((v) => v.id);
  return selectTop(views.length, ids, limit, (i, minKey) => rankKeyAtLeast(pv, views[i]!.pool, views[i]!.index, minKey)).map((i, r) =>
    result(pv, views[i]!.pool, views[i]!.index, r, locale),
  );
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
  const ids = prepared.map((pv) => pv.id);
  const locale = options.locale ?? "fr";
  return selectTop(prepared.length, ids, limitOf(options), (i, minKey) => rankKeyAtLeast(prepared[i]!, pc.pool, pc.index, minKey)).map((i, r) => {
    const s = explainPair(prepared[i]!, pc.pool, pc.index, locale);
    return { vacancyId: ids[i]!, rank: r + 1, score: s.score, eligible: s.eligible, factors: s.factors, gaps: s.gaps };
  });
}
