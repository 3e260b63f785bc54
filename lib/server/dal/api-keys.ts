import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow, getOwnerMembershipOrThrow } from "@/lib/server/dal/employers";
import type { TCreateApiKey, TRevokeApiKey } from "@/lib/schemas/api-keys";

// API keys of employers for the HTTP matching API (POST /api/v1/match). A key is shown once, when it is created;
// only its SHA-256 is stored, with a short public prefix that names it in lists and logs. Keys belong to the
// organisation: owners of a VERIFIED organisation create and revoke them; a key stops working as soon as it is
// revoked or the organisation is no longer verified.

/** "pr_" + 8-character prefix + "_" + 43-character secret (256 random bits, base64url). */
export const API_KEY_PATTERN = /^pr_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})$/;
/** At most this many keys in use per organisation. */
export const MAX_ACTIVE_API_KEYS = 10;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

function newApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(6).toString("base64url").replace(/[-_]/g, "x").slice(0, 8);
  return { prefix, key: `pr_${prefix}_${randomBytes(32).toString("base64url")}` };
}

export type ApiKeyRow = { id: string; prefix: string; label: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const ROW_SELECT = { id: true, prefix: true, label: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;
function toRow(r: { id: string; prefix: string; label: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiKeyRow {
  return { id: r.id, prefix: r.prefix, label: r.label, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null, revokedAt: r.revokedAt?.toISOString() ?? null };
}

/** The organisation's keys (in use first, newest first), for any member; never the secret. */
export async function listApiKeys(actor: SessionUser): Promise<ApiKeyRow[]> {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const rows = await db.apiKey.findMany({ where: { employerId }, select: ROW_SELECT, orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }] });
  return rows.map(toRow);
}

/**
 * Creates a key for the actor's organisation (owner of a VERIFIED organisation) and returns it with its secret:
 * the only time the secret exists outside the caller's hands. At most MAX_ACTIVE_API_KEYS in use.
 */
export async function createApiKey(actor: SessionUser, input: TCreateApiKey): Promise<ApiKeyRow & { key: string }> {
  const { employerId } = await getOwnerMembershipOrThrow(actor);
  const employer = await db.employer.findUniqueOrThrow({ where: { id: employerId }, select: { verificationStatus: true } });
  if (employer.verificationStatus !== "VERIFIED") throw new ConflictError("matching.apiKeys.errors.notVerified");
  const { key, prefix } = newApiKey();
  return db.$transaction(async (tx) => {
    // Serialise key creation per organisation so that two owners cannot both pass the limit.
    await tx.$queryRaw`SELECT 1 FROM "Employer" WHERE "id" = ${employerId} FOR UPDATE`;
    const active = await tx.apiKey.count({ where: { employerId, revokedAt: null } });
    if (active >= MAX_ACTIVE_API_KEYS) throw new ConflictError("matching.apiKeys.errors.tooMany");
    const row = await tx.apiKey.create({ data: { employerId, prefix, keyHash: hashApiKey(key), label: input.label, createdById: actor.id }, select: ROW_SELECT });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "api_key.create", subject: `api_key:${row.id}`, details: { employerId, prefix } }, tx);
    return { ...toRow(row), key };
  });
}

/** Revokes one of the organisation's keys (owners only); it stops working at once. */
export async function revokeApiKey(actor: SessionUser, input: TRevokeApiKey, now: Date = new Date()): Promise<ApiKeyRow> {
  const { employerId } = await getOwnerMembershipOrThrow(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id: input.id, employerId, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) {
      const exists = await tx.apiKey.findFirst({ where: { id: input.id, employerId }, select: { id: true } });
      if (!exists) throw new NotFoundError("matching.apiKeys.errors.notFound");
      throw new ConflictError("matching.apiKeys.errors.alreadyRevoked");
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: "api_key.revoke", subject: `api_key:${input.id}`, details: { employerId } }, tx);
    return toRow(await tx.apiKey.findUniqueOrThrow({ where: { id: input.id }, select: ROW_SELECT }));
  });
}

/** Who a presented key speaks for. */
export type ApiKeyPrincipal = { apiKeyId: string; prefix: string; employerId: string };

/**
 * Authentication, not authorization (hence no actor): the key's organisation when the key exists, is not revoked and
 * its organisation is VERIFIED; null otherwise (whatever the reason, so that a caller learns nothing). Records the
 * last use at most once a minute.
 */
export async function unsafeAuthenticateApiKey(key: string, now: Date = new Date()): Promise<ApiKeyPrincipal | null> {
  if (!API_KEY_PATTERN.test(key)) return null;
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, prefix: true, employerId: true, revokedAt: true, lastUsedAt: true, employer: { select: { verificationStatus: true } } },
  });
  if (!row || row.revokedAt !== null || row.employer.verificationStatus !== "VERIFIED") return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { apiKeyId: row.id, prefix: row.prefix, employerId: row.employerId };
}
