import { describe, expect, it } from "vitest";
import { makeVacancyInputSchema, makeUpdateVacancySchema, ZEmployerVacancyFilters } from "@/lib/schemas/vacancy";
import { ZOrganisationProfile, ZVerificationDecision, ZInviteMember } from "@/lib/schemas/employer";

const schema = makeVacancyInputSchema({ minHourlyWageCents: 1610, today: () => "2027-01-10" });

const valid = {
  title: "Soudeur ou soudeuse",
  nocCode: "72106",
  municipalityCode: "94068",
  positions: "2",
  employmentType: "permanent",
  hoursPerWeek: "40",
  wageMin: "27,50",
  wageMax: "32.00",
  requiredSkills: ["Soudage MIG"],
  assetSkills: [],
  minFrenchLevel: "6",
  minEnglishLevel: "",
  minExperienceYears: "",
  minEducation: "",
  startDate: "2027-02-01",
  description: "Soudure de pièces d'acier pour l'industrie forestière.",
  offersHousingHelp: true,
  lmiaStatus: "in_progress",
  externalRef: "",
};

function errorsOf(input: unknown, s: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = schema) {
  const r = s.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
}

describe("vacancy schema", () => {
  it("parses what the form holds (French decimals, blanks) into typed values, idempotently", () => {
    const r = schema.parse(valid);
    expect(r).toMatchObject({ positions: 2, hoursPerWeek: 40, wageMin: 27.5, wageMax: 32, minFrenchLevel: 6, minEnglishLevel: null, minEducation: null, externalRef: null, startDate: "2027-02-01" });
    // The output parses again to itself: the client may send what the form holds or what the schema made of it.
    expect(schema.parse(r)).toEqual(r);
  });

  it("refuses each bad input of the issue with a message key naming the field", () => {
    expect(errorsOf({ ...valid, wageMin: "15,00" })).toEqual({ wageMin: "vacancy.errors.wageBelowMinimum" });
    expect(errorsOf({ ...valid, startDate: "2027-01-09" })).toEqual({ startDate: "vacancy.errors.startDatePast" });
    expect(errorsOf({ ...valid, minFrenchLevel: "0" })).toEqual({ minFrenchLevel: "vacancy.errors.frenchLevel" });
    expect(errorsOf({ ...valid, minFrenchLevel: 13 })).toEqual({ minFrenchLevel: "vacancy.errors.frenchLevel" });
    expect(errorsOf({ ...valid, municipalityCode: "9406" })).toEqual({ municipalityCode: "vacancy.errors.municipalityRequired" });
    expect(errorsOf({ ...valid, wageMin: "30", wageMax: "28" })).toEqual({ wageMax: "vacancy.errors.wageMaxBelowMin" });
    expect(errorsOf({ ...valid, wageMin: "" })).toEqual({ wageMin: "vacancy.errors.wageRequired" });
    expect(errorsOf({ ...valid, employmentType: "contract" })).toEqual({ employmentType: "vacancy.errors.employmentType" });
    expect(errorsOf({ ...valid, positions: "1.5" })).toEqual({ positions: "vacancy.errors.positions" });
  });

  it("accepts the minimum wage exactly", () => {
    expect(errorsOf({ ...valid, wageMin: "16,10", wageMax: "" })).toEqual({});
  });

  it("an update names the version it was read at", () => {
    const update = makeUpdateVacancySchema({ minHourlyWageCents: 1610, today: () => "2027-01-10" });
    expect(errorsOf({ ...valid, id: "v1" }, update)).toHaveProperty("version");
    expect(update.parse({ ...valid, id: "v1", version: 3 }).version).toBe(3);
  });

  it("list filters from the URL drop what they do not understand", () => {
    expect(ZEmployerVacancyFilters.parse({ statut: "published", region: "02", cnp: "721", expire: "1", q: " soudeur " })).toEqual({ statut: "published", region: "02", cnp: "721", expire: "1", q: "soudeur" });
    expect(ZEmployerVacancyFilters.parse({ statut: "nope", region: "99", cnp: "x", expire: "yes" })).toEqual({});
  });
});

describe("employer schemas", () => {
  const profile = { legalName: "Scierie du Nord", neq: "1171234567", sectorCode: "31", municipalityCode: "94068", size: "10-49", website: "scierie.ca", description: "", version: 0 };
  it("a NEQ has 10 digits; the website gets its scheme", () => {
    expect(errorsOf({ ...profile, neq: "117123456" }, ZOrganisationProfile)).toEqual({ neq: "auth.errors.neq" });
    expect(ZOrganisationProfile.parse(profile).website).toBe("https://scierie.ca");
    expect(errorsOf({ ...profile, website: "javascript:alert(1)" }, ZOrganisationProfile)).toHaveProperty("website");
    expect(errorsOf({ ...profile, sectorCode: "99" }, ZOrganisationProfile)).toEqual({ sectorCode: "employer.errors.sector" });
  });
  it("a rejection needs a reason", () => {
    expect(errorsOf({ employerId: "e1", version: 0, decision: "reject", reason: "" }, ZVerificationDecision)).toEqual({ reason: "employer.errors.rejectionReason" });
    expect(errorsOf({ employerId: "e1", version: 0, decision: "verify" }, ZVerificationDecision)).toEqual({});
  });
  it("invitations are by e-mail, recruiter by default", () => {
    expect(ZInviteMember.parse({ email: " Ana@Example.ORG " })).toEqual({ email: "ana@example.org", role: "RECRUITER" });
  });
});

describe("a CSV row without the optional columns", () => {
  it("parses: absent optional keys become null or their default", () => {
    const { wageMax, minFrenchLevel, minEnglishLevel, minExperienceYears, minEducation, startDate, externalRef, requiredSkills, assetSkills, offersHousingHelp, lmiaStatus, ...required } = valid;
    void [wageMax, minFrenchLevel, minEnglishLevel, minExperienceYears, minEducation, startDate, externalRef, requiredSkills, assetSkills, offersHousingHelp, lmiaStatus];
    const r = schema.parse(required);
    expect(r).toMatchObject({ wageMax: null, minFrenchLevel: null, startDate: null, externalRef: null, requiredSkills: [], offersHousingHelp: false, lmiaStatus: "not_needed" });
  });
  it("but a missing required value is still refused", () => {
    const { wageMin, ...rest } = valid;
    void wageMin;
    expect(errorsOf(rest)).toEqual({ wageMin: "vacancy.errors.wageRequired" });
  });
});
