import "server-only";
import { db } from "@/lib/server/db";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ForbiddenError } from "@/lib/server/errors";

/** The organisation the employer actor belongs to (every employer query is scoped by this id). */
export async function getEmployerMembershipOrThrow(actor: SessionUser) {
  assertRole(actor, "EMPLOYER");
  const m = await db.employerMember.findFirst({ where: { userId: actor.id }, select: { employerId: true, role: true }, orderBy: { createdAt: "asc" } });
  if (!m) throw new ForbiddenError("errors.noOrganisation");
  return m;
}

/** A small view of the actor's own organisation, for the employer dashboard. */
export async function getMyOrganisation(actor: SessionUser) {
  const { employerId, role } = await getEmployerMembershipOrThrow(actor);
  const e = await db.employer.findUniqueOrThrow({
    where: { id: employerId },
    select: { id: true, legalName: true, neq: true, verificationStatus: true, rejectionReason: true, municipality: { select: { name: true, regionCode: true, inCmm: true } } },
  });
  return { ...e, memberRole: role };
}
