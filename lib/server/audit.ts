import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

type TxClient = Pick<typeof db, "auditLog">;

/** Appends to the audit log (who, what, when, from where). Never pass passwords, tokens or profile contents. */
export async function audit(
  entry: { actorId: string | null; actorRole?: string | null; action: string; subject?: string | null; ip?: string | null; details?: Prisma.InputJsonValue },
  client: TxClient = db,
) {
  await client.auditLog.create({ data: { actorId: entry.actorId, actorRole: entry.actorRole ?? null, action: entry.action, subject: entry.subject ?? null, ip: entry.ip ?? null, details: entry.details } });
}
