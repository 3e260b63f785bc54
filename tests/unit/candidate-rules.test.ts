import { describe, expect, it } from "vitest";
import { COMPLETENESS_ITEMS, profileCompleteness, type CompletenessInput } from "@/lib/domain/candidate/completeness";
import { ASK_TO_CONFIRM_AFTER_DAYS, daysSince, hiddenIfConfirmedBefore, profileFreshness } from "@/lib/domain/candidate/freshness";
import { combinedFrenchLevel, toAnonymousCard } from "@/lib/domain/candidate/anonymous-card";
import { regulatedOccupations } from "@/lib/domain/candidate/regulated-occupations";

const empty: CompletenessInput = {
  firstName: null,
  lastName: null,
  countryOfResidence: null,
  occupations: [],
  skillLabels: [],
  education: null,
  credentialStatus: null,
  frenchOral: null,
  frenchWritten: null,
  englishLevel: null,
  preferredRegionCodes: [],
  openToAnyRegionOutsideCmm: false,
  availableFrom: null,
  workTypes: [],
};
const full: CompletenessInput = {
  firstName: "Amina",
  lastName: "Diallo",
  countryOfResidence: "SN",
  occupations: [{ nocCode: "72106", years: 5 }],
  skillLabels: ["Soudage", "Soudage MIG", "Lecture de plans"],
  education: "vocational",
  credentialStatus: "evaluation_requested",
  frenchOral: 8,
  frenchWritten: 7,
  englishLevel: 4,
  preferredRegionCodes: ["04"],
  openToAnyRegionOutsideCmm: false,
  availableFrom: "2027-03-01",
  workTypes: ["permanent"],
};

describe("profileCompleteness", () => {
  it("weights sum to 100", () => {
    expect(COMPLETENESS_ITEMS.reduce((s, i) => s + i.weight, 0)).toBe(100);
  });
  it("is 0% with every item missing, heaviest first", () => {
    const c = profileCompleteness(empty);
    expect(c.percent).toBe(0);
    expect(c.missing.map((m) => m.key)).toEqual(["occupation", "french", "regions", "skills", "education", "availability", "name", "residence", "english", "credentials", "workTypes"]);
  });
  it("is 100% with nothing missing", () => {
    expect(profileCompleteness(full)).toEqual({ percent: 100, missing: [] });
  });
  it.each([
    ["french needs both oral and written", { frenchWritten: null }, "french"],
    ["three skills at least", { skillLabels: ["Soudage", "Soudage MIG"] }, "skills"],
    ["a name needs both parts", { lastName: "" }, "name"],
  ] as const)("%s", (_label, change, missing) => {
    const c = profileCompleteness({ ...full, ...change });
    expect(c.missing.map((m) => m.key)).toEqual([missing]);
    expect(c.percent).toBe(100 - COMPLETENESS_ITEMS.find((i) => i.key === missing)!.weight);
  });
  it("counts « any region outside Montréal » as a region choice", () => {
    expect(profileCompleteness({ ...full, preferredRegionCodes: [], openToAnyRegionOutsideCmm: true }).percent).toBe(100);
  });
  it("needs no recognition status without a diploma", () => {
    expect(profileCompleteness({ ...full, education: "none", credentialStatus: null }).percent).toBe(100);
  });
});

describe("freshness", () => {
  const now = new Date("2027-06-15T12:00:00Z");
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

  it("counts whole days", () => {
    expect(daysSince(daysAgo(0), now)).toBe(0);
    expect(daysSince(new Date(now.getTime() - 86_399_000), now)).toBe(0);
    expect(daysSince(daysAgo(3), now)).toBe(3);
    expect(daysSince(new Date(now.getTime() + 5000), now)).toBe(0);
  });
  it("asks for a confirmation from 90 days on", () => {
    expect(profileFreshness(daysAgo(ASK_TO_CONFIRM_AFTER_DAYS - 1), now).needsConfirmation).toBe(false);
    expect(profileFreshness(daysAgo(ASK_TO_CONFIRM_AFTER_DAYS), now).needsConfirmation).toBe(true);
  });
  it("hides the profile from employers after 12 months", () => {
    expect(hiddenIfConfirmedBefore(now).toISOString()).toBe("2026-06-15T12:00:00.000Z");
    expect(profileFreshness(new Date("2026-06-15T12:00:01Z"), now).hiddenFromEmployers).toBe(false);
    expect(profileFreshness(new Date("2026-06-15T12:00:00Z"), now)).toMatchObject({ hiddenFromEmployers: true, needsConfirmation: true });
  });
  it("keeps 12 months a calendar year, 29 February included", () => {
    expect(hiddenIfConfirmedBefore(new Date("2028-02-29T08:00:00Z")).toISOString()).toBe("2027-02-28T08:00:00.000Z");
    expect(hiddenIfConfirmedBefore(new Date("2027-03-31T00:00:00Z")).toISOString()).toBe("2026-03-31T00:00:00.000Z");
  });
});

describe("anonymous card", () => {
  const source = {
    id: "p1",
    occupations: [{ nocCode: "72106", years: 5 }],
    skillLabels: ["soudure", "Taille de pierre"],
    skillKeys: ["welding", "pierre taille"],
    frenchLevel: 7,
    frenchOral: 8,
    frenchWritten: 7,
    englishLevel: null,
    education: "vocational",
    credentialStatus: null,
    preferredRegionCodes: ["04"],
    openToAnyRegionOutsideCmm: false,
    availableFrom: new Date("2027-03-01T00:00:00Z"),
    workTypes: ["permanent"],
    inQuebec: false,
    familyComing: true,
    needsHousingHelp: true,
    hasDrivingLicence: null,
    confirmedAt: new Date("2027-01-01T00:00:00Z"),
  };
  it("shows vocabulary skills in the reader's language and others as written", () => {
    const card = toAnonymousCard(source, { locale: "en", now: new Date("2027-01-11T00:00:00Z"), unitGroupTitles: new Map([["72106", "Welders"]]) });
    expect(card.skills).toEqual(["Welding", "Taille de pierre"]);
    expect(card.occupations).toEqual([{ nocCode: "72106", title: "Welders", years: 5 }]);
    expect(card.availableFrom).toBe("2027-03-01");
    expect(card.confirmedDaysAgo).toBe(10);
  });
  it("carries no identity or contact field", () => {
    const card = toAnonymousCard({ ...source, firstName: "Amina", email: "a@b.c", phone: "555" } as typeof source, { locale: "fr", now: new Date(), unitGroupTitles: new Map() });
    for (const k of ["firstName", "lastName", "email", "phone", "cityOfResidence", "countryOfResidence", "citizenship", "immigrationStatus", "userId"]) expect(card).not.toHaveProperty(k);
  });
  it("combines oral and written French as the lower level", () => {
    expect(combinedFrenchLevel(8, 6)).toBe(6);
    expect(combinedFrenchLevel(null, 6)).toBe(6);
    expect(combinedFrenchLevel(null, null)).toBeNull();
  });
});

describe("regulated occupations", () => {
  it("names the order of a regulated occupation and nothing for others", () => {
    expect(regulatedOccupations(["31301", "72106", "72200"]).map((r) => r.nocCode)).toEqual(["31301", "72200"]);
  });
});
