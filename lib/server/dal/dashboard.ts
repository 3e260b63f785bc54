import "server-only";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/auth";
import { getAdvisorScope, type AdvisorScope } from "@/lib/server/dal/handovers";
import { Prisma } from "@/lib/generated/prisma/client";
import { hiddenIfConfirmedBefore } from "@/lib/domain/candidate/freshness";
import { addDays } from "@/lib/domain/integration/working-days";
import { monthsOf, retentionFigure, share, type Period, type RetentionFigure } from "@/lib/domain/integration/dashboard";

// The regionalisation dashboard: every figure is one SQL query over the live tables, for a period (Québec calendar
// dates, both included) and the actor's scope (an advisor's regions; every region for an administrator). The rules,
// also written in docs/decisions/0012-accompagnement-quebec.md:
//
//  - Timestamps are stored in UTC; a period's days are Québec's (`local(ts)` below).
//  - A hire is a pipeline entry in HIRED; its moment is its move to HIRED; its region is the vacancy's.
//  - Open positions: positions not yet filled of vacancies PUBLISHED and not expired now, first published in the period.
//  - Candidates interested in a region: profiles in the pool (visible to employers or included in matching,
//    confirmed within the last 12 months) confirmed during the period, who chose the region or are open to any
//    region outside the Montréal area (regions not entirely in the CMM).
//  - Unmet demand: open positions of vacancies for which NO candidate is eligible, eligible meaning: visible to
//    employers and confirmed within 12 months, the vacancy's NOC among their occupations, the vacancy's region among
//    their choices (or open to any region outside the CMM for a vacancy outside it), and a French level at least the
//    vacancy's minimum when it has one. A deliberately simple rule (no skills, no experience): the demand no
//    candidate could even be proposed for.
//  - Time to fill: days from the vacancy's first publication to the hire, median per region, hires of the period.
//  - Retention at 6 and 12 months: among follow-ups of that milestone recorded in the period (the advisor's answer
//    when both the advisor and the person answered), the share "still in the region". Follow-ups exist only for people
//    who share their profile with advisors, and count only while they still do.
//  - The share of hires outside the CMM is the policy's province-wide figure: every region, whatever the scope.
//  - French levels of hired people: the hired person's level (Échelle québécoise, the lower of oral and written).

const local = (column: Prisma.Sql) => Prisma.sql`((${column}) AT TIME ZONE 'UTC' AT TIME ZONE 'America/Toronto')`;

/** [from 00:00, to + 1 day 00:00) in Québec time, on a UTC timestamp column. */
function inPeriod(column: Prisma.Sql, p: Period) {
  return Prisma.sql`${local(column)} >= ${p.from}::date AND ${local(column)} < ${addDays(p.to, 1)}::date`;
}

