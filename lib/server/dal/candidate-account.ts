import "server-only";
import { getStorage } from "@/lib/server/storage";
import { logger } from "@/lib/server/logger";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { recordSkillUsage } from "@/lib/server/dal/skills";

// Data rights of Loi 25 for candidates: a copy of all of one's data in a structured format, and the destruction of
// one's account. Only the actor's own rows are read or deleted (every query is keyed by the actor's id).

export const EXPORT_FORMAT = "passerelle-regions/candidate-export@1";

/**
 * Everything the platform holds about the actor, as plain JSON: the account, every column of the profile, the
 * occupations, the whole consent history and the actor's own entries in the audit log. Nothing about anyone else
 * (the audit entries are those the actor made; no other person's row is joined in). Audited.
 */
export async function exportMyData(actor: SessionUser, now: Date = new Date()) {
  assertRole(actor, "CANDIDATE");
  const [account, profile, consents, activity] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, role: true, locale: true, createdAt: true, updatedAt: true, lastSignInAt: true } }),
    // Every scalar column of the profile (no select: a column added later is exported without a change here).
    db.candidateProfile.findUnique({ where: { userId: actor.id }, include: { occupations: { omit: { profileId: true } } } }),
    db.consentEvent.findMany({ where: { userId: actor.id }, omit: { userId: true }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    db.auditLog.findMany({ where: { actorId: actor.id }, select: { at: true, action: true, subject: true, ip: true, details: true }, orderBy: { at: "asc" } }),
  ]);
  await audit({ actorId: actor.id, actorRole: actor.role, action: "candidate.data.export" });
  const { userId: _userId, occupations, ...profileColumns } = profile ?? { userId: null, occupations: [] };
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account,
    profile: profile ? profileColumns : null,
    occupations,
    consentHistory: consents,
    activity,
  };
}
export type CandidateExport = Awaited<ReturnType<typeof exportMyData>>;

/**
 * Destroys the actor's account and personal information: the profile and its occupations (cascade from the user),
 * the consent history, pending idempotency records and sign-in counters keyed by the e-mail; skill labels only this
 * person used disappear from the suggestions. The audit log is append-only and never held personal data: one row
 * records that an account was deleted, without saying whose.
 */
export async function deleteMyAccount(actor: SessionUser) {
  assertRole(actor, "CANDIDATE");
  const storageKeys = await db.$transaction(async (tx) => {
    const profile = await tx.candidateProfile.findUnique({ where: { userId: actor.id }, select: { id: true, skillKeys: true } });
    const files = profile ? await tx.eventCvFile.findMany({ where: { candidateProfileId: profile.id }, select: { storageKey: true } }) : [];
    if (profile?.skillKeys.length) await recordSkillUsage(tx, { added: [], removed: profile.skillKeys });
    await tx.consentEvent.deleteMany({ where: { userId: actor.id } });
    await tx.idempotencyKey.deleteMany({ where: { userId: actor.id } });
    await tx.rateLimit.deleteMany({ where: { key: { startsWith: `signin:${actor.email}|` } } });
    // Cascades to CandidateProfile and CandidateOccupation (and any membership or advisor row).
    await tx.user.delete({ where: { id: actor.id } });
    await audit({ actorId: null, actorRole: "CANDIDATE", action: "candidate.account.delete", details: {} }, tx);
    return files.map((f) => f.storageKey);
  });
  // The CV files go once the rows are gone (a rolled-back deletion keeps them). A failure here leaves an orphan file
  // that no row points to any more; it is logged so that it can be removed by hand.
  const storage = getStorage();
  for (const key of storageKeys) await storage.delete(key).catch((err: unknown) => logger.error({ err }, "account deletion: stored file not removed"));
}
