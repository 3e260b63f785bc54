import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  WEIGHTS,
  WEIGHTS_WITH_ENGLISH,
  prepareCandidate,
  prepareCandidates,
  prepareVacancy,
  rankCandidates,
  rankVacancies,
  scoreCandidate,
  toMatchCandidate,
  weightsFor,
  type MatchCandidate,
  type MatchScore,
  type MatchVacancy,
} from "@/lib/domain/matching";

const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../fixtures/matching/contract-example.json"), "utf8")) as {
  vacancy: MatchVacancy;
  candidates: MatchCandidate[];
};
const vacancy = fixture.vacancy;
const c1 = fixture.candidates[0]!;

function weightedSum(s: MatchScore): number {
  return 100 * s.factors.reduce((sum, f) => sum + f.weight * f.score, 0);
}

describe("weights", () => {
  it.each([
    ["without English", WEIGHTS],
    ["with English", WEIGHTS_WITH_ENGLISH],
  ])("sum to exactly 1 %s", (_, table) => {
    const units = Object.values(table).reduce((s, w) => s + Math.round(w * 10_000), 0);
    expect(units).toBe(10_000);
    for (const w of Object.values(table)) expect(Math.round(w * 10_000)).toBeCloseTo(w * 10_000, 6);
  });

  it("give region and occupation the largest weights", () => {
    for (const table of [WEIGHTS, WEIGHTS_WITH_ENGLISH] as Record<string, number>[]) {
      const max = Math.max(...Object.values(table));
      expect(table.region).toBe(max);
      expect(table.occupation).toBe(max);
    }
  });

  it("use the English table only when the vacancy has a minimum English level", () => {
    expect(weightsFor({ minEnglishLevel: null })).toBe(WEIGHTS);
    expect(weightsFor({})).toBe(WEIGHTS);
    expect(weightsFor({ minEnglishLevel: 5 })).toBe(WEIGHTS_WITH_ENGLISH);
  });
});

describe("the contract's example", () => {
  const [r] = rankCandidates(vacancy, fixture.candidates);

  it("returns one result shaped as the contract says", () => {
    expect(Object.keys(r!)).toEqual(["candidateId", "rank", "score", "eligible", "factors", "gaps"]);
    expect(r!.candidateId).toBe("c-1");
    expect(r!.rank).toBe(1);
    expect(r!.eligible).toBe(true);
    expect(r!.factors.map((f) => f.key)).toEqual(["occupation", "skills", "region", "french", "experience", "education", "availability"]);
    for (const f of r!.factors) expect(Object.keys(f)).toEqual(["key", "weight", "score", "detail"]);
  });

  it("explains each factor in French", () => {
    const detail = Object.fromEntries(r!.factors.map((f) => [f.key, f.detail]));
    expect(detail.occupation).toBe("Même profession (CNP 72106)");
    expect(detail.skills).toBe("2 compétences requises sur 2; 0 atout sur 1 (+1 partiel)");
    expect(detail.region).toBe("Région souhaitée : Mauricie (04)");
    expect(detail.french).toBe("Niveau de français 6 (minimum 5)");
    // "Soudage à l'arc" is a sibling of TIG welding: half credit, to confirm
    expect(r!.gaps).toEqual(["Atout à confirmer : Soudage TIG (compétence voisine déclarée)"]);
  });

  it("has score = 100 x sum(weight x factor score), to 0.1", () => {
    expect(Math.abs(r!.score - weightedSum(r!))).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(r!.score).toBe(94.6);
  });

  it("explains in English with locale en", () => {
    const [en] = rankCandidates(vacancy, fixture.candidates, { locale: "en" });
    expect(en!.factors[0]!.detail).toBe("Same occupation (NOC 72106)");
    expect(en!.factors[1]!.detail).toBe("2 of 2 required skills; 0 of 1 asset (+1 partial)");
    expect(en!.factors[2]!.detail).toBe("Wanted region: Mauricie (04)");
    expect(en!.gaps).toEqual(["Asset to confirm: Soudage TIG (related skill declared)"]);
    expect(en!.score).toBe(r!.score);
  });
});

