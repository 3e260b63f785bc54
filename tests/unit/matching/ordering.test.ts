// One test per bullet of "Ordering every engine must respect" (/work/shared/matching-format.md): when two
// candidates differ in one respect only, the better one ranks higher and scores strictly more (published score).
// The better candidate always gets the id that sorts LAST, so a tie broken by id would fail these tests.

import { describe, expect, it } from "vitest";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { rankCandidates, type MatchCandidate, type MatchContext, type MatchVacancy } from "@/lib/domain/matching";
import { loadOasisVectors } from "@/lib/reference-data/oasis-vectors";

const vacancy: MatchVacancy = {
  id: "v-1",
  nocCode: "72106",
  title: "Soudeur / soudeuse",
  regionCode: "04",
  municipalityCode: "37067",
  requiredSkills: ["Soudage MIG", "Lecture de plans"],
  assetSkills: ["Soudage TIG"],
  minFrenchLevel: 5,
  minEnglishLevel: null,
  minExperienceYears: 2,
  minEducation: "vocational",
  startDate: "2027-03-01",
};

const base: Omit<MatchCandidate, "id"> = {
  occupations: [{ nocCode: "72106", years: 4 }],
  skills: ["Soudage MIG", "Lecture de plans"],
  frenchLevel: 6,
  englishLevel: 4,
  education: "vocational",
  preferredRegionCodes: ["04"],
  openToAnyRegionOutsideCmm: false,
  availableFrom: "2027-02-01",
};

/** Asserts `better` ranks above `worse` (in both input orders) with a strictly higher score; returns both results. */
function expectBetter(
  better: Omit<MatchCandidate, "id">,
  worse: Omit<MatchCandidate, "id">,
  v: MatchVacancy = vacancy,
  context?: MatchContext,
) {
  const b = { ...better, id: "z-better" };
  const w = { ...worse, id: "a-worse" };
  for (const input of [
    [b, w],
    [w, b],
  ]) {
    const results = rankCandidates(v, input, { context });
    expect(results.map((r) => r.candidateId)).toEqual(["z-better", "a-worse"]);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  }
  const [rb, rw] = rankCandidates(v, [b, w], { context });
  return { better: rb!, worse: rw! };
}

