// Texts of the explanations (factor details and gaps), French first. They live with the engine rather than in
// lib/i18n/messages because the engine must run without the app (CLI, evaluation suites) and because each text
// is built from the engine's own facts; see docs/decisions/0005-matching-weights.md.

import type { NocLevel } from "../occupation-similarity";
import type { MatchLocale } from "./types";

export interface MatchMessages {
  // occupation
  occupationSame(code: string): string;
  occupationRelated(level: Exclude<NocLevel, "unit">, code: string, vacancyCode: string): string;
  occupationUnknown(): string;
  occupationNotSpecified(): string;
  gapNoExperienceInNoc(vacancyCode: string): string;
  // skills
  skillsSummary(
    requiredHeld: number,
    requiredPartial: number,
    requiredCount: number,
    assetHeld: number,
    assetPartial: number,
    assetCount: number,
  ): string;
  gapMissingRequiredSkill(label: string): string;
  gapPartialRequiredSkill(label: string): string;
  gapMissingAsset(label: string): string;
  gapPartialAsset(label: string): string;
  // region
  regionWanted(region: string): string;
  regionOpenToAny(region: string): string;
  regionOtherRegions(regions: string): string;
  regionOnlyCmm(regions: string): string;
  regionOtherCmmRegion(regions: string): string;
  regionOutsideCmmWanted(regions: string): string;
  regionUnknown(): string;
  regionNotSpecified(): string;
  gapRegionNotWanted(region: string): string;
  gapRegionOnlyCmm(region: string): string;
  gapRegionUnknown(): string;
  // languages
  languageDetail(language: "french" | "english", level: number | null, minimum: number | null): string;
  gapLanguage(language: "french" | "english", level: number | null, minimum: number): string;
  // experience
  experienceDetail(years: number, related: boolean, known: boolean, minimum: number | null): string;
  gapExperience(years: number, known: boolean, minimum: number): string;
  // education
  educationDetail(level: string | null, minimum: string | null): string;
  gapEducation(level: string | null, minimum: string): string;
  // availability
  availabilityOnTime(availableFrom: string, start: string | null): string;
  availabilityLate(availableFrom: string, delayDays: number, start: string): string;
  availabilityUnknown(): string;
  gapAvailabilityLate(delayDays: number): string;
  gapAvailabilityUnknown(): string;
}

function num(n: number, locale: MatchLocale): string {
  const rounded = Math.round(n * 10) / 10;
  const text = String(rounded);
  return locale === "fr" ? text.replace(".", ",") : text;
}

function yearsFr(n: number): string {
  return `${num(n, "fr")} ${n >= 2 ? "ans" : "an"}`;
}
function yearsEn(n: number): string {
  return `${num(n, "en")} ${n === 1 ? "year" : "years"}`;
}

/** Delay as days under four weeks, as months (rounded) from then on. */
function delayFr(days: number): string {
  if (days < 28) return `${days} ${days >= 2 ? "jours" : "jour"}`;
  return `${Math.max(1, Math.round(days / 30.44))} mois`;
}
function delayEn(days: number): string {
  if (days < 28) return `${days} ${days === 1 ? "day" : "days"}`;
  const months = Math.max(1, Math.round(days / 30.44));
  return `${months} ${months === 1 ? "month" : "months"}`;
}

const NOC_LEVEL_FR: Record<Exclude<NocLevel, "unit">, string> = {
  minor: "même groupe intermédiaire que",
  subMajor: "même sous-grand groupe que",
  major: "même grand groupe que",
  broad: "même grande catégorie que",
  none: "autre domaine que",
};
const NOC_LEVEL_EN: Record<Exclude<NocLevel, "unit">, string> = {
  minor: "same minor group as",
  subMajor: "same sub-major group as",
  major: "same major group as",
  broad: "same broad category as",
  none: "other field than",
};

