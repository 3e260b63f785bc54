import { z } from "zod";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { CREDENTIAL_STATUSES } from "@/lib/domain/candidate/options";
import { PIPELINE_STAGES } from "@/lib/domain/recruiting/pipeline";
import { ZEmail, ZPassword } from "@/lib/schemas/auth";
import { optionalText, ZId, ZVersion } from "./fields";

// Recruiting: the candidate search (its URL, also what a saved search stores), invitations and their answers,
// messages, pipeline moves and password reset. Messages are i18n keys ("recruiting.errors.*").

// ---------- candidate search (URL parameters, in French like the paths) ----------

export const SEARCH_SORTS = ["fraicheur", "pertinence"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
/** The "region" value meaning "open to any region outside the Montréal area". */
export const ANY_REGION_OUTSIDE_CMM = "hors-cmm";
export const MAX_SEARCH_SKILLS = 10;
export const SEARCH_PAGE_SIZES = [20, 50, 100] as const;

// A bookmarked URL may hold anything: an unusable parameter is dropped (catch), never an error page.
const loose = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);

export const ZCandidateSearchFilters = z.object({
  /** NOC 2021 unit group. */
  cnp: loose(z.string().trim().regex(/^\d{5}$/)),
  /** Job title typed by the employer (searched in candidates' own titles and the NOC titles). */
  q: loose(z.string().trim().min(2).max(80)),
  /** Skills, comma-separated in the URL. */
  competences: loose(
    z
      .union([z.string(), z.array(z.string())])
      .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 80))
      .pipe(z.array(z.string()).min(1).max(MAX_SEARCH_SKILLS)),
  ),
  region: loose(z.union([z.string().regex(/^\d{2}$/), z.literal(ANY_REGION_OUTSIDE_CMM)])),
  /** Minimum French level (Échelle québécoise 1..12). */
  francais: loose(z.coerce.number().int().min(1).max(12)),
  /** Available on or before this date (YYYY-MM-DD). */
  dispo: loose(z.iso.date()),
  /** Minimum years of experience (in the chosen occupation when there is one). */
  experience: loose(z.coerce.number().min(0).max(40)),
  /** Minimum education level. */
  etudes: loose(z.enum(EDUCATION_LEVELS)),
  reconnaissance: loose(z.enum(CREDENTIAL_STATUSES)),
  tri: loose(z.enum(SEARCH_SORTS)),
  /** The vacancy the results are ranked for (tri=pertinence). */
  poste: loose(ZId),
});
export type TCandidateSearchFilters = z.output<typeof ZCandidateSearchFilters>;

/** The search's URL parameters (what a bookmark or a saved search holds), in a stable order, empty ones left out. */
export function searchFiltersToParams(f: TCandidateSearchFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(ZCandidateSearchFilters.shape) as (keyof TCandidateSearchFilters)[]) {
    const v = f[key];
    if (v === undefined || v === null) continue;
    out[key] = Array.isArray(v) ? v.join(",") : String(v);
  }
  return out;
}

export function searchFiltersQuery(f: TCandidateSearchFilters): string {
  const s = new URLSearchParams(searchFiltersToParams(f)).toString();
  return s ? `?${s}` : "";
}

/** Whether the filters narrow the pool at all (a saved search of "everyone" alerts on every profile). */
export function hasNarrowingFilter(f: TCandidateSearchFilters): boolean {
  const { tri, poste, ...narrowing } = f;
  void tri;
  void poste;
  return Object.values(narrowing).some((v) => v !== undefined);
}

// ---------- saved searches ----------

export const ZSaveSearch = z.object({
  name: z.string({ error: "common.form.required" }).trim().min(1, "common.form.required").max(80, "common.form.tooLong"),
  filters: ZCandidateSearchFilters,
  alertsEnabled: z.boolean().default(true),
});
export type TSaveSearch = z.input<typeof ZSaveSearch>;

export const ZSavedSearchRef = z.object({ id: ZId });
export const ZToggleSavedSearchAlerts = z.object({ id: ZId, version: ZVersion, alertsEnabled: z.boolean() });

// ---------- pipeline ----------

export const ZAddToPipeline = z.object({ jobPostingId: z.string({ error: "recruiting.errors.vacancyRequired" }).min(1, "recruiting.errors.vacancyRequired").max(64), candidateProfileId: ZId });
export type TAddToPipeline = z.input<typeof ZAddToPipeline>;

export const ZMoveEntry = z.object({
  entryId: ZId,
  version: ZVersion,
  to: z.enum(PIPELINE_STAGES, { error: "recruiting.errors.moveNotAllowed" }),
  note: optionalText(500),
});
export type TMoveEntry = z.input<typeof ZMoveEntry>;

// ---------- invitations ----------

export const INVITATION_MESSAGE_MAX = 2000;
export const DECLINE_REASON_MAX = 500;
export const DECLINE_REASONS = ["not_interested", "region", "job", "timing", "something_else"] as const;

export const ZSendInvitation = z.object({
  jobPostingId: z.string({ error: "recruiting.errors.vacancyRequired" }).min(1, "recruiting.errors.vacancyRequired").max(64),
  candidateProfileId: ZId,
  message: z
    .string({ error: "recruiting.errors.invitationMessageRequired" })
    .trim()
    .min(20, "recruiting.errors.invitationMessageShort")
    .max(INVITATION_MESSAGE_MAX, "recruiting.errors.invitationMessageLong"),
  /** One per opened form: a repeat of the same submission returns the same invitation. */
  idempotencyKey: z.uuid(),
});
export type TSendInvitation = z.input<typeof ZSendInvitation>;

export const ZRespondInvitation = z
  .object({
    invitationId: ZId,
    answer: z.enum(["accept", "decline"]),
    reasonCode: z.enum(DECLINE_REASONS).optional().nullable(),
    reason: optionalText(DECLINE_REASON_MAX, "recruiting.errors.reasonLong"),
    /** For acceptance: the candidate saw what is shared with this organisation. */
    consentShown: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.answer === "accept" && v.consentShown !== true) ctx.addIssue({ code: "custom", path: ["consentShown"], message: "recruiting.errors.consentRequired" });
  });
export type TRespondInvitation = z.input<typeof ZRespondInvitation>;

// ---------- messages ----------

export const MESSAGE_MAX = 5000;
export const ZSendMessage = z.object({
  threadId: ZId,
  body: z.string({ error: "recruiting.errors.messageEmpty" }).trim().min(1, "recruiting.errors.messageEmpty").max(MESSAGE_MAX, "recruiting.errors.messageTooLong"),
});
export type TSendMessage = z.input<typeof ZSendMessage>;

// ---------- password reset ----------

export const ZRequestPasswordReset = z.object({ email: ZEmail });
export type TRequestPasswordReset = z.input<typeof ZRequestPasswordReset>;

export const ZResetPassword = z
  .object({ token: z.string().min(20).max(200), password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "recruiting.errors.passwordsDiffer" });
export type TResetPassword = z.input<typeof ZResetPassword>;
