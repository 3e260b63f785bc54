import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";
import { recordSkillUsage } from "@/lib/server/dal/skills";
import { unsafeListInactiveCandidateProfiles } from "@/lib/server/dal/retention";
import { deleteEndedSessions } from "@/lib/server/auth-sessions";
import { getStorage } from "@/lib/server/storage";

// Retention (Loi 25, art. 23): a candidate profile inactive for RETENTION_INACTIVE_MONTHS is anonymised, with
// everything derived from it. What is erased, what is kept and why: docs/decisions/0009-retention.md. Run daily by
// pg-boss (lib/server/jobs/retention.ts); callable directly (tests, an operator's script).

export type RetentionResult = {
  cutoff: string;
  profiles: number;
  /** The erased consent history, kept only as anonymous counts per purpose. */
  consentEvents: Record<string, { granted: number; withdrawn: number }>;
  messages: number;
  cvFiles: number;
  sessionsDeleted: number;
};

/** The date before which a profile's last activity makes it inactive. */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export async function anonymiseInactiveCandidates(opts: { now?: Date; months?: number; batchSize?: number } = {}): Promise<RetentionResult> {
  const now = opts.now ?? new Date();
  const months = opts.months ?? env().RETENTION_INACTIVE_MONTHS;
  const cutoff = retentionCutoff(now, months);
  const result: RetentionResult = { cutoff: cutoff.toISOString(), profiles: 0, consentEvents: {}, messages: 0, cvFiles: 0, sessionsDeleted: 0 };
  for (;;) {
    const batch = await unsafeListInactiveCandidateProfiles(cutoff, opts.batchSize ?? 100);
    if (!batch.length) break;
    for (const p of batch) {
      const storageKeys = await anonymiseOne(p, now, result);
      // Files after the commit: a crash in between leaves bytes nobody can reach (no row names them), never a row
      // pointing at deleted bytes. The next run does not see them again; docs/decisions/0009 notes the sweep to do.
      for (const key of storageKeys) await getStorage().delete(key).catch((err) => logger.error({ err }, "retention: could not delete a stored file"));
      result.cvFiles += storageKeys.length;
    }
  }
  result.sessionsDeleted = await deleteEndedSessions(env().SESSION_MAX_AGE_HOURS, now);
  await audit({ actorId: null, actorRole: "SYSTEM", action: "retention.run", ip: null, details: result });
  return result;
}

async function anonymiseOne(p: { profileId: string; userId: string; email: string; skillKeys: string[] | null }, now: Date, result: RetentionResult): Promise<string[]> {
  const { profileId, userId } = p;
  return db.$transaction(async (tx) => {
    // Re-checked inside the transaction: a person who signed in since the list was read keeps their profile.
    const still = await tx.candidateProfile.updateMany({
      where: { id: profileId, anonymisedAt: null },
      data: {
        firstName: null, lastName: null, phone: null, countryOfResidence: null, cityOfResidence: null, inQuebec: null, citizenship: null, immigrationStatus: null,
        frenchLevel: null, frenchOral: null, frenchWritten: null, englishLevel: null, languageTestName: null, languageTestDate: null, familyComing: null,
        needsHousingHelp: null, hasDrivingLicence: null, education: null, educationField: null, educationCountry: null, credentialStatus: null,
        preferredRegionCodes: [], openToAnyRegionOutsideCmm: false, availableFrom: null, workTypes: [], nocCodes: [], skillLabels: [], skillKeys: [],
        visibleToEmployers: false, includedInMatching: false, sharedWithAdvisors: false, sectionVersions: {}, anonymisedAt: now, version: { increment: 1 },
      },
    });
    if (still.count === 0) return [];
    if (p.skillKeys?.length) await recordSkillUsage(tx, { added: [], removed: p.skillKeys });
    await tx.candidateOccupation.deleteMany({ where: { profileId } });

    const consents = await tx.consentEvent.findMany({ where: { userId }, select: { purpose: true, granted: true } });
    for (const c of consents) {
      const k = (result.consentEvents[c.purpose] ??= { granted: 0, withdrawn: 0 });
      if (c.granted) k.granted += 1;
      else k.withdrawn += 1;
    }
    await tx.consentEvent.deleteMany({ where: { userId } });

    // Recruiting: the organisations keep that a pipeline entry existed and its stages (their hiring record, the
    // positions filled), not what was written to or about the person.
    await tx.contactDisclosure.deleteMany({ where: { candidateProfileId: profileId } });
    result.messages += await tx.message.count({ where: { thread: { candidateProfileId: profileId } } });
    await tx.messageThread.deleteMany({ where: { candidateProfileId: profileId } });
    await tx.invitation.updateMany({ where: { candidateProfileId: profileId }, data: { message: "", declineReason: null } });
    await tx.pipelineMove.updateMany({ where: { entry: { candidateProfileId: profileId }, note: { not: null } }, data: { note: null } });
    await tx.searchAlert.deleteMany({ where: { candidateProfileId: profileId } });
    await tx.profileView.deleteMany({ where: { candidateProfileId: profileId } });

    // Accompaniment (closed hand-overs only reach here): the region's statistics keep dates and outcomes, not notes.
    await tx.handOver.updateMany({ where: { candidateProfileId: profileId }, data: { note: null, familyComing: null, needsHousingHelp: null, availableFrom: null } });
    await tx.actionPlan.updateMany({ where: { handOver: { candidateProfileId: profileId } }, data: { needs: {}, summary: null } });
    await tx.planTask.updateMany({ where: { plan: { handOver: { candidateProfileId: profileId } } }, data: { notes: null } });
    await tx.planTask.updateMany({ where: { plan: { handOver: { candidateProfileId: profileId } }, templateKey: null }, data: { title: "" } });
    await tx.followUp.updateMany({ where: { handOver: { candidateProfileId: profileId } }, data: { comment: null } });

    // Events: applications keep their status (the event's figures), not the letter; CV bytes are deleted.
    await tx.eventApplication.updateMany({ where: { candidateProfileId: profileId }, data: { letter: "" } });
    await tx.eventOffer.updateMany({ where: { candidateProfileId: profileId }, data: { note: null } });
    const cvs = await tx.eventCvFile.findMany({ where: { candidateProfileId: profileId }, select: { storageKey: true } });
    await tx.eventCvFile.updateMany({ where: { candidateProfileId: profileId }, data: { fileName: "", sha256: "", sizeBytes: 0 } });

    await tx.humanReviewRequest.updateMany({ where: { userId }, data: { reason: "", answer: null } });
    await tx.idempotencyKey.deleteMany({ where: { userId } });
    await tx.passwordResetToken.deleteMany({ where: { userId } });
    await tx.authSession.deleteMany({ where: { userId } });
    await tx.rateLimit.deleteMany({ where: { key: { startsWith: `signin:${p.email}|` } } });
    // The account stays as an empty shell (its id is what the organisations' records point to): no e-mail, no name,
    // a password no one can match, every token revoked.
    await tx.user.update({ where: { id: userId }, data: { email: `anonymised-${userId}@anonymised.invalid`, name: "", passwordHash: "!anonymised", lastSignInAt: null, sessionVersion: { increment: 1 } } });
    result.profiles += 1;
    return cvs.map((c) => c.storageKey);
  }, { timeout: 30_000 });
}
