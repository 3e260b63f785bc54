import { z } from "zod";
import { ZId, ZVersion } from "@/lib/schemas/fields";
import { safeText } from "@/lib/schemas/candidate";
import { BUSINESS_SERVICE_KINDS, NEED_LEVELS, PARTNER_KINDS, PLAN_AREAS, TASK_OWNERS, TASK_STATUSES, templateArea, type NeedLevel, type PlanArea } from "@/lib/domain/integration/areas";
import { FOLLOW_UP_MILESTONES } from "@/lib/domain/integration/follow-ups";
import { checkTask } from "@/lib/domain/integration/plan";
import { quebecDate } from "@/lib/domain/vacancy/dates";

// Accompagnement Québec forms: hand-overs, action plans and tasks, partners, follow-ups, services to businesses.
// Parsed by react-hook-form (zodResolver) and by the server actions; messages are i18n keys. Transforms are
// idempotent (their output parses again to itself).

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** "YYYY-MM-DD" (a real calendar date); blank -> null unless required. */
export function isoDateField(opts: { required?: boolean; invalid?: string } = {}) {
  const invalid = opts.invalid ?? "integration.errors.date";
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((v, ctx): string | null => {
      if (blank(v)) {
        if (opts.required) ctx.addIssue({ code: "custom", message: "common.form.required" });
        return null;
      }
      const s = String(v).trim();
      const d = new Date(`${s}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return s;
    });
}

/** A required date (the null branch only exists with an issue already raised). */
const requiredIsoDate = () => isoDateField({ required: true }).transform((v) => v ?? "");
/** Required text, without markup. */
const requiredText = (max: number) => safeText(max, { required: true }).transform((v) => v ?? "");

/** A yes/no answer that must be given: "yes" | "no" | true | false -> boolean. */
const yesNo = z
  .union([z.boolean(), z.enum(["yes", "no"])], { error: "integration.errors.answerRequired" })
  .transform((v) => v === true || v === "yes");

const ZRegionCode = z.string({ error: "integration.errors.region" }).regex(/^(0[1-9]|1[0-7])$/, "integration.errors.region");

// ---------- hand-overs ----------

export const ZHandOverRef = z.object({ handOverId: ZId, version: ZVersion });
export type THandOverRef = z.input<typeof ZHandOverRef>;

export const ZFirstMeeting = z
  .object({ handOverId: ZId, version: ZVersion, heldOn: requiredIsoDate() })
  .superRefine((v, ctx) => {
    if (v.heldOn && v.heldOn > quebecDate()) ctx.addIssue({ code: "custom", path: ["heldOn"], message: "integration.errors.meetingInFuture" });
  });
export type TFirstMeeting = z.input<typeof ZFirstMeeting>;

export const ZArrival = z.object({ handOverId: ZId, version: ZVersion, arrivedOn: requiredIsoDate() });
export type TArrival = z.input<typeof ZArrival>;

/** The person asks for accompaniment in a region (no hire needed). Sharing with advisors is part of the request. */
export const ZRequestAccompaniment = z.object({
  regionCode: ZRegionCode,
  note: safeText(1000),
  consent: z.literal(true, { error: "integration.errors.consentRequired" }),
  wordingVersion: z.string().min(1).max(20),
});
export type TRequestAccompaniment = z.input<typeof ZRequestAccompaniment>;

/** The person, hired without having shared their profile with advisors, opens the hand-over of that hire. */
export const ZOpenHireHandOver = z.object({
  entryId: ZId,
  consent: z.literal(true, { error: "integration.errors.consentRequired" }),
  wordingVersion: z.string().min(1).max(20),
});
export type TOpenHireHandOver = z.input<typeof ZOpenHireHandOver>;

// ---------- action plans ----------

export const ZCreatePlan = z.object({ handOverId: ZId });

const ZNeed = z.object({
  level: z.enum(NEED_LEVELS, { error: "integration.errors.needLevel" }),
  note: safeText(1000),
});

/** The needs assessment: a level and a note for each of the six areas. */
export const ZNeeds = z.object(Object.fromEntries(PLAN_AREAS.map((a) => [a, ZNeed])) as Record<PlanArea, typeof ZNeed>);
export type TNeeds = { [A in PlanArea]: { level: NeedLevel; note: string | null } };

export const ZNeedsAssessment = z.object({ planId: ZId, version: ZVersion, needs: ZNeeds, summary: safeText(2000) });
export type TNeedsAssessment = z.input<typeof ZNeedsAssessment>;

const taskFields = {
  owner: z.enum(TASK_OWNERS, { error: "integration.errors.owner" }),
  partnerId: z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (blank(v) ? null : String(v).trim())),
  dueOn: isoDateField(),
  notes: safeText(2000),
};

/**
 * The rules of lib/domain/integration/plan.ts on the form's fields: a new task is due today or later; an edited one
 * is checked against its creation date by the server (which checks both again with its own clock).
 */
function refineTask(createdOn: () => string) {
  return (v: { owner: (typeof TASK_OWNERS)[number]; partnerId: string | null; dueOn: string | null }, ctx: z.RefinementCtx) => {
    const check = checkTask(v, createdOn());
    if (!check.ok) ctx.addIssue({ code: "custom", path: [check.field], message: check.reason });
  };
}

export const ZAddTask = z
  .object({
    planId: ZId,
    area: z.enum(PLAN_AREAS, { error: "integration.errors.area" }),
    templateKey: z
      .union([z.string(), z.null()])
      .optional()
      .transform((v) => (blank(v) ? null : String(v))),
    title: safeText(200),
    ...taskFields,
  })
  .superRefine((v, ctx) => {
    if (v.templateKey !== null && templateArea(v.templateKey) !== v.area) ctx.addIssue({ code: "custom", path: ["templateKey"], message: "integration.errors.template" });
    if (v.templateKey === null && !v.title) ctx.addIssue({ code: "custom", path: ["title"], message: "integration.errors.taskTitle" });
    refineTask(() => quebecDate())(v, ctx);
  });
export type TAddTask = z.input<typeof ZAddTask>;

export const ZUpdateTask = z
  .object({
    taskId: ZId,
    version: ZVersion,
    status: z.enum(TASK_STATUSES, { error: "integration.errors.status" }),
    ...taskFields,
  })
  .superRefine(refineTask(() => "0000-01-01"));
export type TUpdateTask = z.input<typeof ZUpdateTask>;

/** The person ticks (done: true) or unticks one of their own tasks. */
export const ZTickTask = z.object({ taskId: ZId, version: ZVersion, done: z.boolean() });
export type TTickTask = z.input<typeof ZTickTask>;

// ---------- partner organisations ----------

const optionalUrl = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (blank(v) ? null : String(v).trim()))
  .pipe(
    z
      .string()
      .max(300, "common.form.tooLong")
      .transform((v) => (/^https?:\/\//i.test(v) ? v : `https://${v}`))
      .pipe(z.url({ protocol: /^https?$/, error: "integration.errors.website" }))
      .nullable(),
  );

const optionalEmail = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (blank(v) ? null : String(v).trim().toLowerCase()))
  .pipe(z.email({ error: "common.form.invalidEmail" }).max(200).nullable());

export const ZPartner = z.object({
  partnerId: z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (blank(v) ? null : String(v))),
  version: ZVersion.default(0),
  regionCode: ZRegionCode,
  name: requiredText(200),
  kind: z.enum(PARTNER_KINDS, { error: "integration.errors.partnerKind" }),
  municipalityName: safeText(120),
  website: optionalUrl,
  email: optionalEmail,
  phone: safeText(40),
  description: safeText(2000),
  active: z.boolean().default(true),
});
export type TPartner = z.input<typeof ZPartner>;

// ---------- follow-ups ----------

export const ZFollowUp = z.object({
  handOverId: ZId,
  milestone: z.enum(FOLLOW_UP_MILESTONES, { error: "integration.errors.milestone" }),
  stillWithEmployer: yesNo,
  stillInRegion: yesNo,
  comment: safeText(2000),
});
export type TFollowUp = z.input<typeof ZFollowUp>;

// ---------- services to businesses ----------

export const ZBusinessService = z
  .object({
    employerId: ZId,
    kind: z.enum(BUSINESS_SERVICE_KINDS, { error: "integration.errors.serviceKind" }),
    summary: requiredText(2000),
    occurredOn: requiredIsoDate(),
  })
  .superRefine((v, ctx) => {
    if (v.occurredOn && v.occurredOn > quebecDate()) ctx.addIssue({ code: "custom", path: ["occurredOn"], message: "integration.errors.serviceInFuture" });
  });
export type TBusinessService = z.input<typeof ZBusinessService>;
