// Property tests (fast-check): what must hold for ANY vacancy and candidates, not just the examples.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { rankCandidates, scoreCandidate, type MatchCandidate, type MatchScore, type MatchVacancy } from "@/lib/domain/matching";

const NOC_CODES = ["72106", "72105", "72100", "72310", "72201", "73300", "65201", "63200", "33102", "31301", "22220", "94141", "85100"];
const SKILLS = [
  "Soudage MIG",
  "MIG welding",
  "soudage",
  "Soudage TIG",
  "Lecture de plans",
  "blueprint reading",
  "Chariot élévateur",
  "forklift",
  "Service à la clientèle",
  "Cuisine",
  "Help desk",
  "Taille de pierre",
  "PAB",
  "SIMDUT",
];
const REGIONS = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, "0"));

const date = fc
  .integer({ min: 0, max: 900 })
  .map((d) => new Date(Date.UTC(2026, 10, 1) + d * 86_400_000).toISOString().slice(0, 10));
const level = fc.integer({ min: 1, max: 12 });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

const vacancyArb: fc.Arbitrary<MatchVacancy> = fc.record({
  id: fc.constant("v"),
  nocCode: nullable(fc.constantFrom(...NOC_CODES)),
  regionCode: nullable(fc.constantFrom(...REGIONS)),
  municipalityCode: nullable(fc.constantFrom("37067", "58227", "66023")),
  requiredSkills: fc.subarray(SKILLS, { maxLength: 4 }),
  assetSkills: fc.subarray(SKILLS, { maxLength: 3 }),
  minFrenchLevel: nullable(level),
  minEnglishLevel: nullable(level),
  minExperienceYears: nullable(fc.integer({ min: 0, max: 10 })),
  minEducation: nullable(fc.constantFrom(...EDUCATION_LEVELS)),
  startDate: nullable(date),
});

const candidateFields = {
  occupations: optional(
    fc.array(fc.record({ nocCode: fc.constantFrom(...NOC_CODES), years: optional(fc.double({ min: 0, max: 40, noNaN: true })) }), { maxLength: 3 }),
  ),
  skills: optional(fc.subarray(SKILLS)),
  frenchLevel: optional(level),
  englishLevel: optional(level),
  education: optional(fc.constantFrom(...EDUCATION_LEVELS)),
  preferredRegionCodes: optional(fc.subarray(REGIONS, { maxLength: 4 })),
  openToAnyRegionOutsideCmm: optional(fc.boolean()),
  availableFrom: optional(date),
};

const candidateArb = (id: string): fc.Arbitrary<MatchCandidate> => fc.record({ id: fc.constant(id), ...candidateFields }, { requiredKeys: ["id"] });

const poolArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => candidateArb(`c-${String(i).padStart(2, "0")}`))));

/** Fields the engine must never read, with arbitrary values. */
const protectedFieldsArb = fc.record(
  {
    name: fc.string(),
    email: fc.emailAddress(),
    citizenship: fc.constantFrom("CA", "FR", "SN", "MA", "PH", "MX", "CM"),
    nationality: fc.constantFrom("CA", "FR", "SN"),
    countryOfResidence: fc.constantFrom("CA", "FR", "TN", "CO"),
    birthYear: fc.integer({ min: 1940, max: 2008 }),
    gender: fc.constantFrom("F", "M", "X"),
    sex: fc.constantFrom("F", "M"),
    maritalStatus: fc.constantFrom("single", "married", "divorced"),
    photoUrl: fc.webUrl(),
    religion: fc.string(),
  },
  { requiredKeys: [] },
);

const contextArb = fc.record({ today: fc.option(date, { nil: undefined }), vacancyInCmm: fc.option(fc.boolean(), { nil: undefined }) });

function weightedSum(s: MatchScore) {
  return 100 * s.factors.reduce((sum, f) => sum + f.weight * f.score, 0);
}

const RUNS = { numRuns: 300 };