function regionFilter(column: Prisma.Sql, scope: AdvisorScope) {
  return scope.regions === null ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(string_to_array(${scope.regions.join(",")}, ','))`;
}

/** The hires of the period (CTE "hires"): entry, moment, region, in the CMM or not, NOC, published, profile. */
function hiresCte(p: Period) {
  return Prisma.sql`hires AS (
    SELECT e."id" AS entry_id, min(m."at") AS hired_at, j."regionCode" AS region, j."inCmm" AS in_cmm, j."nocCode" AS noc,
           coalesce(j."firstPublishedAt", j."publishedAt", j."createdAt") AS published_at, e."candidateProfileId" AS profile_id
    FROM "PipelineMove" m
    JOIN "PipelineEntry" e ON e."id" = m."entryId" AND e."stage" = 'HIRED'
    JOIN "JobPosting" j ON j."id" = e."jobPostingId"
    WHERE m."toStage" = 'HIRED'
    GROUP BY e."id", j."regionCode", j."inCmm", j."nocCode", j."firstPublishedAt", j."publishedAt", j."createdAt", e."candidateProfileId"
    HAVING ${inPeriod(Prisma.sql`min(m."at")`, p)}
  )`;
}

/** Open vacancies first published in the period, with their open positions and whether anyone is eligible (CTE "open_jobs"). */
function openJobsCte(p: Period, now: Date) {
  const freshAfter = hiddenIfConfirmedBefore(now);
  return Prisma.sql`open_jobs AS (
    SELECT j."id", j."regionCode" AS region, j."nocCode" AS noc, greatest(j."positions" - j."positionsFilled", 0) AS open_positions,
           NOT EXISTS (
             SELECT 1 FROM "CandidateProfile" c JOIN "User" u ON u."id" = c."userId" AND u."role" = 'CANDIDATE'
             WHERE c."visibleToEmployers" AND c."confirmedAt" > ${freshAfter}
               AND j."nocCode" = ANY(c."nocCodes")
               AND (j."regionCode" = ANY(c."preferredRegionCodes") OR (c."openToAnyRegionOutsideCmm" AND NOT j."inCmm"))
               AND (j."minFrenchLevel" IS NULL OR c."frenchLevel" >= j."minFrenchLevel")
           ) AS unmet
    FROM "JobPosting" j
    WHERE j."status" = 'PUBLISHED' AND (j."expiresAt" IS NULL OR j."expiresAt" > ${now})
      AND ${inPeriod(Prisma.sql`coalesce(j."firstPublishedAt", j."publishedAt", j."createdAt")`, p)}
  )`;
}

export type RegionFigures = {
  regionCode: string;
  nameFr: string;
  nameEn: string;
  cmmStatus: "OUTSIDE" | "PARTIAL" | "INSIDE";
  openPositions: number;
  candidatesInterested: number;
  hires: number;
  hiresOutsideCmm: number;
  unmetPositions: number;
  medianDaysToFill: number | null;
  filledHires: number;
  /** Small counts withheld (retentionFigure): nothing that leaves the data layer tells whether one person stayed. */
  retention6: RetentionFigure;
  retention12: RetentionFigure;
};

type RegionRow = {
  code: string; nameFr: string; nameEn: string; cmmStatus: RegionFigures["cmmStatus"];
  open_positions: number; interested: number; hires: number; hires_outside: number; unmet_positions: number;
  median_days: number | null; filled: number; r6_n: number; r6_stayed: number; r12_n: number; r12_stayed: number;
};

async function regionFigures(scope: AdvisorScope, p: Period, now: Date): Promise<RegionFigures[]> {
  const freshAfter = hiddenIfConfirmedBefore(now);
  const rows = await db.$queryRaw<RegionRow[]>`
    WITH ${hiresCte(p)}, ${openJobsCte(p, now)},
    open_by_region AS (
      SELECT region, sum(open_positions)::int AS open_positions, sum(CASE WHEN unmet THEN open_positions ELSE 0 END)::int AS unmet_positions
      FROM open_jobs GROUP BY region
    ),
    hires_by_region AS (
      SELECT region, count(*)::int AS hires, count(*) FILTER (WHERE NOT in_cmm)::int AS hires_outside,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM hired_at - published_at) / 86400.0) AS median_days,
             count(*)::int AS filled
      FROM hires GROUP BY region
    ),
    follow AS (
      SELECT DISTINCT ON (f."handOverId", f."milestone") h."regionCode" AS region, f."milestone", f."stillInRegion"
      FROM "FollowUp" f
      JOIN "HandOver" h ON h."id" = f."handOverId"
      JOIN "CandidateProfile" c ON c."id" = h."candidateProfileId" AND c."sharedWithAdvisors"
      WHERE f."milestone" IN ('M6', 'M12') AND ${inPeriod(Prisma.sql`f."recordedAt"`, p)}
      ORDER BY f."handOverId", f."milestone", (f."source" = 'ADVISOR') DESC, f."recordedAt" DESC
    ),
    retention AS (
      SELECT region,
             count(*) FILTER (WHERE "milestone" = 'M6')::int AS r6_n, count(*) FILTER (WHERE "milestone" = 'M6' AND "stillInRegion")::int AS r6_stayed,
             count(*) FILTER (WHERE "milestone" = 'M12')::int AS r12_n, count(*) FILTER (WHERE "milestone" = 'M12' AND "stillInRegion")::int AS r12_stayed
      FROM follow GROUP BY region
    ),
    interested AS (
      SELECT r."code" AS region, count(c."id")::int AS interested
      FROM "Region" r
      JOIN "CandidateProfile" c ON (r."code" = ANY(c."preferredRegionCodes") OR (c."openToAnyRegionOutsideCmm" AND r."cmmStatus" <> 'INSIDE'))
      JOIN "User" u ON u."id" = c."userId" AND u."role" = 'CANDIDATE'
      WHERE (c."visibleToEmployers" OR c."includedInMatching") AND c."confirmedAt" > ${freshAfter}
        AND ${inPeriod(Prisma.sql`c."confirmedAt"`, p)}
      GROUP BY r."code"
    )
    SELECT r."code", r."nameFr", r."nameEn", r."cmmStatus"::text AS "cmmStatus",
           coalesce(o.open_positions, 0) AS open_positions, coalesce(i.interested, 0) AS interested,
           coalesce(h.hires, 0) AS hires, coalesce(h.hires_outside, 0) AS hires_outside, coalesce(o.unmet_positions, 0) AS unmet_positions,
           h.median_days::float8 AS median_days, coalesce(h.filled, 0) AS filled,
           coalesce(t.r6_n, 0) AS r6_n, coalesce(t.r6_stayed, 0) AS r6_stayed, coalesce(t.r12_n, 0) AS r12_n, coalesce(t.r12_stayed, 0) AS r12_stayed
    FROM "Region" r
    LEFT JOIN open_by_region o ON o.region = r."code"
    LEFT JOIN hires_by_region h ON h.region = r."code"
    LEFT JOIN retention t ON t.region = r."code"
    LEFT JOIN interested i ON i.region = r."code"
    WHERE ${regionFilter(Prisma.sql`r."code"`, scope)}
    ORDER BY r."code"`;
  return rows.map((r) => ({
    regionCode: r.code,
    nameFr: r.nameFr,
    nameEn: r.nameEn,
    cmmStatus: r.cmmStatus,
    openPositions: r.open_positions,
    candidatesInterested: r.interested,
    hires: r.hires,
    hiresOutsideCmm: r.hires_outside,
    unmetPositions: r.unmet_positions,
    medianDaysToFill: r.median_days === null ? null : Math.round(r.median_days * 10) / 10,
    filledHires: r.filled,
    retention6: retentionFigure(r.r6_n, r.r6_stayed),
    retention12: retentionFigure(r.r12_n, r.r12_stayed),
  }));
}

export type MonthFigures = { month: string; hires: number; hiresOutsideCmm: number; shareOutsideCmm: number | null };

/** Hires per month of the period, province-wide, and the share outside the CMM (months without hires included). */
async function monthlyShare(p: Period): Promise<MonthFigures[]> {
  const rows = await db.$queryRaw<{ month: string; hires: number; outside: number }[]>`
    WITH ${hiresCte(p)}
    SELECT to_char(date_trunc('month', ${local(Prisma.sql`hired_at`)}), 'YYYY-MM') AS month, count(*)::int AS hires, count(*) FILTER (WHERE NOT in_cmm)::int AS outside
    FROM hires GROUP BY 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsOf(p).map((month) => {
    const r = byMonth.get(month);
    const hires = r?.hires ?? 0;
    const outside = r?.outside ?? 0;
    return { month, hires, hiresOutsideCmm: outside, shareOutsideCmm: share(outside, hires) };
  });
}

