import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { prepareVacancy, rankCandidates, type MatchContext, type MatchVacancy } from "@/lib/domain/matching";
import { scoreCandidate } from "@/lib/domain/matching";
import {
  classBound,
  deriveMatchingFeatures,
  isSettled,
  MatchKey,
  planPrefilter,
  rankThroughPlan,
  upperBoundRecord,
  rankKeyOf,
  skillPrefilterKeys,
  type MatchKeyFilter,
  type MatchSource,
  type PrefilterOptions,
} from "@/lib/domain/matching-features";
import { canonicalSkillKey } from "@/lib/domain/skills-vocabulary";
import { EDUCATION_LEVELS } from "@/lib/domain/education";

// The prefilter must never change an answer: fetching the classes of planPrefilter in order and stopping when
// isSettled says so gives exactly the engine's top k over every consenting profile. Checked here against an
// in-memory "database" (the filters evaluated on deriveMatchingFeatures), on random pools and vacancies; the SQL
// side is checked against PostgreSQL in tests/integration/matching.test.ts.

type Profile = {
  id: string;
  occupations: { nocCode: string; years: number }[];
  skills: string[];
  frenchLevel: number | null;
  englishLevel: number | null;
  education: string | null;
  preferredRegionCodes: string[];
  openToAnyRegionOutsideCmm: boolean;
  availableFrom: string | null;
  visibleToEmployers: boolean;
  includedInMatching: boolean;
  // Never read by the engine nor the prefilter.
  citizenship: string;
};

// Codes chosen to hit every level of the hierarchy: unit, minor (7210x), sub-major (721xx), major (72xxx), broad (7xxxx), none.
const CODES = ["72106", "72105", "72100", "72110", "72201", "72310", "73300", "75101", "21232", "31301", "63200", "94141", "94142", "65201"];
const SKILLS = ["Soudage MIG", "soudage TIG", "Soudage", "Lecture de plans", "Travail d'équipe", "Cariste", "Python", "Soins infirmiers", "Cuisine", "Taille de pierre"];
const REGIONS = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, "0"));

// Deterministic vectors, so that similarities move inside their bands.
const VECTORS: ReadonlyMap<string, number[]> = new Map(CODES.map((c, i) => [c, Array.from({ length: 12 }, (_, k) => ((i * 7 + k * 3) % 11) / 2)]));
const CONTEXT: MatchContext = { occupationVectors: VECTORS, today: "2027-01-01" };

const arbProfile = (id: string): fc.Arbitrary<Profile> =>
  fc.record({
    id: fc.constant(id),
    occupations: fc.uniqueArray(fc.record({ nocCode: fc.constantFrom(...CODES), years: fc.integer({ min: 0, max: 30 }) }), { maxLength: 3, selector: (o) => o.nocCode }),
    skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 5 }),
    frenchLevel: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    englishLevel: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    education: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
    preferredRegionCodes: fc.uniqueArray(fc.constantFrom(...REGIONS), { maxLength: 3 }),
    openToAnyRegionOutsideCmm: fc.boolean(),
    availableFrom: fc.option(fc.constantFrom("2026-11-01", "2027-01-01", "2027-03-01", "2027-09-01"), { nil: null }),
    visibleToEmployers: fc.constantFrom(true, true, true, false),
    includedInMatching: fc.constantFrom(true, true, true, false),
    citizenship: fc.constantFrom("SN", "FR", "MA"),
  });

const arbPool = fc.integer({ min: 0, max: 260 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbProfile(`p-${String(i).padStart(3, "0")}`))));

const arbVacancy: fc.Arbitrary<MatchVacancy> = fc.record({
  id: fc.constant("v-1"),
  nocCode: fc.constantFrom(...CODES),
  regionCode: fc.constantFrom(...REGIONS),
  requiredSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 3 }),
  assetSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 2 }),
  minFrenchLevel: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  minEnglishLevel: fc.option(fc.integer({ min: 3, max: 8 }), { nil: null }),
  minExperienceYears: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  minEducation: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
  startDate: fc.option(fc.constantFrom("2027-02-01", "2027-06-01"), { nil: null }),
});

const arbOptions: fc.Arbitrary<PrefilterOptions> = fc.record({ eligibleOnly: fc.boolean(), regionWanted: fc.boolean(), sameOccupation: fc.boolean() });

function keysOf(p: Profile): Set<string> {
  return new Set(
    deriveMatchingFeatures({
      nocCodes: p.occupations.map((o) => o.nocCode),
      skillKeys: p.skills.map(canonicalSkillKey),
      preferredRegionCodes: p.preferredRegionCodes,
      openToAnyRegionOutsideCmm: p.openToAnyRegionOutsideCmm,
      frenchLevel: p.frenchLevel,
      englishLevel: p.englishLevel,
      visibleToEmployers: p.visibleToEmployers,
      includedInMatching: p.includedInMatching,
    }).matchKeys,
  );
}

