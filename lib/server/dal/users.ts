import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/security/password";
import type { Locale } from "@/lib/i18n/config";
import { Prisma } from "@/lib/generated/prisma/client";

type NewAccount = { name: string; email: string; password: string; locale: Locale };

function isUniqueViolation(e: unknown) {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/** Creates a candidate account. A second submission with the same e-mail creates nothing (unique e-mail). */
export async function registerCandidate(input: NewAccount) {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const u = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, role: "CANDIDATE", locale: input.locale }, select: { id: true } });
      await tx.candidateProfile.create({ data: { userId: u.id } });
      await audit({ actorId: u.id, actorRole: "CANDIDATE", action: "auth.register" }, tx);
      return u;
    });
    return { userId: user.id };
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError("auth.errors.emailTaken", { email: "auth.errors.emailTaken" });
    throw e;
  }
}

/** Creates an employer account and its organisation, pending verification by an advisor, in one transaction. */
export async function registerEmployer(input: NewAccount & { organisationName: string; neq: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const u = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, role: "EMPLOYER", locale: input.locale }, select: { id: true } });
      const employer = await tx.employer.create({ data: { legalName: input.organisationName, neq: input.neq, members: { create: { userId: u.id, role: "OWNER" } } }, select: { id: true } });
      await audit({ actorId: u.id, actorRole: "EMPLOYER", action: "auth.register", subject: `employer:${employer.id}` }, tx);
      return { userId: u.id, employerId: employer.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const target = String((e as Prisma.PrismaClientKnownRequestError).meta?.target ?? "");
      if (target.includes("neq")) throw new ConflictError("auth.errors.neqTaken", { neq: "auth.errors.neqTaken" });
      throw new ConflictError("auth.errors.emailTaken", { email: "auth.errors.emailTaken" });
    }
    throw e;
  }
}

/** Revokes every session of the actor, including the one making the request (JWTs carry the old version). */
export async function signOutEverywhere(actor: SessionUser) {
  assertRole(actor, "CANDIDATE", "EMPLOYER", "ADVISOR", "ADMIN");
  await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
  await audit({ actorId: actor.id, actorRole: actor.role, action: "auth.sign_out_everywhere" });
}

export async function setUserLocale(actor: SessionUser, locale: Locale) {
  await db.user.update({ where: { id: actor.id }, data: { locale } });
}