export type FrenchLevelFigures = { level: number | null; hires: number };

/** Hired people of the period (scope) by French level, 1 to 12 then unknown, every level listed. */
async function frenchLevels(scope: AdvisorScope, p: Period): Promise<FrenchLevelFigures[]> {
  const rows = await db.$queryRaw<{ level: number | null; n: number }[]>`
    WITH ${hiresCte(p)}
    SELECT c."frenchLevel" AS level, count(*)::int AS n
    FROM hires JOIN "CandidateProfile" c ON c."id" = hires.profile_id
    WHERE ${regionFilter(Prisma.sql`hires.region`, scope)}
    GROUP BY c."frenchLevel"`;
  const by = new Map(rows.map((r) => [r.level, r.n]));
  return [...Array.from({ length: 12 }, (_, k) => k + 1), null].map((level) => ({ level, hires: by.get(level) ?? 0 }));
}

export type OccupationFigures = { regionCode: string; nocCode: string; titleFr: string; titleEn: string; unmetPositions: number; rank: number };

/** Per region, the three occupations with the most unmet open positions. */
async function unmetOccupations(scope: AdvisorScope, p: Period, now: Date): Promise<OccupationFigures[]> {
  const rows = await db.$queryRaw<{ region: string; noc: string; titleFr: string | null; titleEn: string | null; unmet: number; rank: number }[]>`
    WITH ${openJobsCte(p, now)},
    by_noc AS (
      SELECT region, noc, sum(open_positions)::int AS unmet,
             row_number() OVER (PARTITION BY region ORDER BY sum(open_positions) DESC, noc) AS rank
      FROM open_jobs WHERE unmet AND open_positions > 0 AND ${regionFilter(Prisma.sql`region`, scope)}
      GROUP BY region, noc
    )
    SELECT b.region, b.noc, n."titleFr", n."titleEn", b.unmet, b.rank::int AS rank
    FROM by_noc b LEFT JOIN "NocUnitGroup" n ON n."code" = b.noc
    WHERE b.rank <= 3
    ORDER BY b.region, b.rank`;
  return rows.map((r) => ({ regionCode: r.region, nocCode: r.noc, titleFr: r.titleFr ?? r.noc, titleEn: r.titleEn ?? r.noc, unmetPositions: r.unmet, rank: r.rank }));
}

