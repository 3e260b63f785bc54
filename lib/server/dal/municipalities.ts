import "server-only";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/auth";
import { normalizeText } from "@/lib/domain/text";

// The municipality directory (reference data, public): type-ahead by name and look-ups by code. The region and the
// CMM status of an address always come from here, never from what a form sends.

export type MunicipalityOption = {
  code: string;
  name: string;
  regionCode: string;
  regionNameFr: string;
  regionNameEn: string;
  mrcName: string | null;
  inCmm: boolean;
};

export const MUNICIPALITY_SEARCH_MAX = 20;

/**
 * Municipalities whose name matches what was typed, accents and case ignored ("trois riv" finds Trois-Rivières,
 * "riviere" finds Rivière-du-Loup): exact name first, then names starting with it, then names with a word starting
 * with it (larger towns first in both), then close spellings (pg_trgm similarity). Five digits search the
 * code. Public reference data: any visitor may search (the actor is accepted for a uniform signature).
 */
export async function searchMunicipalities(_actor: SessionUser | null, q: string, limit = 10): Promise<MunicipalityOption[]> {
  const take = Math.min(Math.max(1, Math.trunc(limit) || 10), MUNICIPALITY_SEARCH_MAX);
  const raw = q.trim();
  if (/^\d{5}$/.test(raw)) {
    const m = await getMunicipality(null, raw);
    return m ? [m] : [];
  }
  const needle = normalizeText(raw);
  if (needle.length === 0) return [];
  // normalizeText keeps only [a-z0-9 ], so the LIKE patterns below hold no wildcard typed by the visitor.
  return db.$queryRaw<MunicipalityOption[]>`
    SELECT m."code", m."name", m."regionCode", r."nameFr" AS "regionNameFr", r."nameEn" AS "regionNameEn", m."mrcName", m."inCmm"
    FROM "Municipality" m JOIN "Region" r ON r."code" = m."regionCode"
    WHERE m."nameSearch" LIKE ${needle + "%"} OR m."nameSearch" LIKE ${"% " + needle + "%"}
       OR (length(${needle}) >= 3 AND m."nameSearch" % ${needle})
    ORDER BY (m."nameSearch" = ${needle}) DESC,
             (m."nameSearch" LIKE ${needle + "%"}) DESC,
             (m."nameSearch" LIKE ${"% " + needle + "%"}) DESC,
             -- among names that start with what was typed, the larger town first (Trois-Rivières before Trois-Rives)
             CASE WHEN m."nameSearch" LIKE ${needle + "%"} OR m."nameSearch" LIKE ${"% " + needle + "%"} THEN m."population" ELSE 0 END DESC,
             similarity(m."nameSearch", ${needle}) DESC,
             m."population" DESC, m."name" ASC
    LIMIT ${take}`;
}

/** One municipality with its region and CMM status, or null when the code is not in the directory. */
export async function getMunicipality(_actor: SessionUser | null, code: string): Promise<MunicipalityOption | null> {
  if (!/^\d{5}$/.test(code)) return null;
  const m = await db.municipality.findUnique({
    where: { code },
    select: { code: true, name: true, regionCode: true, mrcName: true, inCmm: true, region: { select: { nameFr: true, nameEn: true } } },
  });
  return m && { code: m.code, name: m.name, regionCode: m.regionCode, regionNameFr: m.region.nameFr, regionNameEn: m.region.nameEn, mrcName: m.mrcName, inCmm: m.inCmm };
}

/** The facts derived from a municipality code for a row to store, for many codes at once (CSV import). */
export async function getMunicipalityFacts(_actor: SessionUser | null, codes: readonly string[]): Promise<Map<string, { regionCode: string; inCmm: boolean; name: string }>> {
  const valid = [...new Set(codes)].filter((c) => /^\d{5}$/.test(c));
  if (!valid.length) return new Map();
  const rows = await db.municipality.findMany({ where: { code: { in: valid } }, select: { code: true, regionCode: true, inCmm: true, name: true } });
  return new Map(rows.map((r) => [r.code, { regionCode: r.regionCode, inCmm: r.inCmm, name: r.name }]));
}

/** The 17 administrative regions, for filters and the map's list alternative. */
export async function listRegions(_actor: SessionUser | null) {
  return db.region.findMany({ select: { code: true, nameFr: true, nameEn: true, cmmStatus: true }, orderBy: { code: "asc" } });
}
