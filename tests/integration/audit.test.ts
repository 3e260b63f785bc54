import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createAdvisor, createCandidate, createEmployer, ensureReferenceData } from "./factories";
import { audit } from "@/lib/server/audit";
import { authenticate } from "@/lib/server/services/authentication";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { exportMyData } from "@/lib/server/dal/candidate-account";
import { decideVerification } from "@/lib/server/dal/verification";
import { registerCandidate } from "@/lib/server/dal/users";

// The audit log: append-only in the database itself, and written by the actions issue 9 lists (sign-ins, consent
// changes, verifications, exports) with who, what, when and from where, never a password.

describe("audit log is append-only", () => {
  beforeEach(resetDb);

  it("the database refuses UPDATE and DELETE, through Prisma and in raw SQL, and the row stays as written", async () => {
    await audit({ actorId: "u1", actorRole: "ADMIN", action: "admin.test", subject: "x", ip: "192.0.2.1", details: { a: 1 } });
    const row = await db.auditLog.findFirstOrThrow();
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "actorId" = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE id = ${row.id}`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findMany()).toEqual([row]);
  });

  it("outside a request (a job, a script) the address is empty rather than made up", async () => {
    await audit({ actorId: null, action: "retention.run" });
    expect((await db.auditLog.findFirstOrThrow()).ip).toBeNull();
  });
});

describe("what is audited", () => {
  beforeEach(resetDb);

  it("sign-ins (success, failure) with the address, never the password", async () => {
    const password = "Un-cheval-bleu-2026";
    const { userId } = await registerCandidate({ name: "A", email: "a@example.org", password, locale: "fr" });
    await authenticate("a@example.org", "wrong-password-123", "203.0.113.9");
    await authenticate("a@example.org", password, "198.51.100.7");
    const rows = await db.auditLog.findMany({ where: { action: { startsWith: "auth.sign_in" } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.actorId, r.ip])).toEqual([
      ["auth.sign_in_failed", userId, "203.0.113.9"],
      ["auth.sign_in", userId, "198.51.100.7"],
    ]);
    expect(rows.every((r) => r.at instanceof Date)).toBe(true);
    expect(JSON.stringify(await db.auditLog.findMany(), (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(password);
  });

  it("consent changes, data exports and verification decisions name the actor, the action and the subject", async () => {
    await ensureReferenceData();
    const candidate = await createCandidate();
    await setConsent(candidate.actor, { purpose: "included_in_matching", granted: true, wordingVersion: "2026-01" });
    await setConsent(candidate.actor, { purpose: "included_in_matching", granted: false, wordingVersion: "2026-01" });
    await exportMyData(candidate.actor);
    const employer = await createEmployer({ verified: false });
    const advisor = await createAdvisor(["04"]);
    await decideVerification(advisor.actor, { employerId: employer.employerId, version: 0, decision: "verify", reason: null });
    const rows = await db.auditLog.findMany({ orderBy: { id: "asc" }, select: { actorId: true, actorRole: true, action: true, subject: true, details: true } });
    expect(rows).toEqual([
      { actorId: candidate.userId, actorRole: "CANDIDATE", action: "candidate.consent.grant", subject: null, details: { purpose: "included_in_matching", wordingVersion: "2026-01" } },
      { actorId: candidate.userId, actorRole: "CANDIDATE", action: "candidate.consent.withdraw", subject: null, details: { purpose: "included_in_matching", wordingVersion: "2026-01" } },
      { actorId: candidate.userId, actorRole: "CANDIDATE", action: "candidate.data.export", subject: null, details: null },
      { actorId: advisor.userId, actorRole: "ADVISOR", action: "verification.verify", subject: `employer:${employer.employerId}`, details: {} },
    ]);
  });
});
