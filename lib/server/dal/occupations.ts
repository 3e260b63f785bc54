import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { normalizeText } from "@/lib/domain/text";
import {
  parseOccupationQuery,
  rankOccupations,
  titleMatchesTerms,
  trigramSimilarity,
  type OccupationQuery,
  type TitleMatch,
} from "@/lib/domain/occupation-search";
import type { Locale } from "@/lib/i18n/config";

// NOC 2021 look-ups. Public reference data: these functions take no actor (anyone, signed in or not, may read the
// classification), and they return nothing but reference data.

/** One suggestion of GET /api/v1/occupations: the unit group and the title that matched what was typed. */
export type OccupationSuggestion = { code: string; title: string; matchedTitle: string };

type UnitGroupRow = { code: string; titleFr: string; titleEn: string; searchFr: string; searchEn: string };

// The 516 unit groups, kept in memory once read (reference data changes only with a new NOC version and a seed).
let unitGroupCache: Promise<UnitGroupRow[]> | undefined;
async function unitGroups(): Promise<UnitGroupRow[]> {
  const load = async () => {
    const rows = await db.nocUnitGroup.findMany({ select: { code: true, titleFr: true, titleEn: true }, orderBy: { code: "asc" } });
    return rows.map((r) => ({ ...r, searchFr: normalizeText(r.titleFr), searchEn: normalizeText(r.titleEn) }));
  };
  const p = (unitGroupCache ??= load());
  const rows = await p;
  // An empty table (reference data not seeded yet) is not worth remembering.
  if (rows.length === 0) unitGroupCache = undefined;
  return rows;
}

/** Forgets the cached unit groups (tests that seed reference data after a first look-up). */
export function unsafeResetOccupationCache() {
  unitGroupCache = undefined;
}

// How many example titles the database hands over for ranking. The SQL orders them roughly (every word found first,
// then titles starting with the query, then closeness), so the best of each unit group is within this many.
const CANDIDATE_ROWS = 400;

type Row = { nocCode: string; lang: string; title: string; titleSearch: string; strict: boolean; sim: number; wsim: number };

async function matchExampleTitles(q: OccupationQuery): Promise<TitleMatch[]> {
  if (q.terms.length === 0) return [];
  // Each word must start a word of the title: the title starts with it, or it follows a space (titleSearch words are
  // separated by exactly one space). LIKE rather than a regular expression: five times faster on a sequential scan,
  // and the trigram index can serve it.
  const conditions = q.terms.map((t) => Prisma.join(t.forms.map((f) => Prisma.sql`"titleSearch" LIKE ${`${f}%`} OR "titleSearch" LIKE ${`% ${f}%`}`), " OR "));
  const strict = Prisma.sql`(${Prisma.join(conditions.map((c) => Prisma.sql`(${c})`), " AND ")})`;
  // Typos ("soudeure", "weldr"): titles containing a part similar enough to the whole text (pg_trgm word_similarity
  // above its 0.6 threshold), served by the trigram index.
  const fuzzy = q.text.length >= 4 ? Prisma.sql` OR ${q.text} <% "titleSearch"` : Prisma.empty;
  // One or two letters match thousands of titles and say little: the shortest titles starting with them are enough,
  // and computing the trigram similarity of every one of them would cost more than the rest of the look-up.
  const closeness = q.text.length >= 3 ? Prisma.sql`similarity("titleSearch", ${q.text}) DESC` : Prisma.sql`length("titleSearch")`;
  // The planner's estimate for the trigram index is too pessimistic on a 58,000-row table: it may choose a sequential
  // scan, which evaluates the typo test (word_similarity) on every title, 300 ms instead of 5. From four letters on,
  // the index is forced for this one query (SET LOCAL lasts until the end of its transaction).
  const indexable = q.text.length >= 4;
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL enable_seqscan = ${indexable ? "off" : "on"}`),
    // Similarities are computed in the outer query, for the kept rows only (a short word matches thousands).
    db.$queryRaw<Row[]>`
      SELECT "nocCode", "lang", "title", "titleSearch", "strict",
             similarity("titleSearch", ${q.text})::float8 AS "sim",
             word_similarity(${q.text}, "titleSearch")::float8 AS "wsim"
      FROM (
        SELECT "nocCode", "lang", "title", "titleSearch", ${strict} AS "strict"
        FROM "NocExampleTitle"
        WHERE ${strict}${fuzzy}
        ORDER BY "strict" DESC, ("titleSearch" LIKE ${`${q.text}%`}) DESC, ${closeness}
        LIMIT ${CANDIDATE_ROWS}
      ) AS "kept"`,
  ]);
  return rows.map((r) => ({
    nocCode: r.nocCode,
    lang: r.lang === "en" ? "en" : "fr",
    title: r.title,
    titleSearch: r.titleSearch,
    strict: r.strict,
    similarity: r.sim,
    wordSimilarity: r.wsim,
  }));
}

function matchUnitGroupTitles(groups: readonly UnitGroupRow[], q: OccupationQuery): TitleMatch[] {
  const out: TitleMatch[] = [];
  for (const g of groups) {
    for (const [lang, title, search] of [["fr", g.titleFr, g.searchFr], ["en", g.titleEn, g.searchEn]] as const) {
      if (!titleMatchesTerms(search, q.terms)) continue;
      out.push({ nocCode: g.code, lang, title, titleSearch: search, strict: true, similarity: trigramSimilarity(search, q.text), wordSimilarity: 1, unitGroupTitle: true });
    }
  }
  return out;
}

/**
 * Unit groups for a job title typed in French or English, best first (at most `limit`). Tolerates missing accents,
 * case, feminine or masculine forms, plurals, an unfinished last word and small typos; a NOC code, or the start of
 * one (2 to 5 digits), lists the unit groups under it.
 */
export async function suggestOccupations(text: string, opts: { locale: Locale; limit?: number }): Promise<OccupationSuggestion[]> {
  const limit = Math.min(Math.max(opts.limit ?? 10, 1), 50);
  const q = parseOccupationQuery(text);
  const groups = await unitGroups();
  const titleOf = (g: UnitGroupRow) => (opts.locale === "en" ? g.titleEn : g.titleFr);
  const byCode = new Map(groups.map((g) => [g.code, g]));

  if (q.codePrefix) {
    return groups
      .filter((g) => g.code.startsWith(q.codePrefix!))
      .slice(0, limit)
      .map((g) => ({ code: g.code, title: titleOf(g), matchedTitle: titleOf(g) }));
  }
  if (q.terms.length === 0) return [];

  const matches = [...(await matchExampleTitles(q)), ...matchUnitGroupTitles(groups, q)];
  return rankOccupations(matches, q, opts.locale, limit).flatMap((r) => {
    const g = byCode.get(r.code);
    return g ? [{ code: r.code, title: titleOf(g), matchedTitle: r.matchedTitle }] : [];
  });
}

/** The unit-group titles of some codes, in the locale (codes not in NOC 2021 are left out). */
export async function getUnitGroupTitles(codes: readonly string[], locale: Locale): Promise<Map<string, string>> {
  const wanted = new Set(codes);
  const groups = await unitGroups();
  return new Map(groups.filter((g) => wanted.has(g.code)).map((g) => [g.code, locale === "en" ? g.titleEn : g.titleFr]));
}

/** The codes that are not NOC 2021 unit groups (empty when all exist). */
export async function findUnknownNocCodes(codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await db.nocUnitGroup.findMany({ where: { code: { in: [...new Set(codes)] } }, select: { code: true } });
  const known = new Set(found.map((f) => f.code));
  return codes.filter((c) => !known.has(c));
}
