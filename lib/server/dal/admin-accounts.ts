import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

// Account recovery for staff: someone who lost both their authenticator and their recovery codes cannot sign in
// again (the second factor is mandatory for employers, advisors and administrators). An administrator, after
// checking the person's identity by another channel, removes the second factor: every open session of the account
// ends and the next sign-in asks for a new enrolment. Administrators only, never on their own account, audited with
// the reason.

const STAFF = ["EMPLOYER", "ADVISOR", "ADMIN"] as const;

/** One account by exact e-mail, with what the administrator needs to decide (no profile data). */
export async function findAccountByEmail(actor: SessionUser, email: string) {
  assertRole(actor, "ADMIN");
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, lastSignInAt: true, mfaCredential: { select: { confirmedAt: true } } },
  });
  if (!user) return null;
  const recoveryCodesLeft = await db.mfaRecoveryCode.count({ where: { userId: user.id, usedAt: null } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    lastSignInAt: user.lastSignInAt,
    staff: (STAFF as readonly string[]).includes(user.role),
    mfaEnrolledAt: user.mfaCredential?.confirmedAt ?? null,
    recoveryCodesLeft,
  };
}

/** Removes the account's second factor and recovery codes and ends all its sessions, in one transaction. */
export async function resetSecondFactor(actor: SessionUser, input: { userId: string; reason: string }) {
  assertRole(actor, "ADMIN");
  if (input.userId === actor.id) throw new ForbiddenError("admin.accounts.errors.self");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
    if (!user || !(STAFF as readonly string[]).includes(user.role)) throw new NotFoundError();
    const removed = await tx.mfaCredential.deleteMany({ where: { userId: user.id } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.authSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await audit(
      { actorId: actor.id, actorRole: actor.role, action: "admin.mfa_reset", subject: `user:${user.id}`, details: { reason: input.reason, hadSecondFactor: removed.count > 0 } },
      tx,
    );
    return { reset: true };
  });
}