const fr: MatchMessages = {
  occupationSame: (code) => `Même profession (CNP ${code})`,
  occupationRelated: (level, code, vacancyCode) =>
    level === "minor" || level === "subMajor"
      ? `Profession voisine : CNP ${code}, ${NOC_LEVEL_FR[level]} ${vacancyCode}`
      : `Profession : CNP ${code}, ${NOC_LEVEL_FR[level]} ${vacancyCode}`,
  occupationUnknown: () => "Profession inconnue",
  occupationNotSpecified: () => "Profession de l'offre non précisée",
  gapNoExperienceInNoc: (vacancyCode) => `Aucune expérience dans la profession de l'offre (CNP ${vacancyCode})`,

  skillsSummary: (rh, rp, rn, ah, ap, an) => {
    const parts: string[] = [];
    if (rn > 0) {
      parts.push(`${rh} ${rh >= 2 ? "compétences requises" : "compétence requise"} sur ${rn}${rp > 0 ? ` (+${rp} partielle${rp >= 2 ? "s" : ""})` : ""}`);
    }
    if (an > 0) parts.push(`${ah} ${ah >= 2 ? "atouts" : "atout"} sur ${an}${ap > 0 ? ` (+${ap} partiel${ap >= 2 ? "s" : ""})` : ""}`);
    return parts.length > 0 ? parts.join("; ") : "Aucune compétence précisée dans l'offre";
  },
  gapMissingRequiredSkill: (label) => `Compétence requise manquante : ${label}`,
  gapPartialRequiredSkill: (label) => `Compétence requise à confirmer : ${label} (compétence voisine déclarée)`,
  gapMissingAsset: (label) => `Atout manquant : ${label}`,
  gapPartialAsset: (label) => `Atout à confirmer : ${label} (compétence voisine déclarée)`,

  regionWanted: (region) => `Région souhaitée : ${region}`,
  regionOpenToAny: (region) => `Ouvert à toute région hors CMM, dont ${region}`,
  regionOtherRegions: (regions) => `Souhaite d'autres régions : ${regions}`,
  regionOnlyCmm: (regions) => `Souhaite seulement des régions de la CMM : ${regions}`,
  regionOtherCmmRegion: (regions) => `Souhaite une autre région de la grande région de Montréal : ${regions}`,
  regionOutsideCmmWanted: (regions) => `Souhaite s'établir hors CMM${regions ? ` : ${regions}` : ""}`,
  regionUnknown: () => "Préférences régionales inconnues",
  regionNotSpecified: () => "Région de l'offre non précisée",
  gapRegionNotWanted: (region) => `Région de l'offre non souhaitée : ${region}`,
  gapRegionOnlyCmm: (region) => `Souhaite seulement la CMM, pas ${region}`,
  gapRegionUnknown: () => "Préférences régionales inconnues",

  languageDetail: (language, level, minimum) => {
    const name = language === "french" ? "Niveau de français" : "Niveau d'anglais";
    const min = minimum == null ? "aucun minimum" : `minimum ${minimum}`;
    return level == null ? `${name} inconnu (${min})` : `${name} ${level} (${min})`;
  },
  gapLanguage: (language, level, minimum) => {
    const name = language === "french" ? "Niveau de français" : "Niveau d'anglais";
    return `${name} ${level == null ? "inconnu" : level}, ${minimum} requis`;
  },

  experienceDetail: (years, related, known, minimum) => {
    const min = minimum == null || minimum <= 0 ? "aucun minimum" : `minimum ${num(minimum, "fr")}`;
    if (!known) return `Expérience inconnue (${min})`;
    return related
      ? `${yearsFr(years)} d'expérience équivalente, dans une profession voisine (${min})`
      : `${yearsFr(years)} dans la profession (${min})`;
  },
  gapExperience: (years, known, minimum) =>
    known ? `Expérience dans la profession : ${yearsFr(years)}, minimum ${yearsFr(minimum)}` : `Expérience inconnue, minimum ${yearsFr(minimum)}`,

  educationDetail: (level, minimum) => {
    const min = minimum == null ? "aucun minimum" : `minimum : ${minimum}`;
    return level == null ? `Scolarité inconnue (${min})` : `Scolarité : ${level} (${min})`;
  },
  gapEducation: (level, minimum) =>
    level == null ? `Scolarité inconnue; minimum exigé : ${minimum}` : `Scolarité : ${level}; minimum exigé : ${minimum}`,

  availabilityOnTime: (from, start) =>
    start == null ? `Disponible dès le ${from} (date de début non précisée)` : `Disponible dès le ${from}, à temps pour le début (${start})`,
  availabilityLate: (from, delay, start) => `Disponible le ${from}, ${delayFr(delay)} après le début (${start})`,
  availabilityUnknown: () => "Disponibilité inconnue",
  gapAvailabilityLate: (delay) => `Disponible ${delayFr(delay)} après la date de début`,
  gapAvailabilityUnknown: () => "Date de disponibilité inconnue",
};

