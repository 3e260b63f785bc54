import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, createEmployer, createUser } from "./factories";
import { resolveSession, type SessionWithId } from "@/lib/server/auth";
import { createAuthSession } from "@/lib/server/auth-sessions";
import { confirmEnrolment, getMfaStatus, MFA_LIMITS, regenerateRecoveryCodes, startEnrolment, verifySecondFactor } from "@/lib/server/dal/mfa";
import { totp } from "@/lib/security/totp";
import { authSecret } from "@/lib/env";
import { seal, TOTP_SECRET_PURPOSE } from "@/lib/security/secret-box";

// The second factor against the real database: enrolment, verification, replay, recovery codes, throttling, and
// that only the session that passed it counts as signed in.

const T = new Date("2026-12-01T15:00:10Z");
const step = (k: number) => new Date(T.getTime() + k * 30_000);

async function signedIn(userId: string, at: Date = T): Promise<SessionWithId> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const sid = await createAuthSession(userId, "192.0.2.1");
  await db.authSession.update({ where: { id: sid }, data: { createdAt: at, lastSeenAt: at } });
  return (await resolveSession({ userId, sv: u.sessionVersion, sid }, at))!;
}

async function enrolled(userId: string) {
  const s = await signedIn(userId);
  const { secret } = await startEnrolment(s);
  const { recoveryCodes } = await confirmEnrolment(s, { code: totp(secret, T.getTime()) }, { now: T, ip: "192.0.2.1" });
  return { secret, recoveryCodes };
}

