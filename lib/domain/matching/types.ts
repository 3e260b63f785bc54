// Public types of the matching engine. See index.ts for the API and docs/decisions/0005-matching-weights.md for
// the scoring rules.

import type { EducationLevel } from "../education";

export type MatchLocale = "fr" | "en";

/** A job vacancy as the engine sees it (fields of /work/shared/matching-format.md). Only `id` is required. */
export interface MatchVacancy {
  id: string;
  /** NOC 2021 unit group, 5 digits. */
  nocCode?: string | null;
  title?: string | null;
  /** Administrative region "01".."17". */
  regionCode?: string | null;
  /** Municipal directory code (5 digits). */
  municipalityCode?: string | null;
  requiredSkills?: readonly string[] | null;
  assetSkills?: readonly string[] | null;
  /** Échelle québécoise 1..12; null or missing = no requirement. */
  minFrenchLevel?: number | null;
  /** CLB 1..12; null or missing = no requirement. */
  minEnglishLevel?: number | null;
  minExperienceYears?: number | null;
  minEducation?: EducationLevel | null;
  /** ISO YYYY-MM-DD. */
  startDate?: string | null;
}

export interface MatchOccupation {
  nocCode: string;
  years?: number | null;
}

/**
 * A candidate as the engine sees it: ONLY these fields. Build it with toMatchCandidate() from any record so that
 * name, e-mail, citizenship, birth year, sex, photo... can never reach the engine. Every field but `id` may be
 * missing (= unknown).
 */
export interface MatchCandidate {
  id: string;
  occupations?: readonly MatchOccupation[] | null;
  skills?: readonly string[] | null;
  frenchLevel?: number | null;
  englishLevel?: number | null;
  education?: EducationLevel | null;
  preferredRegionCodes?: readonly string[] | null;
  openToAnyRegionOutsideCmm?: boolean | null;
  /** ISO YYYY-MM-DD. */
  availableFrom?: string | null;
}

export type FactorKey =
  | "occupation"
  | "skills"
  | "region"
  | "french"
  | "english"
  | "experience"
  | "education"
  | "availability";

export interface MatchFactor {
  key: FactorKey;
  /** Share of the total, 0..1; the weights of one result sum to 1. */
  weight: number;
  /** 0..1 (4 decimals). */
  score: number;
  /** For a person, in the requested locale. */
  detail: string;
}

/** The score of one (vacancy, candidate) pair. score = 100 x sum(weight x factor score), rounded to 0.1. */
export interface MatchScore {
  score: number;
  /** False when a hard requirement (French, or English when required) is not met or unknown. */
  eligible: boolean;
  factors: MatchFactor[];
  /** What is missing, for a person, in the requested locale. */
  gaps: string[];
}

export interface MatchResult extends MatchScore {
  candidateId: string;
  rank: number;
}

export interface VacancyMatchResult extends MatchScore {
  vacancyId: string;
  rank: number;
}

export interface RegionName {
  fr: string;
  en: string;
}

/** Facts the engine needs from reference data; every member has a default. */
export interface MatchContext {
  /**
   * Whether the vacancy's municipality is in the CMM (Communauté métropolitaine de Montréal). When missing:
   * looked up in `cmmMunicipalityCodes` if given, otherwise true only when the vacancy's region is in
   * `cmmRegionCodes` (a vacancy of a partly-CMM region without this fact is treated as outside the CMM).
   * Ignored by rankVacancies, which needs one answer per vacancy: use `cmmMunicipalityCodes` there.
   */
  vacancyInCmm?: boolean;
  /** Municipality codes of the CMM (82 codes), to decide vacancyInCmm from vacancy.municipalityCode. */
  cmmMunicipalityCodes?: ReadonlySet<string>;
  /** Regions entirely in the CMM. Default {"06", "13"} (Montréal, Laval). */
  cmmRegionCodes?: ReadonlySet<string>;
  /** Regions partly in the CMM. Default {"14", "15", "16"} (Lanaudière, Laurentides, Montérégie). */
  partlyCmmRegionCodes?: ReadonlySet<string>;
  /** Region names for explanations. Default: REGION_NAMES (the 17 official names). */
  regionNames?: Readonly<Record<string, RegionName>>;
  /** OaSIS profile vector per NOC unit group (lib/reference-data/oasis-vectors.ts); hierarchy only without it. */
  occupationVectors?: ReadonlyMap<string, readonly number[]>;
  /** ISO date used as the start date of vacancies that have none. Without it availability is not compared. */
  today?: string;
}

export interface RankOptions {
  /** How many results (default 50). */
  limit?: number;
  /** Language of details and gaps (default "fr"). */
  locale?: MatchLocale;
  context?: MatchContext;
}
