import "server-only";
import { db } from "@/lib/server/db";

// What the retention job reads. No actor: the job runs as the system, so these functions are prefixed "unsafe" and
// are called only by lib/server/services/retention.ts (docs/decisions/0009-retention.md).

/**
 * Candidate profiles inactive since before `cutoff`: last sign-in, creation, profile update and confirmation are all
 * older, no session was seen since, and no accompaniment (hand-over) is still open. Never an anonymised one again.
 */
export async function unsafeListInactiveCandidateProfiles(cutoff: Date, limit: number) {
  return db.$queryRaw<{ profileId: string; userId: string; email: string; skillKeys: string[] | null }[]>`
    SELECT p.id AS "profileId", u.id AS "userId", u.email, p."skillKeys"
    FROM "CandidateProfile" p JOIN "User" u ON u.id = p."userId"
    WHERE p."anonymisedAt" IS NULL AND u.role = 'CANDIDATE'
      AND GREATEST(u."createdAt", COALESCE(u."lastSignInAt", u."createdAt"), p."updatedAt", p."confirmedAt") < ${cutoff}
      AND NOT EXISTS (SELECT 1 FROM "AuthSession" s WHERE s."userId" = u.id AND s."lastSeenAt" >= ${cutoff})
      AND NOT EXISTS (SELECT 1 FROM "HandOver" h WHERE h."candidateProfileId" = p.id AND h.status <> 'CLOSED')
    ORDER BY p.id
    LIMIT ${limit}`;
}
