import { describe, expect, it } from "vitest";
import {
  AVAILABILITY_UNKNOWN_SCORE,
  RegionFit,
  REGION_FIT_SCORE,
  availabilityScore,
  educationScore,
  experienceScore,
  isoDateOfDay,
  isoDay,
  languageMeets,
  languageScore,
  regionFit,
  skillsScore,
  toUnits,
} from "@/lib/domain/matching/factors";
import { scoreCandidate, type MatchCandidate, type MatchVacancy } from "@/lib/domain/matching";

const CMM = new Set(["06", "13"]);
const PARTLY = new Set(["14", "15", "16"]);

const vacancy: MatchVacancy = {
  id: "v-1",
  nocCode: "72106",
  regionCode: "04",
  requiredSkills: ["Soudage MIG", "Lecture de plans"],
  assetSkills: ["Soudage TIG"],
  minFrenchLevel: 5,
  minExperienceYears: 2,
  minEducation: "vocational",
  startDate: "2027-03-01",
};

function factor(candidate: MatchCandidate, key: string, v: MatchVacancy = vacancy, locale: "fr" | "en" = "fr") {
  const f = scoreCandidate(v, candidate, { locale }).factors.find((x) => x.key === key);
  if (!f) throw new Error(`no factor ${key}`);
  return f;
}

describe("experience factor", () => {
  it.each([
    // years, minimum, expected
    [0, 2, 0],
    [1, 2, 0.3],
    [2, 2, 0.7],
    [4, 2, 0.73],
    [22, 2, 1],
    [40, 2, 1],
    [0, null, 0.7],
    [10, null, 0.85],
    [20, null, 1],
  ])("%d years, minimum %s -> %d", (years, min, expected) => {
    expect(experienceScore(years, min)).toBeCloseTo(expected, 10);
  });

  it("is strictly increasing by at least 0.015 a year up to minimum + 20 years", () => {
    for (const min of [null, 1, 2, 5, 10]) {
      for (let y = 0; y < (min ?? 0) + 20; y++) {
        expect(experienceScore(y + 1, min) - experienceScore(y, min), `min ${min}, ${y} -> ${y + 1}`).toBeGreaterThanOrEqual(0.015 - 1e-12);
      }
    }
  });

  it("treats negative or non-finite years as 0", () => {
    expect(experienceScore(-3, 2)).toBe(0);
    expect(experienceScore(Number.NaN, 2)).toBe(0);
  });

  it("counts years in the same minor group at half, and not at all in another field", () => {
    expect(factor({ id: "a", occupations: [{ nocCode: "72106", years: 4 }] }, "experience").score).toBe(toUnits(experienceScore(4, 2)) / 1e4);
    expect(factor({ id: "a", occupations: [{ nocCode: "72105", years: 4 }] }, "experience").score).toBe(toUnits(experienceScore(2, 2)) / 1e4);
    expect(factor({ id: "a", occupations: [{ nocCode: "65201", years: 30 }] }, "experience").score).toBe(0);
  });

  it("explains in French and English", () => {
    expect(factor({ id: "a", occupations: [{ nocCode: "72106", years: 6 }] }, "experience").detail).toBe("6 ans dans la profession (minimum 2)");
    expect(factor({ id: "a", occupations: [{ nocCode: "72106", years: 6 }] }, "experience", vacancy, "en").detail).toBe(
      "6 years in the occupation (minimum 2)",
    );
    expect(factor({ id: "a" }, "experience").detail).toBe("Expérience inconnue (minimum 2)");
  });
});