describe("ordering rules of the contract", () => {
  it("occupation: the vacancy's unit group > another unit group of the same minor group > another broad category", () => {
    const same = { ...base, occupations: [{ nocCode: "72106", years: 4 }] };
    const sameMinor = { ...base, occupations: [{ nocCode: "72105", years: 4 }] };
    const otherBroad = { ...base, occupations: [{ nocCode: "65201", years: 4 }] };
    expectBetter(same, sameMinor);
    expectBetter(sameMinor, otherBroad);
    expectBetter(same, otherBroad);
  });

  it("occupation, with OaSIS vectors: the same holds for every vacancy code, whatever the profiles say", () => {
    const vectors = loadOasisVectors(process.env.REFERENCE_DATA_DIR ?? "../shared/data");
    const codes = [...vectors.keys()].sort();
    expect(codes.length).toBe(516);
    const context = { occupationVectors: vectors };
    let pairs = 0;
    // Every 7th unit group as the vacancy, every unit group as a candidate: the worst candidate of a closer level
    // must beat the best candidate of a farther level.
    for (const code of codes.filter((_, i) => i % 7 === 0)) {
      const v = { ...vacancy, nocCode: code };
      const results = rankCandidates(
        v,
        codes.map((c) => ({ ...base, id: c, occupations: [{ nocCode: c, years: 4 }] })),
        { limit: codes.length, context },
      );
      const levelOf = (c: string) => (c === code ? 0 : c.slice(0, 4) === code.slice(0, 4) ? 1 : c[0] === code[0] ? 2 : 3);
      const minByLevel = [Infinity, Infinity, Infinity, Infinity];
      const maxByLevel = [-Infinity, -Infinity, -Infinity, -Infinity];
      for (const r of results) {
        const l = levelOf(r.candidateId);
        minByLevel[l] = Math.min(minByLevel[l]!, r.score);
        maxByLevel[l] = Math.max(maxByLevel[l]!, r.score);
      }
      // unit > every same-minor candidate > every other-broad-category candidate
      if (maxByLevel[1]! > -Infinity) {
        expect(minByLevel[0]!).toBeGreaterThan(maxByLevel[1]!);
        expect(minByLevel[1]!).toBeGreaterThan(maxByLevel[3]!);
        pairs++;
      }
      expect(minByLevel[0]!).toBeGreaterThan(maxByLevel[3]!);
    }
    expect(pairs).toBeGreaterThan(40);
  });

  it("skills: every required skill held > one required skill missing; holding an asset skill > not holding it", () => {
    expectBetter(base, { ...base, skills: ["Soudage MIG"] });
    expectBetter({ ...base, skills: [...base.skills!, "TIG welding"] }, base);
    // also when the vacancy has many skills
    const many = { ...vacancy, requiredSkills: ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"], assetSkills: ["B1", "B2", "B3", "B4", "B5"] };
    const all = { ...base, skills: ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "B1"] };
    expectBetter(all, { ...all, skills: all.skills.filter((s) => s !== "A8") }, many);
    expectBetter({ ...all, skills: [...all.skills, "B5"] }, all, many);
  });

  it("region (vacancy outside the CMM): wanted region >= any region outside the CMM > only regions of the CMM", () => {
    const wanted = { ...base, preferredRegionCodes: ["04"] };
    const anyOutside = { ...base, preferredRegionCodes: [], openToAnyRegionOutsideCmm: true };
    const onlyCmm = { ...base, preferredRegionCodes: ["06", "13"], openToAnyRegionOutsideCmm: false };
    expectBetter(anyOutside, onlyCmm);
    expectBetter(wanted, onlyCmm);
    const [w, a] = rankCandidates(vacancy, [
      { ...wanted, id: "w" },
      { ...anyOutside, id: "a" },
    ]);
    expect(w!.candidateId).toBe("w");
    expect(w!.score).toBeGreaterThanOrEqual(a!.score);
    // a vacancy of a partly-CMM region outside the CMM follows the same rule
    expectBetter(anyOutside, onlyCmm, { ...vacancy, regionCode: "16", municipalityCode: "47025" }, { vacancyInCmm: false });
  });

  it("experience: more years in the occupation (from below the minimum to above it) > fewer", () => {
    const years = [0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 21, 22];
    for (let i = 1; i < years.length; i++) {
      expectBetter({ ...base, occupations: [{ nocCode: "72106", years: years[i]! }] }, { ...base, occupations: [{ nocCode: "72106", years: years[i - 1]! }] });
    }
    // and with a larger minimum
    const v5 = { ...vacancy, minExperienceYears: 5 };
    for (let y = 0; y < 25; y++) {
      expectBetter({ ...base, occupations: [{ nocCode: "72106", years: y + 1 }] }, { ...base, occupations: [{ nocCode: "72106", years: y }] }, v5);
    }
  });

  it("education: meeting the minimum > below it", () => {
    for (let m = 1; m < EDUCATION_LEVELS.length; m++) {
      const v = { ...vacancy, minEducation: EDUCATION_LEVELS[m]! };
      for (let below = 0; below < m; below++) {
        expectBetter({ ...base, education: EDUCATION_LEVELS[m]! }, { ...base, education: EDUCATION_LEVELS[below]! }, v);
      }
    }
  });

  it("availability: available by the start date > available months after it (and sooner > later)", () => {
    const onTime = { ...base, availableFrom: "2027-03-01" };
    expectBetter(onTime, { ...base, availableFrom: "2027-05-01" });
    expectBetter({ ...base, availableFrom: "2027-04-01" }, { ...base, availableFrom: "2027-06-01" });
    expectBetter({ ...base, availableFrom: "2027-06-01" }, { ...base, availableFrom: "2028-01-01" });
  });

  it("French (or English): at or above the minimum > below it; below the minimum is ineligible and ranks below every eligible one", () => {
    const { better, worse } = expectBetter({ ...base, frenchLevel: 5 }, { ...base, frenchLevel: 4 });
    expect(better.eligible).toBe(true);
    expect(worse.eligible).toBe(false);
    expect(worse.gaps[0]).toBe("Niveau de français 4, 5 requis");

    // An otherwise excellent candidate below the French minimum ranks below a weak eligible one.
    const excellent = { ...base, id: "a-excellent", frenchLevel: 4, skills: [...base.skills!, "Soudage TIG"], occupations: [{ nocCode: "72106", years: 20 }] };
    const weak = { id: "z-weak", frenchLevel: 5 };
    const results = rankCandidates(vacancy, [excellent, weak]);
    expect(results.map((r) => [r.candidateId, r.eligible])).toEqual([
      ["z-weak", true],
      ["a-excellent", false],
    ]);
    expect(results[1]!.score).toBeGreaterThan(results[0]!.score);

    // English, when the vacancy requires it
    const ve = { ...vacancy, minEnglishLevel: 6 };
    const e = expectBetter({ ...base, englishLevel: 6 }, { ...base, englishLevel: 5 }, ve);
    expect(e.worse.eligible).toBe(false);
    expect(e.worse.gaps[0]).toBe("Niveau d'anglais 5, 6 requis");
  });

  it("nationality, country, birth year, sex, name, e-mail, marital status, religion, photo and input order change nothing", () => {
    const plain = [
      { ...base, id: "c-1" },
      { ...base, id: "c-2", frenchLevel: 4 },
      { ...base, id: "c-3", preferredRegionCodes: ["06"] },
    ];
    const decorated = [
      { ...plain[2]!, name: "Zoé", email: "z@example.org", citizenship: "FR", nationality: "FR", countryOfResidence: "FR", birthYear: 1960 },
      { ...plain[0]!, name: "Ali", gender: "M", sex: "M", maritalStatus: "single", religion: "x", photoUrl: "https://example.org/a.jpg" },
      { ...plain[1]!, birthYear: 2001, citizenship: "CM", gender: "F" },
    ];
    expect(rankCandidates(vacancy, decorated)).toEqual(rankCandidates(vacancy, plain));
  });
});
