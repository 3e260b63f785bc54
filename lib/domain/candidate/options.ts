// The closed lists of the candidate profile, shared by the schemas, the forms, the completeness rules and the export.
// Values are stable codes stored in the database; what a person reads comes from the messages (candidate.options.*).

export const PROFILE_SECTIONS = ["identity", "location", "occupations", "skills", "education", "languages", "mobility", "availability"] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export const WORK_TYPES = ["permanent", "temporary", "seasonal"] as const;
export type WorkType = (typeof WORK_TYPES)[number];

/** Where the recognition of the person's credentials stands (Québec: comparative evaluation, professional orders). */
export const CREDENTIAL_STATUSES = ["not_started", "evaluation_requested", "evaluation_obtained", "order_member"] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];

/** Immigration situation: optional and sensitive (never shown to employers, never used for matching). */
export const IMMIGRATION_STATUSES = ["citizen_or_permanent_resident", "work_permit", "study_permit", "permanent_residence_in_progress", "no_status_yet", "other"] as const;
export type ImmigrationStatus = (typeof IMMIGRATION_STATUSES)[number];

export const LANGUAGE_TESTS = ["tef_canada", "tcf_canada", "tcf_quebec", "delf_dalf", "ielts", "celpip", "other"] as const;
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];

export const MAX_OCCUPATIONS = 5;
export const MAX_SKILLS = 30;
export const MAX_SKILL_LENGTH = 80;
export const MAX_YEARS_OF_EXPERIENCE = 50;

/** The regions a candidate may choose: every region but those entirely in the Montréal metropolitan community. */
export const CMM_ONLY_REGION_CODES: ReadonlySet<string> = new Set(["06", "13"]);
export const SELECTABLE_REGION_CODES: readonly string[] = Object.freeze(
  Array.from({ length: 17 }, (_, k) => String(k + 1).padStart(2, "0")).filter((c) => !CMM_ONLY_REGION_CODES.has(c)),
);