describe("score = weighted sum of factors", () => {
  const cases: [string, MatchVacancy, MatchCandidate][] = [
    ["contract", vacancy, c1],
    ["empty candidate", vacancy, { id: "x" }],
    ["English required", { ...vacancy, minEnglishLevel: 7 }, { ...c1, englishLevel: 9 }],
    ["empty vacancy", { id: "v" }, c1],
    ["late and far", vacancy, { ...c1, availableFrom: "2028-07-13", preferredRegionCodes: ["06"], frenchLevel: 3, occupations: [{ nocCode: "31301", years: 1.3 }] }],
  ];
  it.each(cases)("%s", (_, v, c) => {
    const s = scoreCandidate(v, c);
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(100);
    expect(Math.abs(s.score - weightedSum(s))).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(s.factors.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(1, 10);
    expect(Math.round(s.score * 10)).toBeCloseTo(s.score * 10, 8);
  });
});

describe("missing and malformed fields", () => {
  it("scores a candidate with only an id, without throwing", () => {
    const s = scoreCandidate(vacancy, { id: "only-id" });
    expect(s.eligible).toBe(false); // French minimum 5, level unknown
    expect(s.gaps[0]).toBe("Niveau de français inconnu, 5 requis");
    expect(s.factors.find((f) => f.key === "occupation")!.detail).toBe("Profession inconnue");
  });

  it("keeps an unknown French level eligible when there is no minimum", () => {
    const s = scoreCandidate({ ...vacancy, minFrenchLevel: null }, { id: "only-id" });
    expect(s.eligible).toBe(true);
    expect(s.factors.find((f) => f.key === "french")!.score).toBe(0);
  });

  it("accepts nulls everywhere", () => {
    const c: MatchCandidate = {
      id: "nulls",
      occupations: null,
      skills: null,
      frenchLevel: null,
      englishLevel: null,
      education: null,
      preferredRegionCodes: null,
      openToAnyRegionOutsideCmm: null,
      availableFrom: null,
    };
    expect(() => scoreCandidate(vacancy, c)).not.toThrow();
    expect(() => rankCandidates({ id: "v", nocCode: null, regionCode: null, requiredSkills: null, startDate: null }, [c])).not.toThrow();
  });

  it("treats values of the wrong type as unknown", () => {
    const weird = { id: "w", occupations: [{ nocCode: 72106, years: "six" }, "x", null, { nocCode: "7210" }], frenchLevel: "6", education: "phd", availableFrom: "soon", skills: [3, "Soudage MIG"], preferredRegionCodes: "04" };
    const s = scoreCandidate(vacancy, weird as unknown as MatchCandidate);
    expect(s.factors.find((f) => f.key === "french")!.score).toBe(0);
    expect(s.factors.find((f) => f.key === "occupation")!.score).toBe(0);
    expect(s.factors.find((f) => f.key === "availability")!.detail).toBe("Disponibilité inconnue");
    expect(s.factors.find((f) => f.key === "skills")!.detail).toContain("1 compétence requise sur 2");
  });

  it("scores a vacancy with only an id: every candidate gets the neutral factors", () => {
    const s = scoreCandidate({ id: "v" }, c1);
    expect(s.eligible).toBe(true);
    expect(s.factors.find((f) => f.key === "occupation")!.detail).toBe("Profession de l'offre non précisée");
    expect(s.factors.find((f) => f.key === "region")!.detail).toBe("Région de l'offre non précisée");
    expect(s.factors.find((f) => f.key === "skills")!.score).toBe(1);
  });
});

describe("toMatchCandidate", () => {
  it("copies only the fields the engine may read", () => {
    const record = {
      ...c1,
      name: "Amina",
      email: "a@example.org",
      citizenship: "SN",
      countryOfResidence: "SN",
      birthYear: 1990,
      gender: "F",
      maritalStatus: "married",
      photoUrl: "x",
      religion: "y",
    };
    const c = toMatchCandidate(record);
    expect(Object.keys(c).sort()).toEqual(
      ["availableFrom", "education", "englishLevel", "frenchLevel", "id", "occupations", "openToAnyRegionOutsideCmm", "preferredRegionCodes", "skills"].sort(),
    );
    expect(c).toEqual(c1);
  });

  it("drops out-of-range levels and negative years, and requires an id", () => {
    expect(toMatchCandidate({ id: "a", frenchLevel: 13, englishLevel: 0, occupations: [{ nocCode: "72106", years: -1 }] })).toEqual({
      id: "a",
      occupations: [{ nocCode: "72106" }],
    });
    expect(toMatchCandidate({ id: 42 }).id).toBe("42");
    expect(() => toMatchCandidate({ name: "no id" })).toThrow(TypeError);
  });
});

describe("ranking", () => {
  const pool: MatchCandidate[] = [
    { ...c1, id: "c-b" },
    { ...c1, id: "c-a" },
    { ...c1, id: "c-low", preferredRegionCodes: ["06"] },
    { ...c1, id: "c-inel", frenchLevel: 2 },
    { id: "c-empty" },
  ];

  it("breaks ties by candidateId ascending and numbers ranks from 1", () => {
    const r = rankCandidates(vacancy, pool);
    expect(r.map((x) => x.candidateId)).toEqual(["c-a", "c-b", "c-low", "c-inel", "c-empty"]);
    expect(r.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(r[0]!.score).toBe(r[1]!.score);
  });

  it("puts every ineligible candidate after every eligible one", () => {
    const r = rankCandidates(vacancy, pool);
    const firstIneligible = r.findIndex((x) => !x.eligible);
    expect(r.slice(firstIneligible).every((x) => !x.eligible)).toBe(true);
  });

  it("returns the first `limit` results of the full order (default 50)", () => {
    const many = Array.from({ length: 120 }, (_, i): MatchCandidate => ({
      id: `c-${String(i).padStart(3, "0")}`,
      occupations: [{ nocCode: i % 3 === 0 ? "72106" : "72105", years: i % 11 }],
      frenchLevel: 3 + (i % 8),
      preferredRegionCodes: i % 4 === 0 ? ["06"] : ["04"],
      availableFrom: `2027-0${1 + (i % 9)}-15`,
      skills: i % 2 ? ["Soudage MIG"] : ["Lecture de plans", "Soudage TIG"],
    }));
    const all = rankCandidates(vacancy, many, { limit: 1000 });
    expect(all).toHaveLength(120);
    expect(rankCandidates(vacancy, many)).toEqual(all.slice(0, 50));
    for (const k of [0, 1, 7, 50, 119]) expect(rankCandidates(vacancy, many, { limit: k })).toEqual(all.slice(0, k));
    // sorted: eligible first, score descending, id ascending
    for (let i = 1; i < all.length; i++) {
      const a = all[i - 1]!;
      const b = all[i]!;
      const key = (x: typeof a) => (x.eligible ? 10_000 : 0) + Math.round(x.score * 10);
      expect(key(a) > key(b) || (key(a) === key(b) && a.candidateId < b.candidateId)).toBe(true);
    }
  });

  it("gives the same results for prepared and plain inputs, a pool, or a mix", () => {
    const pv = prepareVacancy(vacancy);
    const pcs = pool.map((c) => prepareCandidate(c));
    const expected = rankCandidates(vacancy, pool);
    expect(rankCandidates(pv, pcs)).toEqual(expected);
    expect(rankCandidates(pv, prepareCandidates(pool))).toEqual(expected);
    expect(rankCandidates(vacancy, [pool[0]!, pcs[1]!, pool[2]!, pcs[3]!, pool[4]!])).toEqual(expected);
    expect(prepareCandidates(pool).size).toBe(pool.length);
    expect(pcs[0]!.skillKeys).toEqual(["mig-welding", "welding", "blueprint-reading", "stick-welding"]);
    expect(prepareCandidate(pcs[0]!)).toBe(pcs[0]);
    expect(prepareVacancy(pv)).toBe(pv);
  });

  it("is deterministic", () => {
    expect(rankCandidates(vacancy, pool)).toEqual(rankCandidates(vacancy, pool));
  });
});

describe("rankVacancies", () => {
  const vacancies: MatchVacancy[] = [
    { ...vacancy, id: "v-montreal", regionCode: "06", municipalityCode: "66023" },
    { ...vacancy, id: "v-mauricie" },
    { ...vacancy, id: "v-cook", nocCode: "63200", requiredSkills: ["Cuisine"], assetSkills: [] },
    { ...vacancy, id: "v-french9", minFrenchLevel: 9 },
  ];

  it("ranks vacancies for a candidate with the same scoring", () => {
    const r = rankVacancies(c1, vacancies);
    expect(r.map((x) => x.vacancyId)).toEqual(["v-mauricie", "v-montreal", "v-cook", "v-french9"]);
    expect(Object.keys(r[0]!)).toEqual(["vacancyId", "rank", "score", "eligible", "factors", "gaps"]);
    expect(r[0]!.score).toBe(scoreCandidate(vacancies[1]!, c1).score);
    expect(r[3]!.eligible).toBe(false);
  });

  it("decides per vacancy whether it is in the CMM from the municipality list", () => {
    const longueuil = { ...vacancy, id: "v-longueuil", regionCode: "16", municipalityCode: "58227" };
    const candidate = { ...c1, preferredRegionCodes: ["06"] };
    const [inCmm] = rankVacancies(candidate, [longueuil], { context: { cmmMunicipalityCodes: new Set(["58227"]), vacancyInCmm: false } });
    expect(inCmm!.factors.find((f) => f.key === "region")!.score).toBe(0.5);
  });
});
