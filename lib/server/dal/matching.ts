import "server-only";
import { db } from "@/lib/server/db";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { NotFoundError } from "@/lib/server/errors";
import { getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { publicVacancySql, publicVacancyWhere } from "@/lib/server/dal/vacancies";
import { CARD_SELECT } from "@/lib/server/dal/candidate-pool";
import { Prisma } from "@/lib/generated/prisma/client";
import { hiddenIfConfirmedBefore } from "@/lib/domain/candidate/freshness";
import type { CardSource } from "@/lib/domain/candidate/anonymous-card";
import type { MatchKeyFilter, MatchSummary } from "@/lib/domain/matching-features";
import type { KindRequiredSkills, VacancyKind } from "@/lib/domain/matching-vacancy-plan";
import type { MatchCandidate, MatchVacancy } from "@/lib/domain/matching";
import { toIsoDate } from "@/lib/domain/vacancy/dates";

// Data access for matching. Profiles are read in SQL, not through Prisma's query builder, because the prefilter
// reads the generated "matchKeys" column Prisma does not know (migration 20261130161000_matching_keys). Who may
// see a profile is the candidate engineer's rule (lib/server/dal/candidate-pool.ts, visibleToEmployersWhere):
// visible to employers, confirmed within 12 months (hiddenIfConfirmedBefore), a candidate's account; matching
// adds the matching consent. The SQL below says exactly that (tests/integration/matching.test.ts compares it
// with visibleToEmployersWhere), and never reads a name, contact or country.

/** The employer's own vacancy as the engine reads it, with what the recommendations page shows about it. */
export type VacancyForMatching = {
  vacancy: MatchVacancy;
  inCmm: boolean;
  title: string;
  status: string;
  municipalityName: string;
  version: number;
};

/**
 * One vacancy of the actor's organisation, for ranking candidates. The organisation must be VERIFIED (searching
 * candidates needs it, as in candidate-pool.ts); another organisation's vacancy is "not found".
 */
export async function getVacancyForMatching(actor: SessionUser, vacancyId: string): Promise<VacancyForMatching> {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  const v = await db.jobPosting.findFirst({
    where: { id: vacancyId, employerId },
    select: {
      id: true, title: true, nocCode: true, regionCode: true, municipalityCode: true, inCmm: true, requiredSkills: true, assetSkills: true,
      minFrenchLevel: true, minEnglishLevel: true, minExperienceYears: true, minEducation: true, startDate: true, status: true, version: true,
      municipality: { select: { name: true } },
    },
  });
  if (!v) throw new NotFoundError("vacancy.errors.notFound");
  return {
    vacancy: toEngineVacancy(v),
    inCmm: v.inCmm,
    title: v.title,
    status: v.status,
    municipalityName: v.municipality.name,
    version: v.version,
  };
}

type VacancyColumns = {
  id: string; title: string; nocCode: string; regionCode: string; municipalityCode: string; requiredSkills: string[]; assetSkills: string[];
  minFrenchLevel: number | null; minEnglishLevel: number | null; minExperienceYears: number | null; minEducation: string | null; startDate: Date | null;
};

/** The explicit mapping from a vacancy row to the engine's vacancy (only the fields of the contract). */
export function toEngineVacancy(v: VacancyColumns): MatchVacancy {
  return {
    id: v.id,
    nocCode: v.nocCode,
    title: v.title,
    regionCode: v.regionCode,
    municipalityCode: v.municipalityCode,
    requiredSkills: v.requiredSkills,
    assetSkills: v.assetSkills,
    minFrenchLevel: v.minFrenchLevel,
    minEnglishLevel: v.minEnglishLevel,
    minExperienceYears: v.minExperienceYears,
    minEducation: (v.minEducation as MatchVacancy["minEducation"]) ?? null,
    startDate: v.startDate ? toIsoDate(v.startDate) : null,
  };
}

// ---------- the pool of candidates ----------

/** What the engine reads of a profile: a plain record for toMatchCandidate (which copies only its fields). */
export type MatchPoolRow = {
  id: string;
  occupations: { nocCode: string; years: number }[];
  skills: string[];
  frenchLevel: number | null;
  englishLevel: number | null;
  education: string | null;
  preferredRegionCodes: string[];
  openToAnyRegionOutsideCmm: boolean;
  /** YYYY-MM-DD */
  availableFrom: string | null;
};

/** The matching pool: both consents (key c:match), confirmed within 12 months, a candidate's account. */
function poolSql(now: Date): Prisma.Sql {
  return Prisma.sql`p."confirmedAt" > ${hiddenIfConfirmedBefore(now)}
    AND p."matchKeys" @> ARRAY['c:match']::text[]
    AND (SELECT u."role" FROM "User" u WHERE u."id" = p."userId") = 'CANDIDATE'`;
}

/** The SQL of a MatchKeyFilter (lib/domain/matching-features.ts); the positive conditions use the GIN index. */
function filterSql(f: MatchKeyFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.all.length) parts.push(Prisma.sql`p."matchKeys" @> ${f.all}::text[]`);
  for (const g of f.anyOf) parts.push(Prisma.sql`p."matchKeys" && ${g}::text[]`);
  for (const g of f.noneOf) parts.push(Prisma.sql`NOT (p."matchKeys" && ${g}::text[])`);
  if (f.notAll.length) parts.push(Prisma.sql`NOT (p."matchKeys" @> ${f.notAll}::text[])`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/**
 * Every profile of the matching pool in any of the key filters, as the engine reads it, in ONE query (occupations are
 * aggregated in the same statement). The occupations are those the keys were derived from (nocCodes), so that
 * the prefilter and the engine can never disagree about them. Anonymous: no identity column is read.
 */
export async function listMatchPoolRows(actor: SessionUser, filters: readonly MatchKeyFilter[], now: Date): Promise<MatchPoolRow[]> {
  assertRole(actor, "EMPLOYER", "ADVISOR", "ADMIN");
  if (filters.length === 0) return [];
  // The filters of one tier are disjoint classes: UNION ALL keeps each branch a plain GIN scan (an OR of them
  // makes the planner fall back to reading the whole table).
  const branches = filters.map(
    (f) => Prisma.sql`SELECT p."id",
      (SELECT coalesce(json_agg(json_build_object('nocCode', o."nocCode", 'years', o."years")), '[]'::json)
         FROM "CandidateOccupation" o WHERE o."profileId" = p."id" AND o."nocCode" = ANY(p."nocCodes")) AS "occupations",
      coalesce(p."skillLabels", '{}') AS "skills", p."frenchLevel", p."englishLevel", p."education"::text AS "education",
      coalesce(p."preferredRegionCodes", '{}') AS "preferredRegionCodes", p."openToAnyRegionOutsideCmm", to_char(p."availableFrom", 'YYYY-MM-DD') AS "availableFrom"
    FROM "CandidateProfile" p
    WHERE ${poolSql(now)} AND ${filterSql(f)}`,
  );
  return db.$queryRaw<MatchPoolRow[]>(Prisma.join(branches, " UNION ALL "));
}

/**
 * The pool's rule without the account check (a second index probe per row): for the cheap first pass only.
 * Freshness is checked on the rows the GIN index found ("+ 0 seconds" keeps the planner from also scanning the
 * consent/confirmation B-tree for most of the table: 90 ms of 180 at a million profiles).
 */
function poolRowSql(now: Date): Prisma.Sql {
  return Prisma.sql`p."confirmedAt" + interval '0 seconds' > ${hiddenIfConfirmedBefore(now)} AND p."matchKeys" @> ARRAY['c:match']::text[]`;
}

/**
 * The first, cheap pass of the prefilter: the profile rows in any of the key filters, without the years of each
 * occupation and without the account check (both read afterwards, by getMatchPoolRecords, for the few profiles
 * that can still enter the ranking). One query; anonymous.
 */
export async function listMatchPoolSummaries(actor: SessionUser, filters: readonly MatchKeyFilter[], now: Date): Promise<MatchSummary[]> {
  assertRole(actor, "EMPLOYER", "ADVISOR", "ADMIN");
  if (filters.length === 0) return [];
  const branches = filters.map(
    (f) => Prisma.sql`SELECT p."id", coalesce(p."nocCodes", '{}') AS "nocCodes", coalesce(p."skillLabels", '{}') AS "skills", p."frenchLevel", p."englishLevel",
      p."education"::text AS "education", coalesce(p."preferredRegionCodes", '{}') AS "preferredRegionCodes", p."openToAnyRegionOutsideCmm",
      to_char(p."availableFrom", 'YYYY-MM-DD') AS "availableFrom"
    FROM "CandidateProfile" p
    WHERE ${poolRowSql(now)} AND ${filterSql(f)}`,
  );
  return db.$queryRaw<MatchSummary[]>(Prisma.join(branches, " UNION ALL "));
}

/** Full engine rows of these profiles, with the whole pool rule (a profile that left the pool is missing). One query. */
export async function getMatchPoolRecords(actor: SessionUser, ids: readonly string[], now: Date): Promise<MatchPoolRow[]> {
  assertRole(actor, "EMPLOYER", "ADVISOR", "ADMIN");
  if (ids.length === 0) return [];
  return db.$queryRaw<MatchPoolRow[]>`
    SELECT p."id",
      (SELECT coalesce(json_agg(json_build_object('nocCode', o."nocCode", 'years', o."years")), '[]'::json)
         FROM "CandidateOccupation" o WHERE o."profileId" = p."id" AND o."nocCode" = ANY(p."nocCodes")) AS "occupations",
      coalesce(p."skillLabels", '{}') AS "skills", p."frenchLevel", p."englishLevel", p."education"::text AS "education",
      coalesce(p."preferredRegionCodes", '{}') AS "preferredRegionCodes", p."openToAnyRegionOutsideCmm", to_char(p."availableFrom", 'YYYY-MM-DD') AS "availableFrom"
    FROM "CandidateProfile" p
    WHERE p."id" = ANY(${[...ids]}::text[]) AND ${poolSql(now)}`;
}

/** How many profiles are in the matching pool (for the page's "out of N"): one index-assisted count. */
export async function countMatchPool(actor: SessionUser, now: Date): Promise<number> {
  assertRole(actor, "EMPLOYER", "ADVISOR", "ADMIN");
  const [r] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "CandidateProfile" p WHERE ${poolSql(now)}`;
  return r?.n ?? 0;
}

// List columns of CandidateProfile: NULL in a row never written reads as [] (as Prisma reads it).
const LIST_COLUMNS = new Set(["preferredRegionCodes", "workTypes", "nocCodes", "skillLabels", "skillKeys"]);

// Columns of the anonymous card (CARD_SELECT of the candidate engineer), read in the same single query.
const CARD_COLUMNS = Prisma.raw(
  Object.keys(CARD_SELECT)
    .filter((k) => k !== "occupations")
    .map((k) => (k === "education" ? `p."education"::text AS "education"` : LIST_COLUMNS.has(k) ? `coalesce(p."${k}", '{}') AS "${k}"` : `p."${k}"`))
    .join(", "),
);

/**
 * The anonymous cards' sources of one page of ranked profiles, in ONE query, in the order of `ids`. Profiles that
 * left the pool between ranking and now (consent withdrawn) are simply missing.
 */
export async function getMatchCardSources(actor: SessionUser, ids: readonly string[], now: Date): Promise<Map<string, CardSource>> {
  assertRole(actor, "EMPLOYER", "ADVISOR", "ADMIN");
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<CardSource[]>`
    SELECT ${CARD_COLUMNS},
      (SELECT coalesce(json_agg(json_build_object('nocCode', o."nocCode", 'years', o."years") ORDER BY o."years" DESC), '[]'::json)
         FROM "CandidateOccupation" o WHERE o."profileId" = p."id") AS "occupations"
    FROM "CandidateProfile" p
    WHERE p."id" = ANY(${[...ids]}::text[]) AND ${poolSql(now)}`;
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------- the other direction: vacancies for a candidate ----------

/** The signed-in candidate's own profile as the engine reads it, with the consent that puts it in front of employers. */
export async function getMyMatchProfile(actor: SessionUser): Promise<{ candidate: MatchCandidate; includedInMatching: boolean; visibleToEmployers: boolean } | null> {
  assertRole(actor, "CANDIDATE");
  const p = await db.candidateProfile.findUnique({
    where: { userId: actor.id },
    select: {
      id: true, skillLabels: true, frenchLevel: true, englishLevel: true, education: true, preferredRegionCodes: true, openToAnyRegionOutsideCmm: true,
      availableFrom: true, includedInMatching: true, visibleToEmployers: true,
      occupations: { select: { nocCode: true, years: true } },
    },
  });
  if (!p) return null;
  return {
    candidate: {
      id: p.id,
      occupations: p.occupations,
      skills: p.skillLabels,
      frenchLevel: p.frenchLevel,
      englishLevel: p.englishLevel,
      education: p.education,
      preferredRegionCodes: p.preferredRegionCodes,
      openToAnyRegionOutsideCmm: p.openToAnyRegionOutsideCmm,
      availableFrom: p.availableFrom ? toIsoDate(p.availableFrom) : null,
    },
    includedInMatching: p.includedInMatching,
    visibleToEmployers: p.visibleToEmployers,
  };
}

/** A published vacancy as the recommended-vacancies page shows it. */
export type VacancyListing = {
  id: string;
  title: string;
  nocCode: string;
  employerName: string;
  municipalityName: string;
  regionCode: string;
  inCmm: boolean;
  startDate: string | null;
  offersHousingHelp: boolean;
  offersRelocation: boolean;
  offersFrancisation: boolean;
  offersImmigrationHelp: boolean;
};

/**
 * The kinds of vacancy on the public board (published, not expired, verified organisations: publicVacancyWhere of
 * the employer engineer), what the ranking's bound needs (lib/domain/matching-vacancy-plan.ts): one GROUP BY, a
 * few hundred rows for the whole board. `outsideCmmOnly`: only vacancies outside the Montréal metropolitan community.
 */
export async function listVacancyKindsForMatching(actor: SessionUser, now: Date, opts: { outsideCmmOnly?: boolean } = {}): Promise<VacancyKind[]> {
  assertRole(actor, "CANDIDATE", "ADVISOR", "ADMIN");
  const groups = await db.jobPosting.groupBy({
    by: ["nocCode", "regionCode", "inCmm", "minFrenchLevel", "minEnglishLevel"],
    where: { ...publicVacancyWhere(now), ...(opts.outsideCmmOnly ? { inCmm: false } : {}) },
    _max: { startDate: true },
    _count: { _all: true, startDate: true },
  });
  return groups.map((g) => ({
    nocCode: g.nocCode,
    regionCode: g.regionCode,
    inCmm: g.inCmm,
    minFrenchLevel: g.minFrenchLevel,
    minEnglishLevel: g.minEnglishLevel,
    latestStartDate: g._max.startDate ? toIsoDate(g._max.startDate) : null,
    someWithoutStartDate: g._count.startDate < g._count._all,
    count: g._count._all,
  }));
}

/** The public board's vacancies of these kinds, as the engine reads them (one query, no join but the board's own rule). */
export async function getVacanciesOfKinds(actor: SessionUser, kinds: readonly VacancyKind[], now: Date): Promise<{ vacancy: MatchVacancy; inCmm: boolean }[]> {
  assertRole(actor, "CANDIDATE", "ADVISOR", "ADMIN");
  if (kinds.length === 0) return [];
  const rows = await db.jobPosting.findMany({
    where: {
      ...publicVacancyWhere(now),
      OR: kinds.map((k) => ({ nocCode: k.nocCode, regionCode: k.regionCode, inCmm: k.inCmm, minFrenchLevel: k.minFrenchLevel, minEnglishLevel: k.minEnglishLevel })),
    },
    select: {
      id: true, title: true, nocCode: true, regionCode: true, municipalityCode: true, inCmm: true, requiredSkills: true, assetSkills: true,
      minFrenchLevel: true, minEnglishLevel: true, minExperienceYears: true, minEducation: true, startDate: true,
    },
  });
  return rows.map((v) => ({ vacancy: toEngineVacancy(v), inCmm: v.inCmm }));
}

/**
 * The required skills of the public board's vacancies of these kinds, kind by kind in their order (one aggregate
 * query; undefined for a kind without vacancies any more). Lowers the recommended vacancies' bounds
 * (lib/domain/matching-vacancy-plan.ts).
 */
export async function getRequiredSkillsOfKinds(actor: SessionUser, kinds: readonly VacancyKind[], now: Date): Promise<(KindRequiredSkills | undefined)[]> {
  assertRole(actor, "CANDIDATE", "ADVISOR", "ADMIN");
  if (kinds.length === 0) return [];
  const rows = await db.$queryRaw<{ k: number; someWithoutRequired: boolean; labels: string[] | null }[]>`
    SELECT k.ord::int AS k, bool_or(cardinality(j."requiredSkills") = 0) AS "someWithoutRequired",
           array_agg(DISTINCT s.label) FILTER (WHERE s.label IS NOT NULL) AS labels
    FROM unnest(${kinds.map((k) => k.nocCode)}::text[], ${kinds.map((k) => k.regionCode)}::text[], ${kinds.map((k) => k.inCmm)}::boolean[],
                ${kinds.map((k) => k.minFrenchLevel)}::int[], ${kinds.map((k) => k.minEnglishLevel)}::int[]) WITH ORDINALITY AS k(noc, region, cmm, fr, en, ord)
    JOIN "JobPosting" j ON j."nocCode" = k.noc AND j."regionCode" = k.region AND j."inCmm" = k.cmm
      AND j."minFrenchLevel" IS NOT DISTINCT FROM k.fr AND j."minEnglishLevel" IS NOT DISTINCT FROM k.en
    LEFT JOIN LATERAL unnest(j."requiredSkills") AS s(label) ON true
    WHERE ${publicVacancySql(now)}
    GROUP BY k.ord`;
  const out: (KindRequiredSkills | undefined)[] = kinds.map(() => undefined);
  for (const r of rows) out[r.k - 1] = { someWithoutRequired: r.someWithoutRequired, labels: r.labels ?? [] };
  return out;
}

/** These vacancies, if still on the public board, as the recommended-vacancies page shows them (one query). */
export async function getVacancyListings(actor: SessionUser, ids: readonly string[], now: Date): Promise<Map<string, VacancyListing>> {
  assertRole(actor, "CANDIDATE", "ADVISOR", "ADMIN");
  if (ids.length === 0) return new Map();
  const rows = await db.jobPosting.findMany({
    where: { ...publicVacancyWhere(now), id: { in: [...ids] } },
    select: {
      id: true, title: true, nocCode: true, regionCode: true, inCmm: true, startDate: true,
      offersHousingHelp: true, offersRelocation: true, offersFrancisation: true, offersImmigrationHelp: true,
      municipality: { select: { name: true } },
      employer: { select: { legalName: true } },
    },
  });
  return new Map(rows.map((v) => [v.id, {
    id: v.id, title: v.title, nocCode: v.nocCode, employerName: v.employer.legalName, municipalityName: v.municipality.name, regionCode: v.regionCode,
    inCmm: v.inCmm, startDate: v.startDate ? toIsoDate(v.startDate) : null, offersHousingHelp: v.offersHousingHelp, offersRelocation: v.offersRelocation,
    offersFrancisation: v.offersFrancisation, offersImmigrationHelp: v.offersImmigrationHelp,
  }]));
}
