// The anonymous card: everything an employer may see of a candidate before the candidate accepts an invitation
// from that employer, and nothing else. No name, contact, city, country, citizenship, immigration situation or free
// text about the person: only what matching needs. Shared by the candidate's own preview, the employers' candidate
// list and (later) recruiting and matching screens. Pure.

import type { EducationLevel } from "../education";
import { skillLabel, SKILL_VOCABULARY_BY_KEY } from "../skills-vocabulary";
import type { CredentialStatus, WorkType } from "./options";
import { daysSince } from "./freshness";

export type AnonymousCandidateCard = {
  /** The profile's id (opaque; never the account's). */
  id: string;
  occupations: { nocCode: string; title: string | null; years: number }[];
  /** Skill labels (vocabulary skills in the reader's language). */
  skills: string[];
  /** Échelle québécoise 1..12 (the lower of oral and written). */
  frenchLevel: number | null;
  frenchOral: number | null;
  frenchWritten: number | null;
  /** CLB 1..12. */
  englishLevel: number | null;
  education: EducationLevel | null;
  credentialStatus: CredentialStatus | null;
  preferredRegionCodes: string[];
  openToAnyRegionOutsideCmm: boolean;
  /** YYYY-MM-DD. */
  availableFrom: string | null;
  workTypes: WorkType[];
  inQuebec: boolean | null;
  familyComing: boolean | null;
  needsHousingHelp: boolean | null;
  hasDrivingLicence: boolean | null;
  /** ISO instant of the last confirmation, and the whole days since ("confirmed N days ago"). */
  confirmedAt: string;
  confirmedDaysAgo: number;
};

/** The fields of a profile the card is built from (select exactly these: see CARD_SELECT in the data layer). */
export type CardSource = {
  id: string;
  occupations: readonly { nocCode: string; years: number }[];
  skillLabels: readonly string[];
  skillKeys: readonly string[];
  frenchLevel: number | null;
  frenchOral: number | null;
  frenchWritten: number | null;
  englishLevel: number | null;
  education: string | null;
  credentialStatus: string | null;
  preferredRegionCodes: readonly string[];
  openToAnyRegionOutsideCmm: boolean;
  availableFrom: Date | null;
  workTypes: readonly string[];
  inQuebec: boolean | null;
  familyComing: boolean | null;
  needsHousingHelp: boolean | null;
  hasDrivingLicence: boolean | null;
  confirmedAt: Date;
};

export function toAnonymousCard(p: CardSource, ctx: { locale: "fr" | "en"; now: Date; unitGroupTitles: ReadonlyMap<string, string> }): AnonymousCandidateCard {
  return {
    id: p.id,
    occupations: p.occupations.map((o) => ({ nocCode: o.nocCode, title: ctx.unitGroupTitles.get(o.nocCode) ?? null, years: o.years })),
    // A vocabulary skill is shown in the reader's language; a label outside it as the candidate wrote it.
    skills: p.skillLabels.map((label, i) => {
      const key = p.skillKeys[i];
      return key && SKILL_VOCABULARY_BY_KEY.has(key) ? skillLabel(key, ctx.locale) : label;
    }),
    frenchLevel: p.frenchLevel,
    frenchOral: p.frenchOral,
    frenchWritten: p.frenchWritten,
    englishLevel: p.englishLevel,
    education: (p.education as EducationLevel | null) ?? null,
    credentialStatus: (p.credentialStatus as CredentialStatus | null) ?? null,
    preferredRegionCodes: [...p.preferredRegionCodes],
    openToAnyRegionOutsideCmm: p.openToAnyRegionOutsideCmm,
    availableFrom: p.availableFrom ? p.availableFrom.toISOString().slice(0, 10) : null,
    workTypes: p.workTypes as WorkType[],
    inQuebec: p.inQuebec,
    familyComing: p.familyComing,
    needsHousingHelp: p.needsHousingHelp,
    hasDrivingLicence: p.hasDrivingLicence,
    confirmedAt: p.confirmedAt.toISOString(),
    confirmedDaysAgo: daysSince(p.confirmedAt, ctx.now),
  };
}

/** The lower of the oral and written French levels (either one alone when the other is unknown). */
export function combinedFrenchLevel(oral: number | null, written: number | null): number | null {
  if (oral === null) return written;
  if (written === null) return oral;
  return Math.min(oral, written);
}
