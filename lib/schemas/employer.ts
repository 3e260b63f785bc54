import { z } from "zod";
import { ZEmail, ZLocale, ZNeq, ZPassword } from "./auth";
import { optionalEnum, optionalText, ZId, ZVersion } from "./fields";

// Organisation profile, team and verification (messages are i18n keys of "employer").

/** The 20 NAICS/SCIAN sectors (Canada 2022), by their two-digit code (31 = 31-33, 44 = 44-45, 48 = 48-49). */
export const NAICS_SECTORS = ["11", "21", "22", "23", "31", "41", "44", "48", "51", "52", "53", "54", "55", "56", "61", "62", "71", "72", "81", "91"] as const;
export const ORGANISATION_SIZES = ["1-9", "10-49", "50-199", "200-499", "500+"] as const;
export const EMPLOYER_ROLES = ["OWNER", "RECRUITER"] as const;

/** "scierie.ca" -> "https://scierie.ca"; idempotent. Only http(s) addresses are kept. */
const ZWebsite = optionalText(300).pipe(
  z
    .string()
    .transform((v) => (/^https?:\/\//i.test(v) ? v : `https://${v}`))
    .pipe(z.url({ protocol: /^https?$/, error: "employer.errors.website" }))
    .nullable(),
);

export const ZOrganisationProfile = z.object({
  legalName: z.string({ error: "common.form.required" }).trim().min(2, "employer.errors.legalName").max(200, "employer.errors.legalName"),
  neq: ZNeq,
  sectorCode: z.enum(NAICS_SECTORS, { error: "employer.errors.sector" }),
  municipalityCode: z.string({ error: "employer.errors.municipality" }).trim().regex(/^\d{5}$/, "employer.errors.municipality"),
  size: optionalEnum(ORGANISATION_SIZES, "employer.errors.size"),
  website: ZWebsite,
  description: optionalText(5000),
  version: ZVersion,
});
export type TOrganisationProfile = z.output<typeof ZOrganisationProfile>;
export type TOrganisationProfileForm = z.input<typeof ZOrganisationProfile>;

export const ZInviteMember = z.object({ email: ZEmail, role: z.enum(EMPLOYER_ROLES).default("RECRUITER") });
export type TInviteMember = z.input<typeof ZInviteMember>;
export const ZChangeMemberRole = z.object({ userId: ZId, role: z.enum(EMPLOYER_ROLES) });
export const ZRemoveMember = z.object({ userId: ZId });
export const ZRevokeInvitation = z.object({ invitationId: ZId });

/** Invitation tokens are 32 random bytes in base64url (43 characters). */
export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "employer.errors.invitationInvalid");

/** Accepting an invitation creates the account of the invited address (its e-mail comes from the invitation). */
export const ZAcceptInvitation = z.object({
  token: ZInvitationToken,
  name: z.string().trim().min(1, "common.form.required").max(120, "common.form.tooLong"),
  password: ZPassword,
  locale: ZLocale.default("fr"),
});
export type TAcceptInvitation = z.input<typeof ZAcceptInvitation>;

export const ZVerificationDecision = z
  .object({
    employerId: ZId,
    version: ZVersion,
    decision: z.enum(["verify", "reject"]),
    reason: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && (!v.reason || v.reason.length < 10)) ctx.addIssue({ code: "custom", path: ["reason"], message: "employer.errors.rejectionReason" });
  });
export type TVerificationDecision = z.input<typeof ZVerificationDecision>;
