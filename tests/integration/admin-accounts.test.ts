import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createAdvisor, createCandidate, createUser } from "./factories";
import { resolveSession, type SessionWithId } from "@/lib/server/auth";
import { createAuthSession } from "@/lib/server/auth-sessions";
import { confirmEnrolment, startEnrolment } from "@/lib/server/dal/mfa";
import { findAccountByEmail, resetSecondFactor } from "@/lib/server/dal/admin-accounts";
import { totp } from "@/lib/security/totp";

// Staff account recovery: an administrator resets the second factor of someone who lost it. What must hold: only
// administrators, never on themselves, never on candidates; the credential, the recovery codes and every session go
// in one step; the reason is audited; the next sign-in asks for a new enrolment.

async function session(userId: string): Promise<SessionWithId> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const sid = await createAuthSession(userId, "192.0.2.1");
  return (await resolveSession({ userId, sv: u.sessionVersion, sid }))!;
}

async function enrol(userId: string) {
  const s = await session(userId);
  const { secret } = await startEnrolment(s);
  await confirmEnrolment(s, { code: totp(secret, Date.now()) }, { ip: "192.0.2.1" });
  return s;
}

const reason = "Téléphone perdu; identité confirmée par appel au numéro de l'organisation.";

describe("resetting a staff member's second factor", () => {
  beforeEach(resetDb);

  it("removes the credential and recovery codes, ends every session and audits the reason", async () => {
    const admin = await createUser("ADMIN");
    const advisor = await createAdvisor(["04"]);
    const s = await enrol(advisor.userId);
    expect((await findAccountByEmail(admin.actor, advisor.actor.email))).toMatchObject({ staff: true, recoveryCodesLeft: 10 });

    await resetSecondFactor(admin.actor, { userId: advisor.userId, reason });

    expect(await db.mfaCredential.count({ where: { userId: advisor.userId } })).toBe(0);
    expect(await db.mfaRecoveryCode.count({ where: { userId: advisor.userId } })).toBe(0);
    const u = await db.user.findUniqueOrThrow({ where: { id: advisor.userId }, select: { sessionVersion: true } });
    expect(await resolveSession({ userId: advisor.userId, sv: u.sessionVersion, sid: s.sid })).toBeNull();
    // A new sign-in is not signed in until a new second factor is enrolled and verified.
    expect((await session(advisor.userId)).status).toBe("needs-mfa");
    const account = await findAccountByEmail(admin.actor, advisor.actor.email);
    expect(account).toMatchObject({ mfaEnrolledAt: null, recoveryCodesLeft: 0 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "admin.mfa_reset" } });
    expect(entry).toMatchObject({ actorId: admin.userId, subject: `user:${advisor.userId}` });
    expect(entry.details).toMatchObject({ reason, hadSecondFactor: true });
  });

  it("is refused to non-administrators, on oneself and on candidates, and then changes nothing", async () => {
    const admin = await createUser("ADMIN");
    const advisor = await createAdvisor(["04"]);
    await enrol(advisor.userId);
    await enrol(admin.userId);
    const candidate = await createCandidate();

    await expect(resetSecondFactor(advisor.actor, { userId: admin.userId, reason })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findAccountByEmail(advisor.actor, admin.actor.email)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resetSecondFactor(admin.actor, { userId: admin.userId, reason })).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "admin.accounts.errors.self" });
    await expect(resetSecondFactor(admin.actor, { userId: candidate.userId, reason })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resetSecondFactor(admin.actor, { userId: "no-such-user", reason })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await db.mfaCredential.count()).toBe(2);
    expect(await db.mfaRecoveryCode.count()).toBe(20);
    expect(await db.auditLog.count({ where: { action: "admin.mfa_reset" } })).toBe(0);
  });
});
