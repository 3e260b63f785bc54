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
export const IMMIGRATION_STATUSES = [
  "none",
  "arrima_expression_of_interest",
  "csq_holder",
  "work_permit",
  "post_graduation_work_permit",
  "study_permit",
  "permanent_resident",
  "asylum_claimant",
  "other_status",
] as const;
export type ImmigrationStatus = (typeof IMMIGRATION_STATUSES)[number];

/** Common tests, offered as suggestions; the test's name is free text (a person may have taken another one). */
export const LANGUAGE_TEST_SUGGESTIONS = ["TEF Canada", "TEFAQ", "TCF Canada", "TCF Québec", "DELF B1", "DELF B2", "DALF C1", "IELTS General", "CELPIP General"] as const;

export const MAX_OCCUPATIONS = 5;
export const MAX_SKILLS = 30;
export const MAX_SKILL_LENGTH = 80;
export const MAX_YEARS_OF_EXPERIENCE = 50;

/** The regions a candidate may choose: every region but those entirely in the Montréal metropolitan community. */
export const CMM_ONLY_REGION_CODES: ReadonlySet<string> = new Set(["06", "13"]);
export const SELECTABLE_REGION_CODES: readonly string[] = Object.freeze(
  Array.from({ length: 17 }, (_, k) => String(k + 1).padStart(2, "0")).filter((c) => !CMM_ONLY_REGION_CODES.has(c)),
);