/** What the SQL of lib/server/dal/matching.ts filterSql() selects, evaluated in memory. */
function matches(keys: Set<string>, f: MatchKeyFilter): boolean {
  return (
    f.all.every((k) => keys.has(k)) &&
    f.anyOf.every((g) => g.some((k) => keys.has(k))) &&
    f.noneOf.every((g) => !g.some((k) => keys.has(k))) &&
    (f.notAll.length === 0 || !f.notAll.every((k) => keys.has(k)))
  );
}

/** rankThroughPlan (what the service runs) over an in-memory "database". */
async function rankWithPrefilter(vacancy: MatchVacancy, pool: Profile[], limit: number, options: PrefilterOptions) {
  const pv = prepareVacancy(vacancy, CONTEXT);
  const keyed = pool.map((p) => ({ p, keys: keysOf(p) }));
  const byId = new Map(pool.map((p) => [p.id, p]));
  const source: MatchSource = {
    summaries: async (filters) =>
      keyed.filter(({ keys }) => filters.some((f) => matches(keys, f))).map(({ p }) => ({ ...p, nocCodes: p.occupations.map((o) => o.nocCode) })),
    records: async (ids) => ids.map((id) => byId.get(id)!),
  };
  const r = await rankThroughPlan(pv, source, { limit, options });
  return { ranked: r.ranked, fetched: r.summariesRead, records: r.recordsRead };
}

/** The reference: the engine over every profile the options let through, no prefilter. */
function rankNaively(vacancy: MatchVacancy, pool: Profile[], limit: number, options: PrefilterOptions) {
  const pv = prepareVacancy(vacancy, CONTEXT);
  const candidates = pool.filter((p) => {
    const keys = keysOf(p);
    if (!keys.has(MatchKey.consented)) return false;
    if (options.sameOccupation && !p.occupations.some((o) => o.nocCode === vacancy.nocCode)) return false;
    if (options.regionWanted) {
      const inCmm = pv.inCmm;
      if (!p.preferredRegionCodes.includes(vacancy.regionCode!) && !(p.openToAnyRegionOutsideCmm && !inCmm)) return false;
    }
    return true;
  });
  const ranked = rankCandidates(pv, candidates, { limit: candidates.length });
  return (options.eligibleOnly ? ranked.filter((r) => r.eligible) : ranked).slice(0, limit).map((r, i) => ({ ...r, rank: i + 1 }));
}

