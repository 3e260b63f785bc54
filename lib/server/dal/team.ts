import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow, getOwnerMembershipOrThrow } from "@/lib/server/dal/employers";
import { hashPassword } from "@/lib/security/password";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EmployerRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";

// The team of an organisation: members (owner / recruiter) and pending invitations. Everyone in the organisation
// sees the team; only owners change it. An organisation always keeps at least one owner.

export const INVITATION_DAYS = 7;

/** SHA-256 of an invitation token: only this is stored, so a database leak does not hand out invitations. */
export function hashInvitationToken(token: string) {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function listTeam(actor: SessionUser, now = new Date()) {
  const { employerId, role } = await getEmployerMembershipOrThrow(actor);
  const [members, invitations] = await Promise.all([
    db.employerMember.findMany({
      where: { employerId },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    role === "OWNER"
      ? db.employerInvitation.findMany({
          where: { employerId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
          orderBy: { createdAt: "desc" },
        })
      : Promise.resolve([]),
  ]);
  return {
    myRole: role,
    members: members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, since: m.createdAt, isMe: m.user.id === actor.id })),
    invitations,
  };
}

/**
 * Invites a person by e-mail (owners only): a single-use token valid 7 days; only its hash is kept. A new invitation
 * to the same address replaces the pending one. The token is returned once, for the link shown to the owner (and
 * e-mailed once a mailer exists). Addresses that already have an account cannot be invited (an account belongs to
 * one organisation).
 */
export async function inviteMember(actor: SessionUser, input: { email: string; role: EmployerRole }, now = new Date()) {
  const { employerId } = await getOwnerMembershipOrThrow(actor);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, memberships: { where: { employerId }, select: { userId: true } } } });
  if (existing?.memberships.length) throw new ConflictError("employer.errors.alreadyMember", { email: "employer.errors.alreadyMember" });
  if (existing) throw new ConflictError("employer.errors.emailHasAccount", { email: "employer.errors.emailHasAccount" });
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.$transaction(async (tx) => {
    await tx.employerInvitation.updateMany({ where: { employerId, email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const inv = await tx.employerInvitation.create({
      data: { employerId, email: input.email, role: input.role, tokenHash: hashInvitationToken(token), invitedById: actor.id, expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000) },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "employer.invite", subject: `employer:${employerId}`, details: { invitationId: inv.id, role: input.role } }, tx);
    return inv;
  });
  return { ...invitation, token };
}

export async function revokeInvitation(actor: SessionUser, invitationId: string, now = new Date()) {
  const { employerId } = await getOwnerMembershipOrThrow(actor);
  const { count } = await db.employerInvitation.updateMany({ where: { id: invitationId, employerId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new NotFoundError();
  await audit({ actorId: actor.id, actorRole: actor.role, action: "employer.invitation_revoke", subject: `employer:${employerId}`, details: { invitationId } });
}

/** Changes a member's role (owners only), never leaving the organisation without an owner. */
export async function changeMemberRole(actor: SessionUser, userId: string, role: EmployerRole) {
  const { employerId } = await getOwnerMembershipOrThrow(actor);
  await db.$transaction(async (tx) => {
    // Lock the organisation's member rows so that two owners demoting each other cannot both succeed.
    await tx.$queryRaw`SELECT 1 FROM "EmployerMember" WHERE "employerId" = ${employerId} FOR UPDATE`;
    const target = await tx.employerMember.findUnique({ where: { employerId_userId: { employerId, userId } }, select: { role: true } });
    if (!target) throw new NotFoundError();
    if (target.role === role) return;
    if (target.role === "OWNER" && (await tx.employerMember.count({ where: { employerId, role: "OWNER" } })) <= 1) throw new ConflictError("employer.errors.lastOwner");
    await tx.employerMember.update({ where: { employerId_userId: { employerId, userId } }, data: { role } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "employer.member_role", subject: `employer:${employerId}`, details: { userId, role } }, tx);
  });
}

/** Removes a member (owners only; an owner may leave if another owner remains). Their sessions end at once. */
export async function removeMember(actor: SessionUser, userId: string) {
  const { employerId } = await getOwnerMembershipOrThrow(actor);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "EmployerMember" WHERE "employerId" = ${employerId} FOR UPDATE`;
    const target = await tx.employerMember.findUnique({ where: { employerId_userId: { employerId, userId } }, select: { role: true } });
    if (!target) throw new NotFoundError();
    if (target.role === "OWNER" && (await tx.employerMember.count({ where: { employerId, role: "OWNER" } })) <= 1) throw new ConflictError("employer.errors.lastOwner");
    await tx.employerMember.delete({ where: { employerId_userId: { employerId, userId } } });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "employer.member_remove", subject: `employer:${employerId}`, details: { userId } }, tx);
  });
}

export type InvitationState = "valid" | "expired" | "used" | "revoked";

/** What the invitation page shows before the person accepts (public: the token is the credential). */
export async function getInvitationByToken(token: string, now = new Date()) {
  const inv = await db.employerInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, employer: { select: { legalName: true } } },
  });
  if (!inv) return null;
  const state: InvitationState = inv.acceptedAt ? "used" : inv.revokedAt ? "revoked" : inv.expiresAt <= now ? "expired" : "valid";
  return { email: inv.email, role: inv.role, organisationName: inv.employer.legalName, expiresAt: inv.expiresAt, state };
}

/**
 * Accepts an invitation: creates the invited person's employer account and membership in one transaction. The
 * token is consumed by a conditional update, so two submissions of the same link create one account at most.
 */
export async function acceptInvitation(input: { token: string; name: string; password: string; locale: Locale }, now = new Date()) {
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashInvitationToken(input.token);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.employerInvitation.updateMany({ where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
      if (count === 0) throw new InvalidError("employer.errors.invitationInvalid");
      const inv = await tx.employerInvitation.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, employerId: true, email: true, role: true } });
      const user = await tx.user.create({ data: { email: inv.email, name: input.name, passwordHash, role: "EMPLOYER", locale: input.locale }, select: { id: true } });
      await tx.employerMember.create({ data: { employerId: inv.employerId, userId: user.id, role: inv.role } });
      await audit({ actorId: user.id, actorRole: "EMPLOYER", action: "employer.invitation_accept", subject: `employer:${inv.employerId}`, details: { invitationId: inv.id } }, tx);
      return { userId: user.id, email: inv.email, employerId: inv.employerId };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new ConflictError("employer.errors.emailHasAccount");
    throw e;
  }
}