describe("language factors", () => {
  it.each([
    // level, minimum, expected score, meets
    [null, 5, 0, false],
    [1, 5, 0.1, false],
    [4, 5, 0.4, false],
    [5, 5, 0.8, true],
    [6, 5, 0.85, true],
    [9, 5, 1, true],
    [12, 5, 1, true],
    [11, 11, 0.8, true],
    [12, 11, 1, true],
    [12, 12, 1, true],
    [null, null, 0, true],
    [4, null, 0.75, true],
    [8, null, 1, true],
  ])("level %s, minimum %s -> %d", (level, min, expected, meets) => {
    expect(languageScore(level, min)).toBeCloseTo(expected, 10);
    expect(languageMeets(level, min)).toBe(meets);
  });

  it("never decreases when the level rises, whatever the minimum", () => {
    for (const min of [null, 1, 3, 5, 8, 11, 12]) {
      for (let l = 1; l < 12; l++) expect(languageScore(l + 1, min)).toBeGreaterThanOrEqual(languageScore(l, min));
    }
  });

  it("writes the gap the contract shows, in both languages", () => {
    const v = { ...vacancy, minFrenchLevel: 6 };
    expect(scoreCandidate(v, { id: "a", frenchLevel: 4 }).gaps[0]).toBe("Niveau de français 4, 6 requis");
    expect(scoreCandidate(v, { id: "a", frenchLevel: 4 }, { locale: "en" }).gaps[0]).toBe("French level 4, 6 required");
    expect(scoreCandidate(vacancy, { id: "a" }).gaps[0]).toBe("Niveau de français inconnu, 5 requis");
  });

  it("adds an english factor only when the vacancy requires English", () => {
    expect(scoreCandidate(vacancy, { id: "a", englishLevel: 9 }).factors.map((f) => f.key)).not.toContain("english");
    const withEnglish = scoreCandidate({ ...vacancy, minEnglishLevel: 6 }, { id: "a", englishLevel: 4, frenchLevel: 7 });
    expect(withEnglish.factors.map((f) => f.key)).toContain("english");
    expect(withEnglish.eligible).toBe(false);
    expect(withEnglish.gaps).toContain("Niveau d'anglais 4, 6 requis");
  });
});

describe("education factor", () => {
  it.each([
    // rank, minimum rank, expected (ranks: 0 none, 1 secondary, 2 vocational, 3 college, 4 bachelor...)
    [2, 2, 1],
    [6, 2, 1],
    [1, 2, 0.6],
    [0, 2, 0.4],
    [0, 4, 0],
    [-1, 2, 0],
    [-1, -1, 1],
    [0, -1, 1],
  ])("rank %d, minimum %d -> %d", (rank, min, expected) => {
    expect(educationScore(rank, min)).toBeCloseTo(expected, 10);
  });

  it("explains with Québec credential names", () => {
    expect(factor({ id: "a", education: "secondary" }, "education").detail).toBe("Scolarité : DES (minimum : DEP)");
    expect(scoreCandidate(vacancy, { id: "a", education: "secondary" }).gaps).toContain("Scolarité : DES; minimum exigé : DEP");
  });
});

describe("availability factor", () => {
  const start = isoDay("2027-03-01")!;
  it.each([
    ["2027-01-15", 1],
    ["2027-03-01", 1],
    ["2027-03-02", 1 / (1 + 1 / 90)],
    ["2027-05-30", 0.5],
    ["2028-03-01", 1 / (1 + 366 / 90)],
  ])("available %s -> %d", (date, expected) => {
    expect(availabilityScore(isoDay(date), start)).toBeCloseTo(expected, 10);
  });

  it("scores unknown availability 0.5 and a known one 1 when there is no start date", () => {
    expect(availabilityScore(null, start)).toBe(AVAILABILITY_UNKNOWN_SCORE);
    expect(availabilityScore(isoDay("2030-01-01"), null)).toBe(1);
  });

  it("uses context.today when the vacancy has no start date", () => {
    const v = { ...vacancy, startDate: null };
    const c = { id: "a", availableFrom: "2027-06-01" };
    expect(scoreCandidate(v, c, { context: { today: "2027-06-01" } }).factors.find((f) => f.key === "availability")!.score).toBe(1);
    expect(scoreCandidate(v, c, { context: { today: "2027-03-03" } }).factors.find((f) => f.key === "availability")!.score).toBeLessThan(1);
  });

  it("writes the delay in months for a person", () => {
    expect(scoreCandidate(vacancy, { id: "a", availableFrom: "2027-05-01" }).gaps).toContain("Disponible 2 mois après la date de début");
    expect(scoreCandidate(vacancy, { id: "a", availableFrom: "2027-05-01" }, { locale: "en" }).gaps).toContain(
      "Available 2 months after the start date",
    );
  });
});

