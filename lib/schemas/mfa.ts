import { z } from "zod";

// Second factor forms. Messages are i18n keys.

/** A six-digit code from the authenticator app (a space in the middle is accepted, as apps show "123 456"). */
export const ZTotpCode = z.object({
  code: z.string().trim().regex(/^\d{3}\s?\d{3}$/, { error: "auth.mfa.errors.codeFormat" }),
});
export type TTotpCode = z.infer<typeof ZTotpCode>;

/** A six-digit code or a recovery code ("abcde-fghjk"). */
export const ZSecondFactorCode = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: "auth.mfa.errors.codeRequired" })
    .max(32, { error: "auth.mfa.errors.codeFormat" })
    .refine((c) => /^\d{3}\s?\d{3}$/.test(c) || /^[a-z0-9]{5}[\s-]?[a-z0-9]{5}$/i.test(c), { error: "auth.mfa.errors.codeFormat" }),
});
export type TSecondFactorCode = z.infer<typeof ZSecondFactorCode>;
