import "server-only";
import { db } from "@/lib/server/db";

// The server-side half of a session (AuthSession rows). The JWT cookie only points at a row (sid); the row decides
// time-outs, the second factor and sign-out (lib/security/session-policy.ts, lib/server/auth.ts).

export async function createAuthSession(userId: string, ip: string | null): Promise<string> {
  const row = await db.authSession.create({ data: { userId, ip }, select: { id: true } });
  return row.id;
}

/** Ends one session for good (sign-out). Safe to call twice. */
export async function revokeAuthSession(sid: string) {
  await db.authSession.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Rows of sessions that cannot be valid any more (revoked, or older than the absolute time-out plus a day). */
export async function deleteEndedSessions(maxAgeHours: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - (maxAgeHours + 24) * 3_600_000);
  const r = await db.authSession.deleteMany({ where: { OR: [{ createdAt: { lt: before } }, { revokedAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } }] } });
  return r.count;
}