describe("skills factor", () => {
  it.each([
    // required full, partial, count, asset full, partial, count, expected
    [2, 0, 2, 1, 0, 1, 1],
    [2, 0, 2, 0, 0, 1, 0.8],
    [1, 0, 2, 1, 0, 1, 0.6],
    [1, 1, 2, 0, 0, 1, 0.6],
    [0, 0, 2, 0, 0, 1, 0],
    [0, 0, 0, 0, 0, 0, 1],
    [0, 0, 0, 1, 0, 2, 0.9],
    [3, 0, 3, 0, 0, 0, 1],
  ])("%d+%d/%d required, %d+%d/%d assets -> %d", (rf, rp, rn, af, ap, an, expected) => {
    expect(skillsScore(rf, rp, rn, af, ap, an)).toBeCloseTo(expected, 10);
  });

  it("matches labels regardless of case, accents, word order and language", () => {
    const f = factor({ id: "a", skills: ["MIG welding", "PLANS, LECTURE DE", "tig welding"] }, "skills");
    expect(f.score).toBe(1);
    expect(f.detail).toBe("2 compétences requises sur 2; 1 atout sur 1");
  });

  it("gives half credit for a broader or sibling skill and says it must be confirmed", () => {
    const r = scoreCandidate(vacancy, { id: "a", skills: ["Soudage", "Lecture de plans"] });
    expect(r.factors.find((f) => f.key === "skills")!.score).toBeCloseTo(0.8 * 0.75 + 0.2 * 0.5, 4);
    expect(r.gaps).toContain("Compétence requise à confirmer : Soudage MIG (compétence voisine déclarée)");
  });

  it("names missing skills with the vacancy's label", () => {
    const r = scoreCandidate(vacancy, { id: "a", skills: ["Blueprint reading"] }, { locale: "en" });
    expect(scoreCandidate(vacancy, { id: "a", skills: ["Soudage MIG"] }).gaps).toContain("Compétence requise manquante : Lecture de plans");
    expect(scoreCandidate({ ...vacancy, assetSkills: ["TIG welding"] }, { id: "a" }, { locale: "en" }).gaps).toContain(
      "Missing asset: TIG welding",
    );
    expect(r.gaps).toContain("Missing asset: Soudage TIG");
    expect(r.gaps).toContain("Missing required skill: Soudage MIG");
  });
});

describe("region factor", () => {
  const fit = (region: string | null, inCmm: boolean, wanted: string[], open = false) =>
    regionFit(region, inCmm, new Set(wanted), open, CMM, PARTLY);

  it.each([
    // vacancy region, in CMM, wanted, open to any outside CMM, expected fit
    ["04", false, ["04"], false, RegionFit.Wanted],
    ["04", false, ["04"], true, RegionFit.Wanted],
    ["04", false, [], true, RegionFit.OpenToAnyOutsideCmm],
    ["04", false, ["06"], true, RegionFit.OpenToAnyOutsideCmm],
    ["04", false, ["17"], false, RegionFit.OtherRegions],
    ["04", false, ["16"], false, RegionFit.OtherRegions],
    ["04", false, [], false, RegionFit.Unknown],
    ["04", false, ["06", "13"], false, RegionFit.OnlyCmm],
    ["16", false, ["16"], false, RegionFit.Wanted],
    ["16", true, ["06"], false, RegionFit.OtherCmmRegion],
    ["16", true, ["15"], false, RegionFit.OtherCmmRegion],
    ["06", true, ["04"], false, RegionFit.OutsideCmmWanted],
    ["06", true, [], true, RegionFit.OutsideCmmWanted],
    ["06", true, [], false, RegionFit.Unknown],
    [null, false, ["04"], false, RegionFit.NoVacancyRegion],
  ] as const)("vacancy %s (CMM %s), wanted %j, open %s -> fit %d", (region, inCmm, wanted, open, expected) => {
    expect(fit(region, inCmm, [...wanted], open)).toBe(expected);
  });

  it("orders the fits of a vacancy outside the CMM: wanted > open to any > other regions > unknown > only CMM", () => {
    const s = (f: RegionFit) => REGION_FIT_SCORE[f]!;
    expect(s(RegionFit.Wanted)).toBeGreaterThan(s(RegionFit.OpenToAnyOutsideCmm));
    expect(s(RegionFit.OpenToAnyOutsideCmm)).toBeGreaterThan(s(RegionFit.OtherRegions));
    expect(s(RegionFit.OtherRegions)).toBeGreaterThan(s(RegionFit.Unknown));
    expect(s(RegionFit.Unknown)).toBeGreaterThan(s(RegionFit.OnlyCmm));
  });

  it("treats a vacancy of a partly-CMM region as in the CMM only when told so", () => {
    const v = { ...vacancy, regionCode: "16", municipalityCode: "58227" };
    const c = { id: "a", preferredRegionCodes: ["06"] };
    expect(scoreCandidate(v, c).factors.find((f) => f.key === "region")!.score).toBe(0);
    expect(scoreCandidate(v, c, { context: { vacancyInCmm: true } }).factors.find((f) => f.key === "region")!.score).toBe(0.5);
    expect(scoreCandidate(v, c, { context: { cmmMunicipalityCodes: new Set(["58227"]) } }).factors.find((f) => f.key === "region")!.score).toBe(0.5);
    // Montréal and Laval are entirely in the CMM, even without the fact.
    expect(scoreCandidate({ ...v, regionCode: "13" }, c).factors.find((f) => f.key === "region")!.score).toBe(0.5);
  });

  it("names the region for a person", () => {
    expect(factor({ id: "a", preferredRegionCodes: ["04", "17"] }, "region").detail).toBe("Région souhaitée : Mauricie (04)");
    expect(factor({ id: "a", preferredRegionCodes: ["06"] }, "region", vacancy, "en").detail).toBe("Wants only regions in the CMM: Montréal (06)");
    expect(
      factor({ id: "a", preferredRegionCodes: ["04"] }, "region", vacancy, "fr").detail,
    ).toBe("Région souhaitée : Mauricie (04)");
    expect(
      scoreCandidate(vacancy, { id: "a", preferredRegionCodes: ["04"] }, { context: { regionNames: { "04": { fr: "La Mauricie", en: "Mauricie" } } } })
        .factors.find((f) => f.key === "region")!.detail,
    ).toBe("Région souhaitée : La Mauricie (04)");
  });
});