export type Dashboard = {
  period: Period;
  /** null: every region (administrator). */
  scopeRegions: string[] | null;
  regions: RegionFigures[];
  months: MonthFigures[];
  frenchLevels: FrenchLevelFigures[];
  occupations: OccupationFigures[];
  totals: { openPositions: number; candidatesInterested: number; hires: number; unmetPositions: number; hiresProvince: number; hiresOutsideCmmProvince: number; shareOutsideCmmProvince: number | null };
};

/** Every figure of the dashboard for the period, in the actor's scope. */
export async function getDashboard(actor: SessionUser, period: Period, now = new Date()): Promise<Dashboard> {
  const scope = await getAdvisorScope(actor);
  const [regions, months, french, occupations] = await Promise.all([regionFigures(scope, period, now), monthlyShare(period), frenchLevels(scope, period), unmetOccupations(scope, period, now)]);
  const sum = (k: "openPositions" | "candidatesInterested" | "hires" | "unmetPositions") => regions.reduce((s, r) => s + r[k], 0);
  const hiresProvince = months.reduce((s, m) => s + m.hires, 0);
  const outsideProvince = months.reduce((s, m) => s + m.hiresOutsideCmm, 0);
  return {
    period,
    scopeRegions: scope.regions,
    regions,
    months,
    frenchLevels: french,
    occupations,
    totals: {
      openPositions: sum("openPositions"),
      candidatesInterested: sum("candidatesInterested"),
      hires: sum("hires"),
      unmetPositions: sum("unmetPositions"),
      hiresProvince,
      hiresOutsideCmmProvince: outsideProvince,
      shareOutsideCmmProvince: share(outsideProvince, hiresProvince),
    },
  };
}
