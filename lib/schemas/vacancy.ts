import { z } from "zod";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { addCalendarDays, quebecDate } from "@/lib/domain/vacancy/dates";
import { decimalField, intField, optionalEnum, optionalText, ZId, ZVersion } from "./fields";

// One schema for the vacancy form, the server action and every CSV row (messages are i18n keys of "vacancy").
// It depends on the configured minimum wage (env MIN_HOURLY_WAGE_CENTS, known only to the server: pages pass it to
// the form) and on Québec's today (a start date cannot be in the past).

export const EMPLOYMENT_TYPES = ["permanent", "temporary", "seasonal"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const LMIA_STATUSES = ["not_needed", "not_started", "in_progress", "approved"] as const;
export type LmiaStatus = (typeof LMIA_STATUSES)[number];
export const SETTLEMENT_OFFERS = ["offersHousingHelp", "offersRelocation", "offersFrancisation", "offersImmigrationHelp"] as const;

export const MAX_SKILLS = 30;
export const MAX_POSITIONS = 500;
/** A start date can be set up to two years ahead. */
export const MAX_START_DAYS_AHEAD = 730;

export type VacancySchemaOptions = { minHourlyWageCents: number; today?: () => string };

const ZSkillList = z
  .array(z.string().trim().min(1, "vacancy.errors.skillBlank").max(80, "vacancy.errors.skillTooLong"))
  .max(MAX_SKILLS, "vacancy.errors.tooManySkills")
  .default([]);

const ZBool = z.boolean({ error: "vacancy.errors.boolean" }).default(false);

function vacancyShape({ minHourlyWageCents, today = () => quebecDate() }: VacancySchemaOptions) {
  const minWage = minHourlyWageCents / 100;
  return {
    title: z.string({ error: "common.form.required" }).trim().min(3, "vacancy.errors.titleLength").max(120, "vacancy.errors.titleLength"),
    nocCode: z.string({ error: "vacancy.errors.nocRequired" }).trim().regex(/^\d{5}$/, "vacancy.errors.nocRequired"),
    municipalityCode: z.string({ error: "vacancy.errors.municipalityRequired" }).trim().regex(/^\d{5}$/, "vacancy.errors.municipalityRequired"),
    positions: intField({ required: true, min: 1, max: MAX_POSITIONS, invalid: "vacancy.errors.positions" }),
    employmentType: z.enum(EMPLOYMENT_TYPES, { error: "vacancy.errors.employmentType" }),
    hoursPerWeek: decimalField({ required: true, min: 1, max: 80, invalid: "vacancy.errors.hoursPerWeek", range: "vacancy.errors.hoursPerWeek" }),
    wageMin: decimalField({ required: true, min: 0, max: 1000, invalid: "vacancy.errors.wageInvalid", range: "vacancy.errors.wageInvalid", requiredKey: "vacancy.errors.wageRequired" }).superRefine((v, ctx) => {
      if (v !== null && v < minWage) ctx.addIssue({ code: "custom", message: "vacancy.errors.wageBelowMinimum" });
    }),
    wageMax: decimalField({ min: 0, max: 1000, invalid: "vacancy.errors.wageInvalid", range: "vacancy.errors.wageInvalid" }).superRefine((v, ctx) => {
      if (v !== null && v < minWage) ctx.addIssue({ code: "custom", message: "vacancy.errors.wageBelowMinimum" });
    }),
    requiredSkills: ZSkillList,
    assetSkills: ZSkillList,
    minFrenchLevel: intField({ min: 1, max: 12, invalid: "vacancy.errors.frenchLevel" }),
    minEnglishLevel: intField({ min: 1, max: 12, invalid: "vacancy.errors.englishLevel" }),
    minExperienceYears: decimalField({ min: 0, max: 40, invalid: "vacancy.errors.experience", range: "vacancy.errors.experience" }),
    minEducation: optionalEnum(EDUCATION_LEVELS, "vacancy.errors.education"),
    startDate: z
      .union([z.string(), z.null()])
      .optional()
      .transform((v) => (v === undefined || v === null || v.trim() === "" ? null : v.trim()))
      .pipe(z.iso.date({ error: "vacancy.errors.startDateInvalid" }).nullable())
      .superRefine((v, ctx) => {
        if (v === null) return;
        const t = today();
        if (v < t) ctx.addIssue({ code: "custom", message: "vacancy.errors.startDatePast" });
        else if (v > addCalendarDays(t, MAX_START_DAYS_AHEAD)) ctx.addIssue({ code: "custom", message: "vacancy.errors.startDateTooFar" });
      }),
    description: z.string({ error: "vacancy.errors.descriptionLength" }).trim().min(20, "vacancy.errors.descriptionLength").max(10_000, "vacancy.errors.descriptionLength"),
    offersHousingHelp: ZBool,
    offersRelocation: ZBool,
    offersFrancisation: ZBool,
    offersImmigrationHelp: ZBool,
    lmiaStatus: z.enum(LMIA_STATUSES, { error: "vacancy.errors.lmiaStatus" }).default("not_needed"),
    externalRef: optionalText(64, "vacancy.errors.externalRefLength").pipe(
      z.string().regex(/^[\w.\-/#]+$/, "vacancy.errors.externalRefChars").nullable(),
    ),
    /** Save and publish at once (form only; publishing needs a verified organisation). */
    publish: z.boolean().optional().default(false),
  };
}

function checkRange(v: { wageMin: number | null; wageMax: number | null }, ctx: z.RefinementCtx) {
  if (v.wageMin !== null && v.wageMax !== null && v.wageMax < v.wageMin) ctx.addIssue({ code: "custom", path: ["wageMax"], message: "vacancy.errors.wageMaxBelowMin" });
}

export function makeVacancyInputSchema(opts: VacancySchemaOptions) {
  // submissionId: generated by the form when it is shown, so that a double click or a retry creates one vacancy.
  return z.object({ ...vacancyShape(opts), submissionId: z.uuid().optional() }).superRefine(checkRange);
}
export type TVacancyInput = z.output<ReturnType<typeof makeVacancyInputSchema>>;
/** What the form holds (strings for the numbers a person types). */
export type TVacancyFormValues = z.input<ReturnType<typeof makeVacancyInputSchema>>;

export function makeUpdateVacancySchema(opts: VacancySchemaOptions) {
  return z.object({ ...vacancyShape(opts), id: ZId, version: ZVersion }).superRefine(checkRange);
}
export type TUpdateVacancy = z.output<ReturnType<typeof makeUpdateVacancySchema>>;

export const ZVacancyRef = z.object({ id: ZId, version: ZVersion });
export type TVacancyRef = z.infer<typeof ZVacancyRef>;

export const LIFECYCLE_ACTIONS = ["publish", "close", "fill", "reopen", "renew"] as const;
export const ZVacancyLifecycle = z.object({ id: ZId, version: ZVersion, action: z.enum(LIFECYCLE_ACTIONS) });

export const BULK_ACTIONS = ["close", "renew"] as const;
export const ZBulkVacancies = z.object({
  ids: z.array(ZId).min(1, "vacancy.errors.bulkNone").max(100, "vacancy.errors.bulkTooMany"),
  action: z.enum(BULK_ACTIONS),
});

// ---------- Lists (employer table, public board, JSON feed): every filter comes from the URL ----------

/** Columns the employer's table can be ordered by (server side). */
export const VACANCY_SORTS = ["updatedAt", "title", "status", "expiresAt", "region"] as const;
export const VACANCY_STATUS_FILTERS = ["draft", "published", "expired", "closed", "filled"] as const;
const ZPage = z.coerce.number().int().min(1).max(10_000).catch(1);
const ZRegionCode = z.string().regex(/^(0[1-9]|1[0-7])$/);
/** A NOC code or the prefix of one (2 to 5 digits: major group to unit group). */
const ZNoc = z.string().regex(/^\d{2,5}$/);
const ZQuery = z.string().trim().max(100).transform((v) => v || undefined);

/** Filters of the employer's vacancy table, from the URL (French parameter names; anything invalid is dropped). */
export const ZEmployerVacancyFilters = z.object({
  statut: z.enum(VACANCY_STATUS_FILTERS).optional().catch(undefined),
  region: ZRegionCode.optional().catch(undefined),
  cnp: ZNoc.optional().catch(undefined),
  expire: z.literal("1").optional().catch(undefined),
  q: ZQuery.optional().catch(undefined),
});
export type TEmployerVacancyFilters = z.infer<typeof ZEmployerVacancyFilters>;

export const PUBLIC_PAGE_SIZE = 20;
/** One or more region codes, comma-separated ("02,08"). */
const ZRegionList = z
  .string()
  .regex(/^(0[1-9]|1[0-7])(,(0[1-9]|1[0-7]))*$/, "jobs.errors.region")
  .transform((s) => [...new Set(s.split(","))].sort());

/** The public board's URL (lenient: what it does not understand is dropped). */
export const ZPublicVacancyQuery = z.object({
  page: ZPage,
  region: ZRegionList.optional().catch(undefined),
  cnp: ZNoc.optional().catch(undefined),
  q: ZQuery.optional().catch(undefined),
});
export type TPublicVacancyQuery = z.infer<typeof ZPublicVacancyQuery>;

/** GET /api/v1/vacancies?region=&noc=&q=&page= (strict: a partner's mistake gets a 400 that says which parameter). */
export const ZVacancyFeedQuery = z.object({
  page: z.coerce.number({ error: "jobs.errors.page" }).int("jobs.errors.page").min(1, "jobs.errors.page").max(10_000, "jobs.errors.page").default(1),
  region: ZRegionList.optional(),
  noc: z.string().regex(/^\d{2,5}$/, "jobs.errors.noc").optional(),
  q: z.string().trim().max(100, "jobs.errors.q").optional().transform((v) => v || undefined),
});
export type TVacancyFeedQuery = z.infer<typeof ZVacancyFeedQuery>;

/** What the board and the feed search with. */
export type TPublicSearch = { page: number; regions?: string[]; noc?: string; q?: string };

/** First value of each search parameter (Next gives string | string[] | undefined). */
export function firstParams(sp: Readonly<Record<string, string | readonly string[] | undefined>> | URLSearchParams): Record<string, string | undefined> {
  if (sp instanceof URLSearchParams) return Object.fromEntries([...new Set(sp.keys())].map((k) => [k, sp.get(k) ?? undefined]));
  return Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, (typeof v === "string" ? v : v?.[0]) || undefined]));
}