describe("occupation factor", () => {
  it.each([
    ["72106", 1, "Même profession (CNP 72106)"],
    ["72105", 0.775, "Profession voisine : CNP 72105, même groupe intermédiaire que 72106"],
    ["72201", 0.425, "Profession : CNP 72201, même grand groupe que 72106"],
    ["73100", 0.28, "Profession : CNP 73100, même grande catégorie que 72106"],
    ["65201", 0.09, "Profession : CNP 65201, autre domaine que 72106"],
  ])("candidate %s (hierarchy only) -> %d", (noc, expected, detail) => {
    const f = factor({ id: "a", occupations: [{ nocCode: noc, years: 1 }] }, "occupation");
    expect(f.score).toBeCloseTo(expected, 4);
    expect(f.detail).toBe(detail);
  });

  it("scores the same sub-major group between minor group and major group", () => {
    const f = factor({ id: "a", occupations: [{ nocCode: "72310", years: 1 }] }, "occupation", { ...vacancy, nocCode: "72300" });
    expect(f.score).toBeCloseTo(0.595, 4);
    expect(f.detail).toBe("Profession voisine : CNP 72310, même sous-grand groupe que 72300");
  });

  it("takes the best of several occupations", () => {
    expect(factor({ id: "a", occupations: [{ nocCode: "65201" }, { nocCode: "72106" }] }, "occupation").score).toBe(1);
  });

  it("scores an unknown occupation 0 and says so", () => {
    const f = factor({ id: "a" }, "occupation");
    expect(f.score).toBe(0);
    expect(f.detail).toBe("Profession inconnue");
  });
});

describe("isoDay", () => {
  it("accepts real calendar dates only", () => {
    expect(isoDay("2027-02-28")).not.toBeNull();
    expect(isoDay("2028-02-29")).not.toBeNull();
    expect(isoDay("2027-02-29")).toBeNull();
    expect(isoDay("2027-13-01")).toBeNull();
    expect(isoDay("27-01-01")).toBeNull();
    expect(isoDay(null)).toBeNull();
    expect(isoDay("2027-03-02")! - isoDay("2027-03-01")!).toBe(1);
  });

  it("agrees with Date.UTC and round-trips through isoDateOfDay", () => {
    for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000 * 3) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(isoDay(iso)).toBe(t / 86_400_000);
      expect(isoDateOfDay(t / 86_400_000)).toBe(iso);
    }
  });
});
