import { z } from "zod";
import { decimalField, intField, optionalEnum } from "@/lib/schemas/fields";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { isCountryCode } from "@/lib/domain/candidate/countries";
import {
  CREDENTIAL_STATUSES,
  CMM_ONLY_REGION_CODES,
  IMMIGRATION_STATUSES,
  MAX_OCCUPATIONS,
  MAX_SKILL_LENGTH,
  MAX_SKILLS,
  MAX_YEARS_OF_EXPERIENCE,
  WORK_TYPES,
} from "@/lib/domain/candidate/options";
import { CONSENT_PURPOSES } from "@/lib/domain/candidate/consent";
import { addCalendarDays, quebecDate } from "@/lib/domain/vacancy/dates";

// The candidate profile editor's sections: one schema per section, parsed by the form (zodResolver, raw values) and
// by the section's server action. Every transform is idempotent, so a value parsed once parses again to itself.
// Messages are i18n keys, translated on both sides.

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

// Markup is refused rather than escaped: nobody's name, city or skill contains "<" or ">", and a "<script>" typed
// into a field is an attempt, not data. (Everything is escaped on output anyway.)
const MARKUP = /[<>]/;

/** Trimmed text, spaces collapsed, without markup; blank -> null unless required. */
export function safeText(max: number, opts: { required?: boolean } = {}) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((v, ctx): string | null => {
      if (blank(v)) {
        if (opts.required) ctx.addIssue({ code: "custom", message: "common.form.required" });
        return null;
      }
      const s = String(v).replace(/\s+/g, " ").trim();
      if (s.length > max) {
        ctx.addIssue({ code: "custom", message: "common.form.tooLong", params: { max } });
        return z.NEVER;
      }
      if (MARKUP.test(s)) {
        ctx.addIssue({ code: "custom", message: "candidate.errors.noMarkup" });
        return z.NEVER;
      }
      return s;
    });
}

const ZSectionVersion = z.coerce.number({ error: "candidate.errors.version" }).int("candidate.errors.version").min(0, "candidate.errors.version");

const optionalCountry = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (blank(v) ? null : String(v).trim().toUpperCase()))
  .refine((v) => v === null || isCountryCode(v), "candidate.errors.country");

/** A yes/no question that may be left unanswered: "yes" | "no" | true | false | blank -> boolean | null. */
const optionalYesNo = z
  .union([z.boolean(), z.enum(["yes", "no", ""]), z.null()], { error: "candidate.errors.choice" })
  .optional()
  .transform((v) => (v === true || v === "yes" ? true : v === false || v === "no" ? false : null));

