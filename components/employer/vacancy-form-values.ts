// The vacancy form's starting values: numbers written as a person of this locale would type them ("27,50" in
// French), blanks as empty strings. Pure, shared by the new and edit pages.
import type { Locale } from "@/lib/i18n/config";
import type { TVacancyFormValues } from "@/lib/schemas/vacancy";

function num(locale: Locale, n: number | null, money = false): string {
  if (n === null) return "";
  return new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { useGrouping: false, minimumFractionDigits: money ? 2 : 0, maximumFractionDigits: 2 }).format(n);
}

export function emptyVacancyFormValues(): TVacancyFormValues {
  return {
    title: "", nocCode: "", municipalityCode: "", positions: "1", employmentType: "permanent" as const, hoursPerWeek: "40", wageMin: "", wageMax: "",
    requiredSkills: [], assetSkills: [], minFrenchLevel: "", minEnglishLevel: "", minExperienceYears: "", minEducation: "", startDate: "", description: "",
    offersHousingHelp: false, offersRelocation: false, offersFrancisation: false, offersImmigrationHelp: false, lmiaStatus: "not_needed" as const, externalRef: "",
  };
}

export type VacancyValuesSource = {
  title: string; nocCode: string; municipalityCode: string; positions: number; employmentType: string; hoursPerWeek: number | null;
  wageMin: number | null; wageMax: number | null; requiredSkills: string[]; assetSkills: string[]; minFrenchLevel: number | null;
  minEnglishLevel: number | null; minExperienceYears: number | null; minEducation: string | null; startDate: string | null; description: string;
  offersHousingHelp: boolean; offersRelocation: boolean; offersFrancisation: boolean; offersImmigrationHelp: boolean; lmiaStatus: string; externalRef: string | null;
};

export function vacancyFormValues(v: VacancyValuesSource, locale: Locale): TVacancyFormValues {
  return {
    title: v.title, nocCode: v.nocCode, municipalityCode: v.municipalityCode, positions: String(v.positions),
    employmentType: v.employmentType as TVacancyFormValues["employmentType"], hoursPerWeek: num(locale, v.hoursPerWeek),
    wageMin: num(locale, v.wageMin, true), wageMax: num(locale, v.wageMax, true), requiredSkills: v.requiredSkills, assetSkills: v.assetSkills,
    minFrenchLevel: v.minFrenchLevel === null ? "" : String(v.minFrenchLevel), minEnglishLevel: v.minEnglishLevel === null ? "" : String(v.minEnglishLevel),
    minExperienceYears: num(locale, v.minExperienceYears), minEducation: v.minEducation ?? "", startDate: v.startDate ?? "", description: v.description,
    offersHousingHelp: v.offersHousingHelp, offersRelocation: v.offersRelocation, offersFrancisation: v.offersFrancisation, offersImmigrationHelp: v.offersImmigrationHelp,
    lmiaStatus: v.lmiaStatus as TVacancyFormValues["lmiaStatus"], externalRef: v.externalRef ?? "",
  };
}
