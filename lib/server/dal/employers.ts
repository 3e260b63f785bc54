import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, ForbiddenError, InvalidError } from "@/lib/server/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TOrganisationProfile } from "@/lib/schemas/employer";

export type EmployerMembership = { employerId: string; role: "OWNER" | "RECRUITER" };

/** The organisation the employer actor belongs to (every employer query is scoped by this id). */
export async function getEmployerMembershipOrThrow(actor: SessionUser): Promise<EmployerMembership> {
  assertRole(actor, "EMPLOYER");
  const m = await db.employerMember.findFirst({ where: { userId: actor.id }, select: { employerId: true, role: true }, orderBy: { createdAt: "asc" } });
  if (!m) throw new ForbiddenError("employer.errors.noOrganisation");
  return m;
}

/** Like getEmployerMembershipOrThrow, for actions only an owner may take (team, organisation profile). */
export async function getOwnerMembershipOrThrow(actor: SessionUser): Promise<EmployerMembership> {
  const m = await getEmployerMembershipOrThrow(actor);
  if (m.role !== "OWNER") throw new ForbiddenError("employer.errors.ownerOnly");
  return m;
}

/**
 * The actor's membership of a VERIFIED organisation: publishing vacancies and searching candidates need it.
 * An organisation pending verification (or rejected) can prepare drafts only.
 */
export async function getVerifiedMembershipOrThrow(actor: SessionUser): Promise<EmployerMembership> {
  const m = await getEmployerMembershipOrThrow(actor);
  const e = await db.employer.findUniqueOrThrow({ where: { id: m.employerId }, select: { verificationStatus: true } });
  if (e.verificationStatus !== "VERIFIED") throw new ForbiddenError("employer.errors.notVerified");
  return m;
}

/** The actor's own organisation: profile, verification state and the actor's role in it. */
export async function getMyOrganisation(actor: SessionUser) {
  const { employerId, role } = await getEmployerMembershipOrThrow(actor);
  const e = await db.employer.findUniqueOrThrow({
    where: { id: employerId },
    select: {
      id: true, legalName: true, neq: true, sectorCode: true, municipalityCode: true, size: true, website: true, description: true,
      verificationStatus: true, verifiedAt: true, rejectionReason: true, version: true, createdAt: true,
      municipality: { select: { name: true, regionCode: true, inCmm: true, region: { select: { nameFr: true, nameEn: true } } } },
    },
  });
  return { ...e, memberRole: role };
}
export type MyOrganisation = Awaited<ReturnType<typeof getMyOrganisation>>;

/** Counts for the employer dashboard. */
export async function getEmployerDashboard(actor: SessionUser, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const soon = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
  const [drafts, live, expiringSoon, expired, members] = await Promise.all([
    db.jobPosting.count({ where: { employerId, status: "DRAFT" } }),
    db.jobPosting.count({ where: { employerId, status: "PUBLISHED", expiresAt: { gt: now } } }),
    db.jobPosting.count({ where: { employerId, status: "PUBLISHED", expiresAt: { gt: now, lte: soon } } }),
    db.jobPosting.count({ where: { employerId, status: "PUBLISHED", expiresAt: { lte: now } } }),
    db.employerMember.count({ where: { employerId } }),
  ]);
  return { drafts, live, expiringSoon, expired, members };
}

/**
 * Saves the organisation profile (owners only), with the version it was read at. The municipality must exist in the
 * directory (its region and CMM status are read from there when shown). Changing the legal name or the NEQ of a
 * verified organisation, or any change to a rejected one, sends it back to the verification queue: what the advisor
 * checked is no longer what is shown to candidates.
 */
export async function updateOrganisationProfile(actor: SessionUser, input: TOrganisationProfile) {
  const { employerId } = await getOwnerMembershipOrThrow(actor);
  const municipality = await db.municipality.findUnique({ where: { code: input.municipalityCode }, select: { code: true } });
  if (!municipality) throw new InvalidError("errors.invalidInput", { municipalityCode: "employer.errors.municipalityUnknown" });
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.employer.findUniqueOrThrow({ where: { id: employerId }, select: { legalName: true, neq: true, verificationStatus: true } });
      const identityChanged = current.legalName !== input.legalName || current.neq !== input.neq;
      const backToQueue = (current.verificationStatus === "VERIFIED" && identityChanged) || current.verificationStatus === "REJECTED";
      const { count } = await tx.employer.updateMany({
        where: { id: employerId, version: input.version },
        data: {
          legalName: input.legalName, neq: input.neq, sectorCode: input.sectorCode, municipalityCode: input.municipalityCode,
          size: input.size, website: input.website, description: input.description, version: { increment: 1 },
          ...(backToQueue ? { verificationStatus: "PENDING" as const, verifiedAt: null, rejectionReason: null } : {}),
        },
      });
      if (count === 0) throw new ConflictError("employer.errors.conflict");
      await audit({ actorId: actor.id, actorRole: actor.role, action: "employer.profile_update", subject: `employer:${employerId}`, details: { backToQueue } }, tx);
      return { version: input.version + 1, verificationStatus: backToQueue ? "PENDING" : current.verificationStatus };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new ConflictError("auth.errors.neqTaken", { neq: "auth.errors.neqTaken" });
    throw e;
  }
}
