import "server-only";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/auth";
import { getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { CARD_SELECT, includedInMatchingWhere, visibleToEmployersWhere } from "@/lib/server/dal/candidate-pool";
import { getUnitGroupTitles, suggestOccupations } from "@/lib/server/dal/occupations";
import { getVacancyForMatching } from "@/lib/server/dal/matching";
import { getMatchContext } from "@/lib/server/services/matching-context";
import { enforceRecruitingLimit, requestIp } from "@/lib/server/dal/recruiting-limits";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rankCandidates } from "@/lib/domain/matching";
import { toAnonymousCard, type AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import { CMM_ONLY_REGION_CODES } from "@/lib/domain/candidate/options";
import { EDUCATION_LEVELS, educationRank, type EducationLevel } from "@/lib/domain/education";
import { canonicalSkillKey } from "@/lib/domain/skills-vocabulary";
import { ANY_REGION_OUTSIDE_CMM, type TCandidateSearchFilters } from "@/lib/schemas/recruiting";
import type { PipelineStage } from "@/lib/domain/recruiting/pipeline";
import type { Locale } from "@/lib/i18n/config";

// The employers' candidate search: anonymous cards of the profiles visible to employers (candidate-pool.ts decides
// who that is), narrowed by the URL's filters, most recently confirmed first, or ranked by the matching engine for
// one of the organisation's vacancies. Saved-search alerts use the same conditions (searchWhere), so that an alert
// and the search it comes from never disagree.

/** How many profiles "relevance" ranks at most (the best of them are paged; the engine ranks 1,000 in a few ms). */
export const RELEVANCE_MAX = 1000;

/**
 * Matches are counted up to this many, and paged as far: past it the page says "more than 1,000" and asks for a
 * narrower search. Counting every match of a broad search read the whole profile table each time (80 ms for one
 * region on 100,000 profiles, 15 ms capped); nobody pages through 50 pages of anonymous cards.
 */
export const SEARCH_COUNT_MAX = 1000;

/**
 * The Prisma conditions of a search's filters (without the visibility rule, which the callers add). `nocCodesForTitle`:
 * the unit groups a typed job title stands for (looked up once by the caller).
 */
export function searchWhere(f: TCandidateSearchFilters, nocCodesForTitle: readonly string[] = []): Prisma.CandidateProfileWhereInput[] {
  const and: Prisma.CandidateProfileWhereInput[] = [];
  if (f.cnp) and.push({ nocCodes: { has: f.cnp } });
  if (f.q) {
    const or: Prisma.CandidateProfileWhereInput[] = [{ occupations: { some: { title: { contains: f.q, mode: "insensitive" } } } }];
    if (nocCodesForTitle.length) or.push({ nocCodes: { hasSome: [...nocCodesForTitle] } });
    and.push({ OR: or });
  }
  if (f.competences?.length) {
    const keys = [...new Set(f.competences.map(canonicalSkillKey).filter(Boolean))];
    if (keys.length) and.push({ skillKeys: { hasEvery: keys } });
  }
  if (f.region === ANY_REGION_OUTSIDE_CMM) and.push({ openToAnyRegionOutsideCmm: true });
  else if (f.region) {
    and.push(
      CMM_ONLY_REGION_CODES.has(f.region)
        ? { preferredRegionCodes: { has: f.region } }
        : { OR: [{ preferredRegionCodes: { has: f.region } }, { openToAnyRegionOutsideCmm: true }] },
    );
  }
  if (f.francais) and.push({ frenchLevel: { gte: f.francais } });
  if (f.dispo) and.push({ availableFrom: { lte: new Date(`${f.dispo}T00:00:00.000Z`) } });
  if (f.experience !== undefined && f.experience > 0) and.push({ occupations: { some: { years: { gte: f.experience }, ...(f.cnp ? { nocCode: f.cnp } : {}) } } });
  if (f.etudes) {
    const min = educationRank(f.etudes);
    and.push({ education: { in: EDUCATION_LEVELS.filter((l: EducationLevel) => educationRank(l) >= min) } });
  }
  if (f.reconnaissance) and.push({ credentialStatus: f.reconnaissance });
  return and;
}

/** The unit groups a typed job title stands for (the five best NOC matches in the reader's language). */
export async function nocCodesForTitle(q: string | undefined, locale: Locale): Promise<string[]> {
  if (!q) return [];
  return (await suggestOccupations(q, { locale, limit: 5 })).map((s) => s.code);
}

export type SearchResult = {
  card: AnonymousCandidateCard;
  /** The engine's score 0..100 for the chosen vacancy (relevance only). */
  score: number | null;
  /** Where this person is in the chosen vacancy's pipeline, if anywhere. */
  pipelineStage: PipelineStage | null;
};

export type CandidateSearchPage = {
  items: SearchResult[];
  /** Matches, at most SEARCH_COUNT_MAX (or RELEVANCE_MAX ranked). */
  total: number;
  /** More profiles match than `total` says (the count stopped at its maximum). */
  moreThanTotal: boolean;
  page: number;
  pageSize: number;
  /** The order applied: relevance needs one of the organisation's vacancies. */
  sort: "fraicheur" | "pertinence";
  /** The vacancy ranked for, when sorting by relevance. */
  vacancy: { id: string; title: string } | null;
};

/**
 * One page of the search, for a member of a VERIFIED organisation (ForbiddenError otherwise). Counts against the
 * organisation's search limit (RateLimitedError past it). Anonymous cards only: no identity column is read.
 * Relevance ranks only people who also accept automatic matching (their consent), at most RELEVANCE_MAX of them.
 */
export async function searchCandidates(
  actor: SessionUser,
  filters: TCandidateSearchFilters,
  opts: { page?: number; pageSize?: number; locale?: Locale; now?: Date; ip?: string | null } = {},
): Promise<CandidateSearchPage> {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  await enforceRecruitingLimit("search", employerId, opts.ip === undefined ? await requestIp() : opts.ip, actor);
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const pageSize = Math.min(Math.max(opts.pageSize ?? 20, 1), 100);
  const page = Math.min(Math.max(opts.page ?? 1, 1), Math.ceil(SEARCH_COUNT_MAX / pageSize));
  const titleCodes = await nocCodesForTitle(filters.q, locale);
  const conditions = searchWhere(filters, titleCodes);

  let ids: string[];
  let total: number;
  let moreThanTotal: boolean;
  let scores = new Map<string, number>();
  let vacancy: CandidateSearchPage["vacancy"] = null;
  if (filters.tri === "pertinence" && filters.poste) {
    const v = await getVacancyForMatching(actor, filters.poste);
    vacancy = { id: v.vacancy.id, title: v.title };
    const rows = await db.candidateProfile.findMany({
      where: { AND: [visibleToEmployersWhere(now), includedInMatchingWhere(now), ...conditions] },
      orderBy: [{ confirmedAt: "desc" }, { id: "asc" }],
      take: RELEVANCE_MAX,
      select: {
        id: true, skillLabels: true, frenchLevel: true, englishLevel: true, education: true, preferredRegionCodes: true, openToAnyRegionOutsideCmm: true, availableFrom: true,
        nocCodes: true, occupations: { select: { nocCode: true, years: true } },
      },
    });
    const context = { ...(await getMatchContext(now)), vacancyInCmm: v.inCmm };
    const ranked = rankCandidates(
      v.vacancy,
      rows.map((r) => ({
        id: r.id,
        occupations: r.occupations.filter((o) => r.nocCodes.includes(o.nocCode)),
        skills: r.skillLabels,
        frenchLevel: r.frenchLevel,
        englishLevel: r.englishLevel,
        education: r.education,
        preferredRegionCodes: r.preferredRegionCodes,
        openToAnyRegionOutsideCmm: r.openToAnyRegionOutsideCmm,
        availableFrom: r.availableFrom ? r.availableFrom.toISOString().slice(0, 10) : null,
      })),
      { limit: Math.max(rows.length, 1), locale, context },
    );
    total = ranked.length;
    moreThanTotal = rows.length === RELEVANCE_MAX;
    ids = ranked.slice((page - 1) * pageSize, page * pageSize).map((r) => r.candidateId);
    scores = new Map(ranked.map((r) => [r.candidateId, r.score]));
  } else {
    const where: Prisma.CandidateProfileWhereInput = { AND: [visibleToEmployersWhere(now), ...conditions] };
    const [count, rows] = await Promise.all([
      db.candidateProfile.count({ where, take: SEARCH_COUNT_MAX + 1 }),
      db.candidateProfile.findMany({ where, select: { id: true }, orderBy: [{ confirmedAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    ]);
    total = Math.min(count, SEARCH_COUNT_MAX);
    moreThanTotal = count > SEARCH_COUNT_MAX;
    ids = rows.map((r) => r.id);
  }

  const [sources, entries] = await Promise.all([
    ids.length ? db.candidateProfile.findMany({ where: { id: { in: ids }, AND: [visibleToEmployersWhere(now)] }, select: CARD_SELECT }) : Promise.resolve([]),
    filters.poste && ids.length
      ? db.pipelineEntry.findMany({ where: { employerId, jobPostingId: filters.poste, candidateProfileId: { in: ids } }, select: { candidateProfileId: true, stage: true } })
      : Promise.resolve([]),
  ]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const stages = new Map(entries.map((e) => [e.candidateProfileId, e.stage]));
  const titles = await getUnitGroupTitles(sources.flatMap((s) => s.occupations.map((o) => o.nocCode)), locale);
  const items: SearchResult[] = [];
  for (const id of ids) {
    const s = byId.get(id);
    if (!s) continue; // hidden a moment ago
    items.push({ card: toAnonymousCard(s, { locale, now, unitGroupTitles: titles }), score: scores.get(id) ?? null, pipelineStage: stages.get(id) ?? null });
  }
  return { items, total, moreThanTotal, page, pageSize, sort: vacancy ? "pertinence" : "fraicheur", vacancy };
}
