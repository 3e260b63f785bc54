import { z } from "zod";
import { checkPasswordPolicy, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/security/password-policy";

// Messages are i18n keys: the form (client) and the action (server) translate them the same way.
export const ZEmail = z.string().trim().toLowerCase().max(254, "auth.errors.emailInvalid").pipe(z.email("auth.errors.emailInvalid"));

export const ZPassword = z
  .string()
  .superRefine((p, ctx) => {
    const problem = checkPasswordPolicy(p);
    if (problem) ctx.addIssue({ code: "custom", message: `auth.errors.password.${problem}`, params: { min: PASSWORD_MIN, max: PASSWORD_MAX } });
  });

export const ZLocale = z.enum(["fr", "en"]);

export const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1, "auth.errors.passwordRequired").max(1024) });
export type TSignIn = z.infer<typeof ZSignIn>;

const ZName = z.string().trim().min(1, "common.form.required").max(120, "common.form.tooLong");

export const ZRegisterCandidate = z.object({
  name: ZName,
  email: ZEmail,
  password: ZPassword,
  locale: ZLocale.default("fr"),
  acceptTerms: z.literal(true, { error: "auth.errors.acceptTerms" }),
  idempotencyKey: z.string().uuid().optional(),
});
export type TRegisterCandidate = z.input<typeof ZRegisterCandidate>;

export const ZNeq = z.string().trim().regex(/^\d{10}$/, "auth.errors.neq");

export const ZRegisterEmployer = ZRegisterCandidate.extend({
  organisationName: z.string().trim().min(2, "common.form.required").max(200, "common.form.tooLong"),
  neq: ZNeq,
});
export type TRegisterEmployer = z.input<typeof ZRegisterEmployer>;
