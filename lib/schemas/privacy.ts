import { z } from "zod";

// Privacy forms: the register of confidentiality incidents (administrators) and human review requests
// (candidates ask, advisors answer). Messages are i18n keys.

const ZDate = z.iso.date({ error: "admin.incidents.errors.date" });
const ZOptionalDate = z.preprocess((v) => (v === "" || v === undefined ? null : v), ZDate.nullable());
const text = (max: number) => z.string().trim().min(1, { error: "common.form.required" }).max(max, { error: "common.form.tooLong" });
const ZBoolish = z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean());

// The fields the Règlement sur les incidents de confidentialité (art. 11) asks the register to hold.
export const ZIncidentFields = z
  .object({
    occurredFrom: ZDate,
    occurredTo: ZOptionalDate,
    occurredApproximate: ZBoolish,
    discoveredOn: ZDate,
    circumstances: text(4000),
    personalInfoConcerned: text(4000),
    personsConcerned: z.coerce.number({ error: "admin.incidents.errors.count" }).int({ error: "admin.incidents.errors.count" }).min(0, { error: "admin.incidents.errors.count" }).max(100_000_000, { error: "admin.incidents.errors.count" }),
    personsApproximate: ZBoolish,
    riskAssessment: text(4000),
    seriousInjuryRisk: ZBoolish,
    measuresTaken: text(4000),
    commissionNotifiedOn: ZOptionalDate,
    personsNotifiedOn: ZOptionalDate,
    publicNotice: ZBoolish,
    publicNoticeReason: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(2000, { error: "common.form.tooLong" }).nullable()),
  })
  .superRefine((v, ctx) => {
    if (v.occurredTo && v.occurredTo < v.occurredFrom) ctx.addIssue({ code: "custom", path: ["occurredTo"], message: "admin.incidents.errors.endBeforeStart" });
    if (v.discoveredOn < v.occurredFrom) ctx.addIssue({ code: "custom", path: ["discoveredOn"], message: "admin.incidents.errors.discoveredBeforeOccurred" });
    for (const k of ["commissionNotifiedOn", "personsNotifiedOn"] as const) {
      const d = v[k];
      if (d && d < v.discoveredOn) ctx.addIssue({ code: "custom", path: [k], message: "admin.incidents.errors.notifiedBeforeDiscovered" });
    }
    if (v.publicNotice && !v.publicNoticeReason) ctx.addIssue({ code: "custom", path: ["publicNoticeReason"], message: "admin.incidents.errors.publicNoticeReason" });
  });
export type TIncidentFields = z.input<typeof ZIncidentFields>;
export type TIncident = z.output<typeof ZIncidentFields>;

export const ZCreateIncident = ZIncidentFields;
export const ZUpdateIncident = z.object({ id: z.string().min(1).max(64), version: z.number().int().min(0), fields: ZIncidentFields });

/** A candidate's request: one vacancy's recommendation (vacancyId) or the whole list (null). */
export const ZRequestHumanReview = z.object({
  vacancyId: z.string().trim().min(1).max(64).nullable(),
  reason: z.string().trim().min(10, { error: "privacy.review.errors.reasonShort" }).max(2000, { error: "common.form.tooLong" }),
});
export type TRequestHumanReview = z.input<typeof ZRequestHumanReview>;

export const ZAnswerHumanReview = z.object({
  id: z.string().min(1).max(64),
  version: z.number().int().min(0),
  answer: z.string().trim().min(10, { error: "privacy.review.errors.answerShort" }).max(4000, { error: "common.form.tooLong" }),
});
export type TAnswerHumanReview = z.input<typeof ZAnswerHumanReview>;

// An administrator resets a staff member's second factor (lost phone and recovery codes), after checking who they
// are by another channel; the reason is kept in the audit log.
export const ZFindAccount = z.object({ email: z.string().trim().toLowerCase().pipe(z.email({ error: "admin.accounts.errors.email" })) });
export const ZResetSecondFactor = z.object({
  userId: z.string().min(1).max(64),
  reason: z.string().trim().min(10, { error: "admin.accounts.errors.reason" }).max(1000, { error: "common.form.tooLong" }),
});
export type TResetSecondFactor = z.infer<typeof ZResetSecondFactor>;