describe("second factor", () => {
  beforeEach(resetDb);

  it("an employer's session is not signed in until a code is verified; a candidate's is", async () => {
    const { userId } = await createEmployer();
    const s = await signedIn(userId);
    expect(s.status).toBe("needs-mfa");
    const candidate = await createCandidate();
    expect((await signedIn(candidate.userId)).status).toBe("active");
  });

  it("enrolment: one secret kept until confirmed, stored sealed; a wrong code confirms nothing; the right one confirms, gives ten hashed recovery codes and verifies this session", async () => {
    const { userId } = await createUser("ADVISOR");
    const s = await signedIn(userId);
    const first = await startEnrolment(s);
    expect((await startEnrolment(s)).secret).toBe(first.secret);
    expect(first.uri).toContain(`secret=${first.secret}`);
    const row = await db.mfaCredential.findUniqueOrThrow({ where: { userId } });
    expect(row.secretBox).not.toContain(first.secret);
    expect(row.confirmedAt).toBeNull();

    await expect(confirmEnrolment(s, { code: totp(first.secret, step(-5).getTime()) }, { now: T, ip: "192.0.2.1" })).rejects.toMatchObject({ code: "INVALID", messageKey: "auth.mfa.errors.wrongCode" });
    expect((await db.mfaCredential.findUniqueOrThrow({ where: { userId } })).confirmedAt).toBeNull();
    expect(await db.mfaRecoveryCode.count()).toBe(0);

    const { recoveryCodes } = await confirmEnrolment(s, { code: totp(first.secret, T.getTime()) }, { now: T, ip: "192.0.2.1" });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.mfaRecoveryCode.findMany({ where: { userId } });
    expect(stored).toHaveLength(10);
    for (const c of stored) expect(recoveryCodes.some((code) => c.codeHash.includes(code.replace("-", "")))).toBe(false);
    expect((await resolveSession({ userId, sv: 0, sid: s.sid }, T))!.status).toBe("active");
    expect(await getMfaStatus(s)).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
    // A confirmed second factor cannot be replaced with the password alone.
    const other = await signedIn(userId);
    await expect(startEnrolment(other)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(confirmEnrolment(other, { code: totp(first.secret, step(1).getTime()) }, { now: step(1) })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("each code works once (replay refused), in the session that entered it only", async () => {
    const { userId } = await createEmployer();
    const { secret } = await enrolled(userId);
    const a = await signedIn(userId);
    // The enrolment's code (same step) cannot be used again.
    await expect(verifySecondFactor(a, { code: totp(secret, T.getTime()) }, { now: T, ip: "192.0.2.1" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await verifySecondFactor(a, { code: totp(secret, step(1).getTime()) }, { now: step(1), ip: "192.0.2.1" })).toMatchObject({ method: "totp" });
    expect((await resolveSession({ userId, sv: 0, sid: a.sid }, step(1)))!.status).toBe("active");
    // Another session of the same person (another device) is still waiting for its own code.
    const b = await signedIn(userId, step(1));
    expect(b.status).toBe("needs-mfa");
    await expect(verifySecondFactor(b, { code: totp(secret, step(1).getTime()) }, { now: step(1), ip: "192.0.2.1" })).rejects.toMatchObject({ code: "INVALID" });
    expect((await resolveSession({ userId, sv: 0, sid: b.sid }, step(1)))!.status).toBe("needs-mfa");
    await verifySecondFactor(b, { code: totp(secret, step(2).getTime()) }, { now: step(2), ip: "192.0.2.1" });
    expect((await resolveSession({ userId, sv: 0, sid: b.sid }, step(2)))!.status).toBe("active");
  });

  it("a recovery code works once; new codes replace the old ones", async () => {
    const { userId } = await createEmployer();
    const { recoveryCodes } = await enrolled(userId);
    const a = await signedIn(userId);
    expect(await verifySecondFactor(a, { code: recoveryCodes[3]!.toUpperCase() }, { now: T, ip: "192.0.2.1" })).toEqual({ method: "recovery", recoveryCodesLeft: 9 });
    const b = await signedIn(userId);
    await expect(verifySecondFactor(b, { code: recoveryCodes[3]! }, { now: T, ip: "192.0.2.1" })).rejects.toMatchObject({ code: "INVALID" });
    const active = (await resolveSession({ userId, sv: 0, sid: a.sid }, T))!;
    const fresh = await regenerateRecoveryCodes(active);
    await expect(verifySecondFactor(b, { code: recoveryCodes[4]! }, { now: T, ip: "192.0.2.1" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await verifySecondFactor(b, { code: fresh.recoveryCodes[0]! }, { now: T, ip: "192.0.2.1" })).toMatchObject({ method: "recovery" });
    // Only a verified session may ask for new codes.
    await expect(regenerateRecoveryCodes(await signedIn(userId))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("wrong codes are throttled per account and address without locking the person out from another address", async () => {
    const { userId } = await createEmployer();
    const { secret } = await enrolled(userId);
    const s = await signedIn(userId);
    for (let i = 0; i < MFA_LIMITS.perAccountAndAddress; i++) {
      await expect(verifySecondFactor(s, { code: "000000" }, { now: step(1), ip: "203.0.113.9" })).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(verifySecondFactor(s, { code: totp(secret, step(1).getTime()) }, { now: step(1), ip: "203.0.113.9" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await verifySecondFactor(s, { code: totp(secret, step(1).getTime()) }, { now: step(1), ip: "198.51.100.7" })).toMatchObject({ method: "totp" });
    const failures = await db.auditLog.findMany({ where: { action: "auth.mfa_failed", actorId: userId } });
    expect(failures).toHaveLength(MFA_LIMITS.perAccountAndAddress);
    expect(await db.auditLog.count({ where: { action: "auth.mfa_throttled" } })).toBe(1);
  });

  it("and per account across addresses", async () => {
    const { userId } = await createEmployer();
    const { secret } = await enrolled(userId);
    const s = await signedIn(userId);
    for (let i = 0; i < MFA_LIMITS.perAccount; i++) {
      await expect(verifySecondFactor(s, { code: "000000" }, { now: step(1), ip: `203.0.113.${i}` })).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(verifySecondFactor(s, { code: totp(secret, step(1).getTime()) }, { now: step(1), ip: "198.51.100.7" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("the audit log records enrolment and verification, never a code or a secret", async () => {
    const { userId } = await createEmployer();
    const { secret, recoveryCodes } = await enrolled(userId);
    const s = await signedIn(userId);
    await verifySecondFactor(s, { code: totp(secret, step(1).getTime()) }, { now: step(1), ip: "192.0.2.1" });
    const log = await db.auditLog.findMany({ where: { actorId: userId }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["auth.mfa_enrol", "auth.mfa_verify"]);
    const text = JSON.stringify(log, (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(text).not.toContain(secret);
    for (const c of recoveryCodes) expect(text).not.toContain(c);
  });

  it("a secret sealed under another server secret is refused rather than read", async () => {
    const { userId } = await createEmployer();
    await db.mfaCredential.create({ data: { userId, secretBox: seal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "another-server-secret-0123456789abcdef", TOTP_SECRET_PURPOSE), confirmedAt: T } });
    const s = await signedIn(userId);
    await expect(verifySecondFactor(s, { code: totp("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", T.getTime()) }, { now: T, ip: "192.0.2.1" })).rejects.toMatchObject({ code: "INVALID" });
    expect(authSecret()).not.toBe("another-server-secret-0123456789abcdef");
  });
});
