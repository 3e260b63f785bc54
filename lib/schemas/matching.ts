import { z } from "zod";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { isoDay } from "@/lib/domain/matching/factors";

// The batch input of the matching engine (/work/shared/matching-format.md), used by scripts/match.ts and by any
// server code accepting a batch. Messages are plain English phrases completing "<field path>: ...", so that
// formatMatchInputError() can say which field of which row is wrong in one line, e.g.
//   candidates[3].frenchLevel: must be between 1 and 12
// Every candidate field except id may be missing or null (= unknown). Other candidate fields (name, e-mail...)
// are accepted and passed through untouched; the engine never reads them (toMatchCandidate).

const requiredOr = (message: string) => (issue: { input: unknown }) => (issue.input === undefined ? "is required" : message);

const ZId = z.string({ error: requiredOr("must be a non-empty string") }).min(1, { error: "must be a non-empty string" });

const ZNocCode = z
  .string({ error: requiredOr("must be a 5-digit NOC 2021 code as a string") })
  .regex(/^\d{5}$/, { error: "must be a 5-digit NOC 2021 code as a string" });

const ZRegionCode = z
  .string({ error: requiredOr('must be a region code "01" to "17" (string)') })
  .regex(/^(0[1-9]|1[0-7])$/, { error: 'must be a region code "01" to "17" (string)' });

const ZMunicipalityCode = z
  .string({ error: "must be a 5-digit municipality code as a string" })
  .regex(/^\d{5}$/, { error: "must be a 5-digit municipality code as a string" });

const ZLevel = z
  .number({ error: "must be a number between 1 and 12" })
  .int({ error: "must be a whole number between 1 and 12" })
  .min(1, { error: "must be between 1 and 12" })
  .max(12, { error: "must be between 1 and 12" });

const ZYears = z
  .number({ error: "must be a number of years (0 to 70)" })
  .min(0, { error: "must be between 0 and 70" })
  .max(70, { error: "must be between 0 and 70" });

const ZIsoDate = z
  .string({ error: "must be a date YYYY-MM-DD" })
  .refine((s) => isoDay(s) !== null, { error: "must be a valid date YYYY-MM-DD" });

const ZEducation = z.enum(EDUCATION_LEVELS, { error: `must be one of ${EDUCATION_LEVELS.join(", ")}` });

const ZSkillLabel = z
  .string({ error: "must be a text label" })
  .trim()
  .min(1, { error: "must not be blank" })
  .max(200, { error: "must be at most 200 characters" });

const ZSkillList = z.array(ZSkillLabel, { error: "must be a list of skill labels" }).max(100, { error: "must list at most 100 skills" });

export const ZMatchVacancy = z.looseObject(
  {
    id: ZId,
    nocCode: ZNocCode.nullish(),
    title: z.string({ error: "must be a text" }).nullish(),
    regionCode: ZRegionCode.nullish(),
    municipalityCode: ZMunicipalityCode.nullish(),
    requiredSkills: ZSkillList.nullish(),
    assetSkills: ZSkillList.nullish(),
    minFrenchLevel: ZLevel.nullish(),
    minEnglishLevel: ZLevel.nullish(),
    minExperienceYears: ZYears.nullish(),
    minEducation: ZEducation.nullish(),
    startDate: ZIsoDate.nullish(),
  },
  { error: requiredOr("must be an object") },
);
export type TMatchVacancy = z.infer<typeof ZMatchVacancy>;

export const ZMatchOccupation = z.object(
  { nocCode: ZNocCode, years: ZYears.nullish() },
  { error: "must be an object { nocCode, years }" },
);

export const ZMatchCandidateInput = z.looseObject(
  {
    id: ZId,
    occupations: z.array(ZMatchOccupation, { error: "must be a list of { nocCode, years }" }).max(50).nullish(),
    skills: ZSkillList.nullish(),
    frenchLevel: ZLevel.nullish(),
    englishLevel: ZLevel.nullish(),
    education: ZEducation.nullish(),
    preferredRegionCodes: z.array(ZRegionCode, { error: 'must be a list of region codes "01" to "17"' }).nullish(),
    openToAnyRegionOutsideCmm: z.boolean({ error: "must be true or false" }).nullish(),
    availableFrom: ZIsoDate.nullish(),
  },
  { error: "must be an object with at least an id" },
);
export type TMatchCandidateInput = z.infer<typeof ZMatchCandidateInput>;

export const ZMatchBatchInput = z.object(
  {
    vacancy: ZMatchVacancy,
    candidates: z
      .array(ZMatchCandidateInput, { error: requiredOr("must be a list of candidates") })
      .superRefine((candidates, ctx) => {
        // Results are tied and reported by id: ids must be unique for the output to be unambiguous.
        const first = new Map<string, number>();
        candidates.forEach((c, i) => {
          const at = first.get(c.id);
          if (at === undefined) first.set(c.id, i);
          else ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate id "${c.id}" (also candidates[${at}])` });
        });
      }),
    limit: z
      .number({ error: "must be a whole number of at least 1" })
      .int({ error: "must be a whole number of at least 1" })
      .min(1, { error: "must be a whole number of at least 1" })
      .nullish()
      .transform((l) => l ?? 50),
  },
  { error: "must be a JSON object { vacancy, candidates, limit }" },
);
export type TMatchBatchInput = z.infer<typeof ZMatchBatchInput>;

/** "candidates[3].frenchLevel" from ["candidates", 3, "frenchLevel"]; "input" for the root. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out.length === 0 ? String(p) : `.${String(p)}`;
  }
  return out.length === 0 ? "input" : out;
}

/**
 * One line naming the wrong fields and rows, the first `max` issues, e.g.
 *   candidates[3].frenchLevel: must be between 1 and 12; vacancy.regionCode: must be ... (and 2 more)
 */
export function formatMatchInputError(error: z.ZodError, max = 3): string {
  const issues = error.issues;
  const parts = issues.slice(0, max).map((i) => `${formatIssuePath(i.path)}: ${i.message}`.replace(/\s+/g, " "));
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : "";
  return parts.join("; ") + more;
}