describe("properties of the ranking", () => {
  it("fields the engine must not read change no score and no rank", () => {
    fc.assert(
      fc.property(vacancyArb, poolArb, fc.array(protectedFieldsArb, { minLength: 12, maxLength: 12 }), contextArb, (v, pool, extras, context) => {
        const decorated = pool.map((c, i) => ({ ...c, ...extras[i] }));
        expect(rankCandidates(v, decorated, { context, limit: 100 })).toEqual(rankCandidates(v, pool, { context, limit: 100 }));
      }),
      RUNS,
    );
  });

  it("shuffling the input changes no score and no rank", () => {
    fc.assert(
      fc.property(vacancyArb, poolArb.chain((pool) => fc.tuple(fc.constant(pool), fc.shuffledSubarray(pool, { minLength: pool.length }))), fc.integer({ min: 1, max: 12 }), (v, [pool, shuffled], limit) => {
        expect(rankCandidates(v, shuffled, { limit })).toEqual(rankCandidates(v, pool, { limit }));
      }),
      RUNS,
    );
  });

  it("score == 100 x sum(weight x factor score) to 0.1, weights sum to 1, scores within 0..100 and 0..1", () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb("c"), contextArb, (v, c, context) => {
        const s = scoreCandidate(v, c, { context });
        expect(Math.abs(s.score - weightedSum(s))).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(s.factors.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(1, 12);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        for (const f of s.factors) {
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(1);
          expect(f.detail.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("adding one of the vacancy's required skills to a candidate never lowers the score", () => {
    fc.assert(
      fc.property(vacancyArb.filter((v) => (v.requiredSkills?.length ?? 0) > 0), candidateArb("c"), fc.nat(), (v, c, k) => {
        const skill = v.requiredSkills![k % v.requiredSkills!.length]!;
        const before = scoreCandidate(v, c);
        const after = scoreCandidate(v, { ...c, skills: [...(c.skills ?? []), skill] });
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.eligible).toBe(before.eligible);
      }),
      RUNS,
    );
  });

  it("raising the French level never lowers the score nor makes a candidate ineligible", () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb("c"), level, fc.integer({ min: 1, max: 11 }), (v, c, from, by) => {
        const low = { ...c, frenchLevel: from };
        const high = { ...c, frenchLevel: Math.min(12, from + by) };
        const a = scoreCandidate(v, low);
        const b = scoreCandidate(v, high);
        expect(b.score).toBeGreaterThanOrEqual(a.score);
        if (a.eligible) expect(b.eligible).toBe(true);
        // from unknown to known, too
        const { frenchLevel: _, ...unknown } = c;
        expect(scoreCandidate(v, high).score).toBeGreaterThanOrEqual(scoreCandidate(v, unknown).score);
      }),
      RUNS,
    );
  });

  it("adding the vacancy's region to the wanted regions never lowers the score", () => {
    fc.assert(
      fc.property(vacancyArb.filter((v) => v.regionCode != null), candidateArb("c"), contextArb, (v, c, context) => {
        const before = scoreCandidate(v, c, { context });
        const after = scoreCandidate(v, { ...c, preferredRegionCodes: [...(c.preferredRegionCodes ?? []), v.regionCode!] }, { context });
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
      RUNS,
    );
  });

  it("more years in the vacancy's occupation never lower the score", () => {
    fc.assert(
      fc.property(vacancyArb.filter((v) => v.nocCode != null), candidateArb("c"), fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (v, c, years, more) => {
        const others = c.occupations ?? [];
        const a = scoreCandidate(v, { ...c, occupations: [...others, { nocCode: v.nocCode!, years }] });
        const b = scoreCandidate(v, { ...c, occupations: [...others, { nocCode: v.nocCode!, years: years + more }] });
        expect(b.score).toBeGreaterThanOrEqual(a.score);
      }),
      RUNS,
    );
  });

  it("orders results by eligibility, then published score, then id, with ranks 1..n and top-k = prefix", () => {
    // The ranking uses an allocation-free path and the results an explained one: they must agree.
    fc.assert(
      fc.property(vacancyArb, poolArb, fc.integer({ min: 1, max: 12 }), contextArb, (v, pool, k, context) => {
        const r = rankCandidates(v, pool, { limit: 100, context });
        expect(r.map((x) => x.rank)).toEqual(r.map((_, i) => i + 1));
        const key = (x: (typeof r)[number]) => (x.eligible ? 10_000 : 0) + Math.round(x.score * 10);
        for (let i = 1; i < r.length; i++) {
          const a = r[i - 1]!;
          const b = r[i]!;
          expect(key(a) > key(b) || (key(a) === key(b) && a.candidateId < b.candidateId)).toBe(true);
        }
        for (const x of r) expect(x).toEqual({ candidateId: x.candidateId, rank: x.rank, ...scoreCandidate(v, pool.find((c) => c.id === x.candidateId)!, { context }) });
        expect(rankCandidates(v, pool, { limit: k, context })).toEqual(r.slice(0, k));
      }),
      RUNS,
    );
  });
});