const en: MatchMessages = {
  occupationSame: (code) => `Same occupation (NOC ${code})`,
  occupationRelated: (level, code, vacancyCode) =>
    level === "minor" || level === "subMajor"
      ? `Related occupation: NOC ${code}, ${NOC_LEVEL_EN[level]} ${vacancyCode}`
      : `Occupation: NOC ${code}, ${NOC_LEVEL_EN[level]} ${vacancyCode}`,
  occupationUnknown: () => "Occupation unknown",
  occupationNotSpecified: () => "Job occupation not specified",
  gapNoExperienceInNoc: (vacancyCode) => `No experience in the job's occupation (NOC ${vacancyCode})`,

  skillsSummary: (rh, rp, rn, ah, ap, an) => {
    const parts: string[] = [];
    if (rn > 0) parts.push(`${rh} of ${rn} required skill${rn === 1 ? "" : "s"}${rp > 0 ? ` (+${rp} partial)` : ""}`);
    if (an > 0) parts.push(`${ah} of ${an} asset${an === 1 ? "" : "s"}${ap > 0 ? ` (+${ap} partial)` : ""}`);
    return parts.length > 0 ? parts.join("; ") : "No skills specified in the job";
  },
  gapMissingRequiredSkill: (label) => `Missing required skill: ${label}`,
  gapPartialRequiredSkill: (label) => `Required skill to confirm: ${label} (related skill declared)`,
  gapMissingAsset: (label) => `Missing asset: ${label}`,
  gapPartialAsset: (label) => `Asset to confirm: ${label} (related skill declared)`,

  regionWanted: (region) => `Wanted region: ${region}`,
  regionOpenToAny: (region) => `Open to any region outside the CMM, including ${region}`,
  regionOtherRegions: (regions) => `Wants other regions: ${regions}`,
  regionOnlyCmm: (regions) => `Wants only regions in the CMM: ${regions}`,
  regionOtherCmmRegion: (regions) => `Wants another region of the Montréal area: ${regions}`,
  regionOutsideCmmWanted: (regions) => `Wants to settle outside the CMM${regions ? `: ${regions}` : ""}`,
  regionUnknown: () => "Regional preferences unknown",
  regionNotSpecified: () => "Job region not specified",
  gapRegionNotWanted: (region) => `Job region not among the wanted ones: ${region}`,
  gapRegionOnlyCmm: (region) => `Wants only the CMM, not ${region}`,
  gapRegionUnknown: () => "Regional preferences unknown",

  languageDetail: (language, level, minimum) => {
    const name = language === "french" ? "French level" : "English level";
    const min = minimum == null ? "no minimum" : `minimum ${minimum}`;
    return level == null ? `${name} unknown (${min})` : `${name} ${level} (${min})`;
  },
  gapLanguage: (language, level, minimum) => {
    const name = language === "french" ? "French level" : "English level";
    return `${name} ${level == null ? "unknown" : level}, ${minimum} required`;
  },

  experienceDetail: (years, related, known, minimum) => {
    const min = minimum == null || minimum <= 0 ? "no minimum" : `minimum ${num(minimum, "en")}`;
    if (!known) return `Experience unknown (${min})`;
    return related
      ? `${yearsEn(years)} of equivalent experience, in a related occupation (${min})`
      : `${yearsEn(years)} in the occupation (${min})`;
  },
  gapExperience: (years, known, minimum) =>
    known ? `Experience in the occupation: ${yearsEn(years)}, minimum ${yearsEn(minimum)}` : `Experience unknown, minimum ${yearsEn(minimum)}`,

  educationDetail: (level, minimum) => {
    const min = minimum == null ? "no minimum" : `minimum: ${minimum}`;
    return level == null ? `Education unknown (${min})` : `Education: ${level} (${min})`;
  },
  gapEducation: (level, minimum) =>
    level == null ? `Education unknown; minimum required: ${minimum}` : `Education: ${level}; minimum required: ${minimum}`,

  availabilityOnTime: (from, start) =>
    start == null ? `Available from ${from} (no start date)` : `Available from ${from}, in time for the start (${start})`,
  availabilityLate: (from, delay, start) => `Available on ${from}, ${delayEn(delay)} after the start (${start})`,
  availabilityUnknown: () => "Availability unknown",
  gapAvailabilityLate: (delay) => `Available ${delayEn(delay)} after the start date`,
  gapAvailabilityUnknown: () => "Availability date unknown",
};

export const MATCH_MESSAGES: Readonly<Record<MatchLocale, MatchMessages>> = { fr, en };
