// How complete a profile is for matching: each item is something the matching engine reads (or that an employer
// needs to act on a match), with a weight for how much it changes the results. Pure.

import type { ProfileSection } from "./options";

export type CompletenessInput = {
  firstName: string | null;
  lastName: string | null;
  countryOfResidence: string | null;
  occupations: readonly { nocCode: string; years: number }[];
  skillLabels: readonly string[];
  education: string | null;
  credentialStatus: string | null;
  frenchOral: number | null;
  frenchWritten: number | null;
  englishLevel: number | null;
  preferredRegionCodes: readonly string[];
  openToAnyRegionOutsideCmm: boolean;
  availableFrom: string | Date | null;
  workTypes: readonly string[];
};

/** Three skills: below that, the skills factor of the matching engine has too little to compare. */
export const MIN_SKILLS_FOR_MATCHING = 3;

export type CompletenessItemKey =
  | "occupation"
  | "french"
  | "regions"
  | "skills"
  | "education"
  | "availability"
  | "name"
  | "residence"
  | "english"
  | "credentials"
  | "workTypes";

type Item = { key: CompletenessItemKey; section: ProfileSection; weight: number; done: (p: CompletenessInput) => boolean };

// Weights sum to 100, heaviest first: the occupation, French and the regions decide most of a match.
export const COMPLETENESS_ITEMS: readonly Item[] = Object.freeze([
  { key: "occupation", section: "occupations", weight: 20, done: (p) => p.occupations.length > 0 },
  { key: "french", section: "languages", weight: 15, done: (p) => p.frenchOral !== null && p.frenchWritten !== null },
  { key: "regions", section: "mobility", weight: 15, done: (p) => p.preferredRegionCodes.length > 0 || p.openToAnyRegionOutsideCmm },
  { key: "skills", section: "skills", weight: 10, done: (p) => p.skillLabels.length >= MIN_SKILLS_FOR_MATCHING },
  { key: "education", section: "education", weight: 10, done: (p) => p.education !== null },
  { key: "availability", section: "availability", weight: 10, done: (p) => p.availableFrom !== null },
  { key: "name", section: "identity", weight: 5, done: (p) => !!p.firstName && !!p.lastName },
  { key: "residence", section: "location", weight: 5, done: (p) => p.countryOfResidence !== null },
  { key: "english", section: "languages", weight: 5, done: (p) => p.englishLevel !== null },
  // Without a diploma there is nothing to have recognised.
  { key: "credentials", section: "education", weight: 3, done: (p) => p.credentialStatus !== null || p.education === "none" },
  { key: "workTypes", section: "availability", weight: 2, done: (p) => p.workTypes.length > 0 },
]);

export type Completeness = {
  /** 0..100, the sum of the weights of the items done. */
  percent: number;
  /** What is missing, heaviest first. */
  missing: { key: CompletenessItemKey; section: ProfileSection; weight: number }[];
};

export function profileCompleteness(p: CompletenessInput): Completeness {
  let percent = 0;
  const missing: Completeness["missing"] = [];
  for (const item of COMPLETENESS_ITEMS) {
    if (item.done(p)) percent += item.weight;
    else missing.push({ key: item.key, section: item.section, weight: item.weight });
  }
  return { percent, missing };
}
