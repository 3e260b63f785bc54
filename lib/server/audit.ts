import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { requestIp } from "@/lib/server/request-context";

type TxClient = Pick<typeof db, "auditLog">;

/**
 * Appends to the audit log (who, what, when, from where). Never pass passwords, tokens or profile contents.
 * `ip` defaults to the current request's client address (lib/security/client-ip.ts; null in background jobs).
 */
export async function audit(
  entry: { actorId: string | null; actorRole?: string | null; action: string; subject?: string | null; ip?: string | null; details?: Prisma.InputJsonValue },
  client: TxClient = db,
) {
  const ip = entry.ip !== undefined ? entry.ip : await requestIp();
  await client.auditLog.create({ data: { actorId: entry.actorId, actorRole: entry.actorRole ?? null, action: entry.action, subject: entry.subject ?? null, ip, details: entry.details } });
}
