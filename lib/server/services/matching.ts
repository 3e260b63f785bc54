import "server-only";
import type { SessionUser } from "@/lib/server/auth";
import {
  getMatchCardSources,
  getMatchPoolRecords,
  getMyMatchProfile,
  getRequiredSkillsOfKinds,
  getVacancyForMatching,
  getVacanciesOfKinds,
  getVacancyListings,
  listMatchPoolSummaries,
  listVacancyKindsForMatching,
  type VacancyListing,
} from "@/lib/server/dal/matching";
import { getUnitGroupTitles } from "@/lib/server/dal/occupations";
import { getMatchContext } from "@/lib/server/services/matching-context";
import { prepareVacancy, type MatchFactor, type MatchResult } from "@/lib/domain/matching";
import { rankVacanciesThroughKinds, type VacancyKind } from "@/lib/domain/matching-vacancy-plan";
import { rankThroughPlan, type PrefilterOptions } from "@/lib/domain/matching-features";
import { toAnonymousCard, type AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import type { Locale } from "@/lib/i18n/config";

// The in-app matching service: the same engine as the command line and the HTTP API, fed from PostgreSQL.
//
// Recommended candidates for a vacancy (docs/decisions/0006-matching-in-the-app.md):
//   1. the vacancy, checked to belong to the actor's verified organisation;
//   2. the prefilter plan (lib/domain/matching-features.ts rankThroughPlan): classes of profiles read one after the
//      other by the GIN-indexed match keys (ONE query each, profile rows only), ranked with upper bounds; the full
//      records (years of experience) read in ONE query for the few that can still enter; stop as soon as the top k
//      is provably the engine's top k over the whole pool;
//   3. one page of anonymous cards, hydrated in ONE query.
// Nothing is cached between requests: a profile or vacancy saved a moment ago is ranked as it is now.

/** Results per page, and how far down the ranking the pages go. */
export const RECOMMENDATIONS_PAGE_SIZE = 10;
export const RECOMMENDATIONS_MAX = 100;

export type RecommendationFilters = Required<PrefilterOptions>;

export type RecommendedCandidate = {
  rank: number;
  /** 0..100, one decimal. */
  score: number;
  eligible: boolean;
  factors: MatchFactor[];
  gaps: string[];
  card: AnonymousCandidateCard;
};

export type CandidateRecommendations = {
  vacancy: { id: string; title: string; nocCode: string | null; regionCode: string | null; inCmm: boolean; municipalityName: string; status: string };
  items: RecommendedCandidate[];
  page: number;
  pageSize: number;
  /** Whether a next page exists (within RECOMMENDATIONS_MAX). */
  hasMore: boolean;
  /** How the answer was computed: the prefilter classes read, the profile rows read and the full records read. */
  stats: { tiers: string[]; profilesScored: number; recordsRead: number };
};

/**
 * The best candidates for one of the actor's vacancies, one page at a time, with the engine's explanation of each.
 * Only profiles visible to employers, included in matching and confirmed within 12 months; anonymous cards only.
 * Throws ForbiddenError (not a verified organisation's member) or NotFoundError (not the actor's vacancy).
 */
export async function recommendCandidatesForVacancy(
  actor: SessionUser,
  vacancyId: string,
  opts: { page?: number; pageSize?: number; filters?: Partial<RecommendationFilters>; locale?: Locale; now?: Date } = {},
): Promise<CandidateRecommendations> {
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const pageSize = Math.min(Math.max(Math.floor(opts.pageSize ?? RECOMMENDATIONS_PAGE_SIZE), 1), 50);
  const maxPage = Math.max(1, Math.floor(RECOMMENDATIONS_MAX / pageSize));
  const page = Math.min(Math.max(Math.floor(opts.page ?? 1), 1), maxPage);
  const limit = page * pageSize;

  const v = await getVacancyForMatching(actor, vacancyId);
  const context = { ...(await getMatchContext(now)), vacancyInCmm: v.inCmm };
  const pv = prepareVacancy(v.vacancy, context);

  const { ranked, tiers, profilesScored, recordsRead } = await rankPool(actor, pv, limit, locale, opts.filters ?? {}, now);
  const pageResults = ranked.slice((page - 1) * pageSize, page * pageSize);
  const sources = await getMatchCardSources(actor, pageResults.map((r) => r.candidateId), now);
  const titles = await getUnitGroupTitles([...sources.values()].flatMap((s) => s.occupations.map((o) => o.nocCode)), locale);
  const items: RecommendedCandidate[] = [];
  for (const r of pageResults) {
    const source = sources.get(r.candidateId);
    if (!source) continue; // left the pool a moment ago (consent withdrawn)
    items.push({ rank: r.rank, score: r.score, eligible: r.eligible, factors: r.factors, gaps: r.gaps, card: toAnonymousCard(source, { locale, now, unitGroupTitles: titles }) });
  }
  return {
    vacancy: { id: v.vacancy.id, title: v.title, nocCode: v.vacancy.nocCode ?? null, regionCode: v.vacancy.regionCode ?? null, inCmm: v.inCmm, municipalityName: v.municipalityName, status: v.status },
    items,
    page,
    pageSize,
    hasMore: ranked.length === limit && page < maxPage,
    stats: { tiers, profilesScored, recordsRead },
  };
}

/**
 * The exact top `limit` of the matching pool for a prepared vacancy (rankThroughPlan: prefilter classes, cheap
 * summaries, full records only for profiles that can still enter). Exported for the benchmark.
 */
export async function rankPool(
  actor: SessionUser,
  pv: ReturnType<typeof prepareVacancy>,
  limit: number,
  locale: Locale,
  filters: PrefilterOptions,
  now: Date,
): Promise<{ ranked: MatchResult[]; tiers: string[]; profilesScored: number; recordsRead: number }> {
  const r = await rankThroughPlan(
    pv,
    { summaries: (f) => listMatchPoolSummaries(actor, f, now), records: (ids) => getMatchPoolRecords(actor, ids, now) },
    { limit, locale, options: filters },
  );
  return { ranked: r.ranked, tiers: r.tiers, profilesScored: r.summariesRead, recordsRead: r.recordsRead };
}

// ---------- recommended vacancies for a candidate ----------

export type RecommendedVacancy = {
  rank: number;
  score: number;
  eligible: boolean;
  factors: MatchFactor[];
  gaps: string[];
  vacancy: VacancyListing;
};

export type VacancyRecommendationFilters = {
  /** Only vacancies outside the Montréal metropolitan community. */
  outsideCmmOnly?: boolean;
  /** Only vacancies whose language requirements the candidate meets. */
  eligibleOnly?: boolean;
};

export type VacancyRecommendations = {
  items: RecommendedVacancy[];
  /** The candidate's matching consent: without it employers do not see them in their recommendations. */
  includedInMatching: boolean;
  visibleToEmployers: boolean;
  /** How many published vacancies were ranked. */
  ranked: number;
};

/**
 * The published vacancies of verified organisations, ranked for the signed-in candidate with the same engine in the
 * other direction. Works whatever the candidate's consents (it is their own profile); says whether employers can
 * see them in return.
 */
export async function recommendVacanciesForCandidate(
  actor: SessionUser,
  opts: { limit?: number; filters?: VacancyRecommendationFilters; locale?: Locale; now?: Date } = {},
): Promise<VacancyRecommendations> {
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const limit = Math.min(Math.max(Math.floor(opts.limit ?? 20), 1), 100);
  const me = await getMyMatchProfile(actor);
  if (!me) return { items: [], includedInMatching: false, visibleToEmployers: false, ranked: 0 };
  const context = await getMatchContext(now);
  const kinds = await listVacancyKindsForMatching(actor, now, { outsideCmmOnly: opts.filters?.outsideCmmOnly });
  // Vacancies are read (skills, minimums) only while their kind can still enter the top; what the page shows, for the top only.
  const source = {
    vacancies: (batch: readonly VacancyKind[]) => getVacanciesOfKinds(actor, batch, now),
    requiredSkills: (batch: readonly VacancyKind[]) => getRequiredSkillsOfKinds(actor, batch, now),
  };
  const { ranked } = await rankVacanciesThroughKinds(me.candidate, kinds, source, { limit, locale, context, eligibleOnly: opts.filters?.eligibleOnly });
  const listings = await getVacancyListings(actor, ranked.map((r) => r.vacancyId), now);
  const items: RecommendedVacancy[] = [];
  for (const r of ranked) {
    const vacancy = listings.get(r.vacancyId);
    if (vacancy) items.push({ rank: items.length + 1, score: r.score, eligible: r.eligible, factors: r.factors, gaps: r.gaps, vacancy }); // unless withdrawn a moment ago
  }
  return {
    items,
    includedInMatching: me.includedInMatching,
    visibleToEmployers: me.visibleToEmployers,
    ranked: kinds.reduce((n, k) => n + k.count, 0),
  };
}