/** "YYYY-MM-DD" (a real calendar date) or blank -> null. */
function optionalDate(invalid = "candidate.errors.date") {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((v, ctx): string | null => {
      if (blank(v)) return null;
      const s = String(v).trim();
      const d = new Date(`${s}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return s;
    });
}

// A missing key is "not specified", like a blank choice.
const level = (invalid: string) =>
  intField({ min: 1, max: 12, invalid })
    .optional()
    .transform((v) => v ?? null);

// ---------- sections ----------

export const ZIdentitySection = z.object({
  version: ZSectionVersion,
  firstName: safeText(80, { required: true }),
  lastName: safeText(80, { required: true }),
  phone: safeText(30).refine((v) => v === null || /^\+?[0-9][0-9 ().-]{5,24}$/.test(v), "candidate.errors.phone"),
  citizenship: optionalCountry,
});

export const ZLocationSection = z
  .object({
    version: ZSectionVersion,
    inQuebec: optionalYesNo,
    countryOfResidence: optionalCountry,
    cityOfResidence: safeText(120),
    immigrationStatus: optionalEnum(IMMIGRATION_STATUSES, "candidate.errors.choice"),
  })
  .superRefine((v, ctx) => {
    if (v.inQuebec === true && v.countryOfResidence && v.countryOfResidence !== "CA") {
      ctx.addIssue({ code: "custom", path: ["countryOfResidence"], message: "candidate.errors.quebecIsInCanada" });
    }
    if (v.inQuebec !== null && !v.countryOfResidence) ctx.addIssue({ code: "custom", path: ["countryOfResidence"], message: "common.form.required" });
  });

export const ZOccupationEntry = z.object({
  nocCode: z.string({ error: "candidate.errors.nocCode" }).trim().regex(/^\d{5}$/, "candidate.errors.nocCode"),
  title: safeText(200),
  years: decimalField({ required: true, min: 0, max: MAX_YEARS_OF_EXPERIENCE, invalid: "candidate.errors.years", range: "candidate.errors.years" }),
});

export const ZOccupationsSection = z
  .object({
    version: ZSectionVersion,
    occupations: z.array(ZOccupationEntry, { error: "candidate.errors.occupations" }).max(MAX_OCCUPATIONS, "candidate.errors.tooManyOccupations"),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.occupations.forEach((o, i) => {
      if (seen.has(o.nocCode)) ctx.addIssue({ code: "custom", path: ["occupations", i, "nocCode"], message: "candidate.errors.duplicateOccupation" });
      seen.add(o.nocCode);
    });
  });

const ZSkillLabel = z
  .string({ error: "candidate.errors.skill" })
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "candidate.errors.skill").max(MAX_SKILL_LENGTH, "common.form.tooLong").refine((s) => !MARKUP.test(s), "candidate.errors.noMarkup"));

export const ZSkillsSection = z.object({
  version: ZSectionVersion,
  skills: z.array(ZSkillLabel, { error: "candidate.errors.skill" }).max(MAX_SKILLS, "candidate.errors.tooManySkills"),
});

export const ZEducationSection = z.object({
  version: ZSectionVersion,
  education: optionalEnum(EDUCATION_LEVELS, "candidate.errors.choice"),
  educationField: safeText(120),
  educationCountry: optionalCountry,
  credentialStatus: optionalEnum(CREDENTIAL_STATUSES, "candidate.errors.choice"),
});

export function todayInQuebec(now: Date = new Date()) {
  return quebecDate(now);
}

export const ZLanguagesSection = z.object({
  version: ZSectionVersion,
  frenchOral: level("candidate.errors.frenchLevel"),
  frenchWritten: level("candidate.errors.frenchLevel"),
  englishLevel: level("candidate.errors.englishLevel"),
  languageTestName: safeText(60),
  // A test already taken, or booked within the coming year.
  languageTestDate: optionalDate().refine((d) => d === null || (d >= "2000-01-01" && d <= addCalendarDays(todayInQuebec(), 366)), "candidate.errors.testDate"),
});

export const ZMobilitySection = z.object({
  version: ZSectionVersion,
  preferredRegionCodes: z
    .array(z.string(), { error: "candidate.errors.region" })
    .max(17, "candidate.errors.region")
    .superRefine((codes, ctx) => {
      codes.forEach((c, i) => {
        if (!/^(0[1-9]|1[0-7])$/.test(c)) ctx.addIssue({ code: "custom", path: [i], message: "candidate.errors.region" });
        else if (CMM_ONLY_REGION_CODES.has(c)) ctx.addIssue({ code: "custom", path: [i], message: "candidate.errors.regionInCmm" });
      });
    })
    .transform((codes) => [...new Set(codes)].sort()),
  openToAnyRegionOutsideCmm: z.boolean({ error: "candidate.errors.choice" }).default(false),
  familyComing: optionalYesNo,
  needsHousingHelp: optionalYesNo,
  hasDrivingLicence: optionalYesNo,
});

export const ZAvailabilitySection = z.object({
  version: ZSectionVersion,
  // Today or later (Québec's calendar): a date already past says nothing more than "available now", which is today.
  availableFrom: optionalDate().refine((d) => d === null || d >= todayInQuebec(), "candidate.errors.availablePast"),
  workTypes: z
    .array(z.enum(WORK_TYPES, { error: "candidate.errors.choice" }), { error: "candidate.errors.choice" })
    .max(WORK_TYPES.length, "candidate.errors.choice")
    .transform((types) => WORK_TYPES.filter((t) => types.includes(t))),
});

export const SECTION_SCHEMAS = {
  identity: ZIdentitySection,
  location: ZLocationSection,
  occupations: ZOccupationsSection,
  skills: ZSkillsSection,
  education: ZEducationSection,
  languages: ZLanguagesSection,
  mobility: ZMobilitySection,
  availability: ZAvailabilitySection,
} as const;

export type TIdentitySection = z.output<typeof ZIdentitySection>;
export type TLocationSection = z.output<typeof ZLocationSection>;
export type TOccupationsSection = z.output<typeof ZOccupationsSection>;
export type TSkillsSection = z.output<typeof ZSkillsSection>;
export type TEducationSection = z.output<typeof ZEducationSection>;
export type TLanguagesSection = z.output<typeof ZLanguagesSection>;
export type TMobilitySection = z.output<typeof ZMobilitySection>;
export type TAvailabilitySection = z.output<typeof ZAvailabilitySection>;

export type SectionInput = {
  identity: TIdentitySection;
  location: TLocationSection;
  occupations: TOccupationsSection;
  skills: TSkillsSection;
  education: TEducationSection;
  languages: TLanguagesSection;
  mobility: TMobilitySection;
  availability: TAvailabilitySection;
};

// ---------- consents, confirmation, deletion ----------

export const ZSetConsent = z.object({
  purpose: z.enum(CONSENT_PURPOSES, { error: "candidate.errors.consentPurpose" }),
  granted: z.boolean({ error: "candidate.errors.choice" }),
  /** The wording version the person read (checked against the current one on the server). */
  wordingVersion: z.string().min(1).max(40),
});
export type TSetConsent = z.infer<typeof ZSetConsent>;

/** Deleting the account: the person types the confirmation word shown on the page (SUPPRIMER / DELETE). */
export const ZDeleteAccount = z.object({
  confirmation: z
    .string({ error: "candidate.errors.deleteConfirmation" })
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.enum(["SUPPRIMER", "DELETE"], { error: "candidate.errors.deleteConfirmation" })),
});
export type TDeleteAccount = z.input<typeof ZDeleteAccount>;
