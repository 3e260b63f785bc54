"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { ZAcceptInvitation, ZChangeMemberRole, ZInviteMember, ZRemoveMember, ZRevokeInvitation } from "@/lib/schemas/employer";
import { acceptInvitation, changeMemberRole, inviteMember, removeMember, revokeInvitation } from "@/lib/server/dal/team";
import { getMyOrganisation } from "@/lib/server/dal/employers";
import { sendMail } from "@/lib/server/services/mailer";
import { createTranslator } from "@/lib/i18n/translate";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { RateLimitedError } from "@/lib/server/errors";

const TEAM_PATH = "/employeur/organisation/equipe";

/** The portal's public address: NEXTAUTH_URL when set, otherwise the address this request came to. */
async function siteOrigin() {
  const configured = env().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/**
 * Creates the invitation and returns its link once, for the owner to copy: e-mail sending arrives with a later
 * issue, so sendMail() only logs for now (without the link).
 */
export const inviteMemberAction = action(ZInviteMember, async (input) => {
  const actor = await requireUser();
  if (!(await hitRateLimit(`invite:${actor.id}`, 30, 3600)).allowed) throw new RateLimitedError();
  const inv = await inviteMember(actor, { email: input.email, role: input.role });
  const link = `${await siteOrigin()}/employeur/invitation/${inv.token}`;
  const org = await getMyOrganisation(actor);
  const t = createTranslator(actor.locale);
  await sendMail({ to: inv.email, subject: t("employer.invitation.title", { organisation: org.legalName }), text: `${t("employer.invitation.intro", { organisation: org.legalName, role: t(`employer.roles.${inv.role}`) })}\n\n${link}` });
  revalidatePath(TEAM_PATH);
  return { email: inv.email, link, expiresAt: inv.expiresAt.toISOString() };
});

export const revokeInvitationAction = action(ZRevokeInvitation, async ({ invitationId }) => {
  await revokeInvitation(await requireUser(), invitationId);
  revalidatePath(TEAM_PATH);
  return {};
});

export const changeMemberRoleAction = action(ZChangeMemberRole, async ({ userId, role }) => {
  await changeMemberRole(await requireUser(), userId, role);
  revalidatePath(TEAM_PATH);
  return {};
});

export const removeMemberAction = action(ZRemoveMember, async ({ userId }) => {
  await removeMember(await requireUser(), userId);
  revalidatePath(TEAM_PATH);
  return {};
});

/** Public: the token is the credential. The browser signs in with the new account afterwards. */
export const acceptInvitationAction = action(ZAcceptInvitation, async (input) => {
  const r = await acceptInvitation({ token: input.token, name: input.name, password: input.password, locale: input.locale });
  return { email: r.email };
});