describe("matching prefilter", () => {
  it("gives exactly the engine's top k over the whole pool, for any pool, vacancy, k and filters", async () => {
    await fc.assert(
      fc.asyncProperty(arbPool, arbVacancy, fc.integer({ min: 1, max: 12 }), arbOptions, async (pool, vacancy, limit, options) => {
        const fast = (await rankWithPrefilter(vacancy, pool, limit, options)).ranked;
        const slow = rankNaively(vacancy, pool, limit, options);
        expect(fast.map((r) => [r.candidateId, r.score, r.eligible, r.rank])).toEqual(slow.map((r) => [r.candidateId, r.score, r.eligible, r.rank]));
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });

  it("puts every consenting profile in exactly one class, and never a profile without both consents", () => {
    fc.assert(
      fc.property(arbPool, arbVacancy, (pool, vacancy) => {
        const tiers = planPrefilter(prepareVacancy(vacancy, CONTEXT));
        for (const p of pool) {
          const keys = keysOf(p);
          const hits = tiers.flatMap((t) => t.filters).filter((f) => matches(keys, f)).length;
          expect(hits).toBe(keys.has(MatchKey.consented) ? 1 : 0);
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it("bounds every profile of a class from above (rank key at most the class bound)", () => {
    fc.assert(
      fc.property(arbPool, arbVacancy, (pool, vacancy) => {
        const pv = prepareVacancy(vacancy, CONTEXT);
        const tiers = planPrefilter(pv);
        for (const p of pool) {
          const keys = keysOf(p);
          const at = tiers.findIndex((t) => t.filters.some((f) => matches(keys, f)));
          if (at <= 0) continue;
          // Everyone fetched after tier at-1 is below that tier's boundAfter.
          expect(rankKeyOf(scoreCandidate(pv, p))).toBeLessThanOrEqual(tiers[at - 1]!.boundAfter);
        }
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it("stops early for a typical vacancy: the pool beyond the first classes is not read, nor most full records", async () => {
    const pool: Profile[] = Array.from({ length: 400 }, (_, i) => ({
      id: `p-${i}`,
      occupations: [{ nocCode: i % 4 === 0 ? "72106" : CODES[i % CODES.length]!, years: (i % 9) + 1 }],
      skills: i % 4 === 0 ? ["Soudage MIG", "Lecture de plans"] : ["Cuisine"],
      frenchLevel: 5 + (i % 8),
      englishLevel: 4,
      education: "vocational",
      preferredRegionCodes: i % 3 === 0 ? ["04"] : ["06"],
      openToAnyRegionOutsideCmm: i % 5 === 0,
      availableFrom: "2027-01-01",
      visibleToEmployers: true,
      includedInMatching: true,
      citizenship: "SN",
    }));
    const vacancy: MatchVacancy = { id: "v", nocCode: "72106", regionCode: "04", requiredSkills: ["Soudage MIG"], minFrenchLevel: 5, startDate: "2027-02-01" };
    const { ranked, fetched, records } = await rankWithPrefilter(vacancy, pool, 10, {});
    expect(ranked).toHaveLength(10);
    expect(fetched).toBeLessThan(pool.length / 4);
    expect(records).toBeLessThan(fetched);
    expect(ranked.map((r) => r.candidateId)).toEqual(rankNaively(vacancy, pool, 10, {}).map((r) => r.candidateId));
  });
});

describe("upper-bound records", () => {
  it("never score below the full record, and are eligible exactly when it is", () => {
    fc.assert(
      fc.property(arbProfile("p"), arbVacancy, (p, vacancy) => {
        const pv = prepareVacancy(vacancy, CONTEXT);
        const exact = scoreCandidate(pv, p);
        const bound = scoreCandidate(pv, upperBoundRecord({ ...p, nocCodes: p.occupations.map((o) => o.nocCode) }));
        expect(bound.eligible).toBe(exact.eligible);
        expect(bound.score).toBeGreaterThanOrEqual(exact.score);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe("match keys", () => {
  it("spell occupations at four levels, skills, regions, language thresholds and both consents", () => {
    const { matchKeys } = deriveMatchingFeatures({
      nocCodes: ["72106", "bad"],
      skillKeys: ["mig-welding", ""],
      preferredRegionCodes: ["04"],
      openToAnyRegionOutsideCmm: true,
      frenchLevel: 3,
      englishLevel: null,
      visibleToEmployers: true,
      includedInMatching: true,
    });
    expect(matchKeys).toEqual(["c:match", "f:1", "f:2", "f:3", "k:mig-welding", "o2:72", "o3:721", "o4:7210", "o5:72106", "r:04", "r:any"].sort());
  });

  it("leave out the consent key unless both consents are given", () => {
    const base = { nocCodes: [], skillKeys: [], preferredRegionCodes: [], openToAnyRegionOutsideCmm: false, frenchLevel: null, englishLevel: null };
    expect(deriveMatchingFeatures({ ...base, visibleToEmployers: true, includedInMatching: false }).matchKeys).toEqual([]);
    expect(deriveMatchingFeatures({ ...base, visibleToEmployers: false, includedInMatching: true }).matchKeys).toEqual([]);
  });
});

describe("prefilter plan", () => {
  const pv = prepareVacancy({ id: "v", nocCode: "72106", regionCode: "04", requiredSkills: ["Soudage MIG"], minFrenchLevel: 6 }, CONTEXT);

  it("counts narrower vocabulary skills as related (holding MIG welding means holding welding)", () => {
    const welding = prepareVacancy({ id: "w", requiredSkills: ["Soudage"] }, CONTEXT);
    expect(skillPrefilterKeys(welding)).toEqual(expect.arrayContaining(["welding", "mig-welding", "tig-welding"]));
  });

  it("fetches the most promising class first and ends with the ineligible, with no bound left after the last", () => {
    const tiers = planPrefilter(pv);
    expect(tiers[0]!.name.startsWith("unit/fit")).toBe(true);
    expect(tiers[0]!.filters[0]!.all).toEqual(["c:match", "f:6"]);
    expect(tiers.at(-1)!.name).toBe("ineligible");
    expect(tiers.at(-1)!.boundAfter).toBe(-1);
    for (let i = 1; i < tiers.length; i++) expect(tiers[i]!.boundAfter).toBeLessThanOrEqual(tiers[i - 1]!.boundAfter);
  });

  it("has no ineligible class when the person asks for eligible candidates only, or nothing is required", () => {
    expect(planPrefilter(pv, { eligibleOnly: true }).some((t) => t.name === "ineligible")).toBe(false);
    const noMinimum = prepareVacancy({ id: "v", nocCode: "72106", regionCode: "04" }, CONTEXT);
    expect(planPrefilter(noMinimum).some((t) => t.name === "ineligible")).toBe(false);
  });

  it("bounds an eligible class above every ineligible profile and below a perfect score", () => {
    const eligible = classBound(pv, { occupation: 0, experience: 0, skills: 0, region: 0, eligible: true });
    const ineligible = classBound(pv, { occupation: 1, experience: 1, skills: 1, region: 1, eligible: false });
    expect(eligible).toBeGreaterThan(ineligible);
    expect(classBound(pv, { occupation: 1, experience: 1, skills: 1, region: 1, eligible: true })).toBe(10_000 + 1000);
  });

  it("isSettled needs k results and a k-th strictly above the bound", () => {
    const r = (score: number) => ({ eligible: true, score });
    expect(isSettled([r(90), r(80)], 2, 10_000 + 799)).toBe(true);
    expect(isSettled([r(90), r(80)], 2, 10_000 + 800)).toBe(false);
    expect(isSettled([r(90)], 2, 0)).toBe(false);
    expect(isSettled([], 2, -1)).toBe(true);
  });
});
