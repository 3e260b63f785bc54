import { describe, expect, it } from "vitest";
import {
  ZAvailabilitySection,
  ZDeleteAccount,
  ZEducationSection,
  ZIdentitySection,
  ZLanguagesSection,
  ZLocationSection,
  ZMobilitySection,
  ZOccupationsSection,
  ZSetConsent,
  ZSkillsSection,
  todayInQuebec,
} from "@/lib/schemas/candidate";
import { addCalendarDays } from "@/lib/domain/vacancy/dates";
import type { z } from "zod";

/** The i18n keys of the issues of a failed parse, by dotted path. */
function errors(schema: z.ZodType, input: unknown): Record<string, string> {
  const r = schema.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("identity", () => {
  const valid = { version: 0, firstName: "  Amina ", lastName: "Diallo", phone: "+1 819 555-0101", citizenship: "sn" };
  it("accepts and tidies a valid section", () => {
    expect(ZIdentitySection.parse(valid)).toEqual({ version: 0, firstName: "Amina", lastName: "Diallo", phone: "+1 819 555-0101", citizenship: "SN" });
  });
  it("is idempotent (a parsed value parses to itself)", () => {
    const once = ZIdentitySection.parse(valid);
    expect(ZIdentitySection.parse(once)).toEqual(once);
  });
  it("requires the names", () => {
    expect(errors(ZIdentitySection, { ...valid, firstName: "  " })).toEqual({ firstName: "common.form.required" });
  });
  it("refuses a script tag", () => {
    expect(errors(ZIdentitySection, { ...valid, lastName: "<script>alert(1)</script>" })).toEqual({ lastName: "candidate.errors.noMarkup" });
  });
  it("refuses a 10,000-character field", () => {
    expect(errors(ZIdentitySection, { ...valid, firstName: "a".repeat(10_000) })).toEqual({ firstName: "common.form.tooLong" });
  });
  it("refuses a bad phone number and an unknown country", () => {
    expect(errors(ZIdentitySection, { ...valid, phone: "call me", citizenship: "QQ" })).toEqual({ phone: "candidate.errors.phone", citizenship: "candidate.errors.country" });
  });
  it("refuses a negative or missing version", () => {
    expect(errors(ZIdentitySection, { ...valid, version: -1 })).toHaveProperty("version");
  });
});

describe("location", () => {
  it("reads yes/no answers as booleans, blank as unknown", () => {
    expect(ZLocationSection.parse({ version: 1, inQuebec: "no", countryOfResidence: "MA", cityOfResidence: "Casablanca", immigrationStatus: "" })).toMatchObject({ inQuebec: false, immigrationStatus: null });
    expect(ZLocationSection.parse({ version: 1, inQuebec: "", countryOfResidence: "", cityOfResidence: "" })).toMatchObject({ inQuebec: null, countryOfResidence: null, cityOfResidence: null });
  });
  it("refuses living in Québec with a country other than Canada", () => {
    expect(errors(ZLocationSection, { version: 1, inQuebec: "yes", countryOfResidence: "FR" })).toEqual({ countryOfResidence: "candidate.errors.quebecIsInCanada" });
  });
  it("refuses an unknown immigration status", () => {
    expect(errors(ZLocationSection, { version: 1, inQuebec: "no", countryOfResidence: "FR", immigrationStatus: "alien" })).toEqual({ immigrationStatus: "candidate.errors.choice" });
  });
});

describe("occupations", () => {
  it("accepts codes with years in either decimal notation", () => {
    const v = ZOccupationsSection.parse({ version: 0, occupations: [{ nocCode: "72106", title: "Soudeuse", years: "3,5" }, { nocCode: "33102", title: null, years: 2 }] });
    expect(v.occupations.map((o) => o.years)).toEqual([3.5, 2]);
  });
  it("refuses a malformed code, a duplicate and negative years", () => {
    expect(errors(ZOccupationsSection, { version: 0, occupations: [{ nocCode: "7210", title: "", years: 1 }] })).toEqual({ "occupations.0.nocCode": "candidate.errors.nocCode" });
    expect(errors(ZOccupationsSection, { version: 0, occupations: [{ nocCode: "72106", years: 1 }, { nocCode: "72106", years: 2 }] })).toEqual({ "occupations.1.nocCode": "candidate.errors.duplicateOccupation" });
    expect(errors(ZOccupationsSection, { version: 0, occupations: [{ nocCode: "72106", years: "-1" }] })).toEqual({ "occupations.0.years": "candidate.errors.years" });
  });
  it("refuses more than five occupations", () => {
    const six = ["10010", "10011", "10012", "10019", "10020", "10021"].map((nocCode) => ({ nocCode, years: 1 }));
    expect(errors(ZOccupationsSection, { version: 0, occupations: six })).toEqual({ occupations: "candidate.errors.tooManyOccupations" });
  });
});

describe("skills", () => {
  it("tidies labels and refuses markup and overly long labels", () => {
    expect(ZSkillsSection.parse({ version: 0, skills: ["  Soudage   MIG "] }).skills).toEqual(["Soudage MIG"]);
    expect(errors(ZSkillsSection, { version: 0, skills: ["<b>x</b>"] })).toEqual({ "skills.0": "candidate.errors.noMarkup" });
    expect(errors(ZSkillsSection, { version: 0, skills: ["x".repeat(81)] })).toEqual({ "skills.0": "common.form.tooLong" });
  });
  it("refuses more than 30 skills", () => {
    expect(errors(ZSkillsSection, { version: 0, skills: Array.from({ length: 31 }, (_, i) => `skill ${i}`) })).toEqual({ skills: "candidate.errors.tooManySkills" });
  });
});

describe("education", () => {
  it("accepts the Québec levels and recognition statuses", () => {
    expect(ZEducationSection.parse({ version: 0, education: "vocational", educationField: "Soudage", educationCountry: "MA", credentialStatus: "evaluation_requested" })).toMatchObject({ education: "vocational", credentialStatus: "evaluation_requested" });
  });
  it("refuses an unknown level or status", () => {
    expect(errors(ZEducationSection, { version: 0, education: "phd", credentialStatus: "maybe" })).toEqual({ education: "candidate.errors.choice", credentialStatus: "candidate.errors.choice" });
  });
});

describe("languages", () => {
  const valid = { version: 0, frenchOral: 7, frenchWritten: "6", englishLevel: null, languageTestName: "TEF Canada", languageTestDate: "2026-01-15" };
  it("accepts levels 1 to 12 as numbers or text", () => {
    expect(ZLanguagesSection.parse(valid)).toMatchObject({ frenchOral: 7, frenchWritten: 6, englishLevel: null });
  });
  it("refuses French level 13 and 0", () => {
    expect(errors(ZLanguagesSection, { ...valid, frenchOral: 13, frenchWritten: 0 })).toEqual({ frenchOral: "candidate.errors.frenchLevel", frenchWritten: "candidate.errors.frenchLevel" });
  });
  it("refuses an impossible test date or one years ahead", () => {
    expect(errors(ZLanguagesSection, { ...valid, languageTestDate: "2026-02-30" })).toEqual({ languageTestDate: "candidate.errors.date" });
    expect(errors(ZLanguagesSection, { ...valid, languageTestDate: addCalendarDays(todayInQuebec(), 800) })).toEqual({ languageTestDate: "candidate.errors.testDate" });
  });
});

describe("mobility", () => {
  it("accepts regions outside the CMM, sorted and de-duplicated", () => {
    expect(ZMobilitySection.parse({ version: 0, preferredRegionCodes: ["09", "04", "04"], openToAnyRegionOutsideCmm: false }).preferredRegionCodes).toEqual(["04", "09"]);
  });
  it("refuses an unknown region code and the regions entirely in the CMM", () => {
    expect(errors(ZMobilitySection, { version: 0, preferredRegionCodes: ["18"] })).toEqual({ "preferredRegionCodes.0": "candidate.errors.region" });
    expect(errors(ZMobilitySection, { version: 0, preferredRegionCodes: ["04", "06"] })).toEqual({ "preferredRegionCodes.1": "candidate.errors.regionInCmm" });
  });
});

describe("availability", () => {
  it("accepts today and later", () => {
    const today = todayInQuebec();
    expect(ZAvailabilitySection.parse({ version: 0, availableFrom: today, workTypes: ["seasonal", "permanent"] })).toEqual({ version: 0, availableFrom: today, workTypes: ["permanent", "seasonal"] });
  });
  it("refuses a date in the past", () => {
    expect(errors(ZAvailabilitySection, { version: 0, availableFrom: addCalendarDays(todayInQuebec(), -1), workTypes: [] })).toEqual({ availableFrom: "candidate.errors.availablePast" });
  });
  it("refuses an unknown kind of work", () => {
    expect(errors(ZAvailabilitySection, { version: 0, availableFrom: "", workTypes: ["freelance"] })).toEqual({ "workTypes.0": "candidate.errors.choice" });
  });
});

describe("consent and deletion", () => {
  it("accepts the three purposes only", () => {
    expect(ZSetConsent.safeParse({ purpose: "visible_to_employers", granted: true, wordingVersion: "2026-11-30" }).success).toBe(true);
    expect(errors(ZSetConsent, { purpose: "sell_my_data", granted: true, wordingVersion: "x" })).toEqual({ purpose: "candidate.errors.consentPurpose" });
  });
  it("asks for the confirmation word, in either language", () => {
    expect(ZDeleteAccount.parse({ confirmation: " supprimer " })).toEqual({ confirmation: "SUPPRIMER" });
    expect(ZDeleteAccount.parse({ confirmation: "delete" })).toEqual({ confirmation: "DELETE" });
    expect(errors(ZDeleteAccount, { confirmation: "oui" })).toEqual({ confirmation: "candidate.errors.deleteConfirmation" });
  });
});

describe("missing keys", () => {
  it("reads a missing optional field as not specified", () => {
    expect(ZLanguagesSection.parse({ version: 0 })).toEqual({ version: 0, frenchOral: null, frenchWritten: null, englishLevel: null, languageTestName: null, languageTestDate: null });
    expect(ZMobilitySection.parse({ version: 0, preferredRegionCodes: [] })).toEqual({ version: 0, preferredRegionCodes: [], openToAnyRegionOutsideCmm: false, familyComing: null, needsHousingHelp: null, hasDrivingLicence: null });
  });
});
