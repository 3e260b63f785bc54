import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { authSecret } from "@/lib/env";
import type { SessionWithId } from "@/lib/server/auth";
import { ConflictError, InvalidError, RateLimitedError } from "@/lib/server/errors";
import { clearRateLimit, hitRateLimit, peekRateLimit } from "@/lib/server/rate-limit";
import { requestIp } from "@/lib/server/request-context";
import { generateTotpSecret, otpauthUri, verifyTotp } from "@/lib/security/totp";
import { open, seal, TOTP_SECRET_PURPOSE } from "@/lib/security/secret-box";
import { generateRecoveryCodes, hashRecoveryCode, looksLikeRecoveryCode, newSalt, recoveryCodeMatches } from "@/lib/security/recovery-codes";

// The second factor: enrolment (a TOTP secret confirmed by a first code, then ten recovery codes shown once) and
// verification after the password (a TOTP code, or one recovery code). Every function takes the session (user and
// session row) first: success marks THAT session row as verified (AuthSession.mfaVerifiedAt), which is what
// getSession() checks. Nothing the browser sends can set it.

export const MFA_ISSUER = "Passerelle Régions";
// Failed codes: 5 per (account, address) and 20 per account per 15 minutes. A code is one in a million (three
// valid at a time): 20 tries a quarter of an hour leave an attacker who has the password about 1 chance in 50,000
// per day. Another address still gets its own 5 tries, so the real person is not locked out by an attacker alone.
export const MFA_LIMITS = { perAccountAndAddress: 5, perAccount: 20, windowSeconds: 15 * 60 };

const wrongCode = () => new InvalidError("auth.mfa.errors.wrongCode", { code: "auth.mfa.errors.wrongCode" });

/** now: the instant codes are checked at; ip: the client address (default: the current request's). For tests. */
export type MfaOptions = { now?: Date; ip?: string | null };

async function throttleKeys(userId: string, opts: MfaOptions) {
  const ip = (opts.ip !== undefined ? opts.ip : await requestIp()) ?? "?";
  return [`mfa:${userId}|${ip}`, `mfa-user:${userId}`] as const;
}

async function assertNotThrottled(session: SessionWithId, keys: readonly [string, string]) {
  if ((await peekRateLimit(keys[0])) >= MFA_LIMITS.perAccountAndAddress || (await peekRateLimit(keys[1])) >= MFA_LIMITS.perAccount) {
    await audit({ actorId: session.user.id, actorRole: session.user.role, action: "auth.mfa_throttled" });
    throw new RateLimitedError();
  }
}

async function recordFailure(session: SessionWithId, keys: readonly [string, string], method: string) {
  await hitRateLimit(keys[0], MFA_LIMITS.perAccountAndAddress, MFA_LIMITS.windowSeconds);
  await hitRateLimit(keys[1], MFA_LIMITS.perAccount, MFA_LIMITS.windowSeconds);
  await audit({ actorId: session.user.id, actorRole: session.user.role, action: "auth.mfa_failed", details: { method } });
}

/** Whether the user has a confirmed second factor, and how many recovery codes are left. */
export async function getMfaStatus(session: SessionWithId) {
  const [cred, left] = await Promise.all([
    db.mfaCredential.findUnique({ where: { userId: session.user.id }, select: { confirmedAt: true } }),
    db.mfaRecoveryCode.count({ where: { userId: session.user.id, usedAt: null } }),
  ]);
  return { enrolled: !!cred?.confirmedAt, enrolledAt: cred?.confirmedAt ?? null, recoveryCodesLeft: left };
}

/**
 * The secret to show for enrolment (kept until confirmed, so that reloading the page shows the same one), with
 * its otpauth:// URI. Refused once a second factor is confirmed: replacing it requires the current one.
 */
export async function startEnrolment(session: SessionWithId): Promise<{ secret: string; uri: string }> {
  const userId = session.user.id;
  const existing = await db.mfaCredential.findUnique({ where: { userId }, select: { secretBox: true, confirmedAt: true } });
  if (existing?.confirmedAt) throw new ConflictError("auth.mfa.errors.alreadyEnrolled");
  let secret = existing ? open(existing.secretBox, authSecret(), TOTP_SECRET_PURPOSE) : null;
  if (!secret) {
    secret = generateTotpSecret();
    const secretBox = seal(secret, authSecret(), TOTP_SECRET_PURPOSE);
    // upsert on the primary key: two tabs opening the page at once keep one row (the second write wins; the page
    // that showed the first secret then fails its code and shows the current one on reload).
    await db.mfaCredential.upsert({ where: { userId }, create: { userId, secretBox }, update: { secretBox } });
  }
  return { secret, uri: otpauthUri({ issuer: MFA_ISSUER, account: session.user.email, secret }) };
}

/**
 * Confirms enrolment with a first code: the secret becomes the user's second factor, ten recovery codes replace any
 * earlier ones (returned once, in clear, never again), and this session counts as verified.
 */
export async function confirmEnrolment(session: SessionWithId, input: { code: string }, opts: MfaOptions = {}): Promise<{ recoveryCodes: string[] }> {
  const userId = session.user.id;
  const now = opts.now ?? new Date();
  const keys = await throttleKeys(userId, opts);
  await assertNotThrottled(session, keys);
  const cred = await db.mfaCredential.findUnique({ where: { userId }, select: { secretBox: true, confirmedAt: true } });
  if (cred?.confirmedAt) throw new ConflictError("auth.mfa.errors.alreadyEnrolled");
  const secret = cred ? open(cred.secretBox, authSecret(), TOTP_SECRET_PURPOSE) : null;
  const step = secret ? verifyTotp(secret, input.code, now.getTime()) : null;
  if (step === null) {
    await recordFailure(session, keys, "enrol");
    throw wrongCode();
  }
  const recoveryCodes = generateRecoveryCodes();
  await db.$transaction(async (tx) => {
    const confirmed = await tx.mfaCredential.updateMany({ where: { userId, confirmedAt: null }, data: { confirmedAt: now, lastUsedStep: BigInt(step) } });
    if (confirmed.count !== 1) throw new ConflictError("auth.mfa.errors.alreadyEnrolled");
    await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
    await tx.mfaRecoveryCode.createMany({ data: recoveryCodes.map((code) => { const salt = newSalt(); return { userId, salt, codeHash: hashRecoveryCode(code, salt) }; }) });
    await tx.authSession.updateMany({ where: { id: session.sid, userId, revokedAt: null }, data: { mfaVerifiedAt: now } });
    await audit({ actorId: userId, actorRole: session.user.role, action: "auth.mfa_enrol" }, tx);
  });
  await clearRateLimit(keys[0]);
  return { recoveryCodes };
}

/**
 * The second step of a sign-in: a TOTP code (each accepted once: its step must be later than the last one used) or
 * an unused recovery code (then used up). Marks this session as verified.
 */
export async function verifySecondFactor(session: SessionWithId, input: { code: string }, opts: MfaOptions = {}): Promise<{ method: "totp" | "recovery"; recoveryCodesLeft: number }> {
  const userId = session.user.id;
  const now = opts.now ?? new Date();
  const keys = await throttleKeys(userId, opts);
  await assertNotThrottled(session, keys);
  const cred = await db.mfaCredential.findUnique({ where: { userId }, select: { secretBox: true, confirmedAt: true, lastUsedStep: true } });
  if (!cred?.confirmedAt) throw new ConflictError("auth.mfa.errors.notEnrolled");

  let method: "totp" | "recovery" | null = null;
  if (/^\d{3}\s?\d{3}$/.test(input.code.trim())) {
    const secret = open(cred.secretBox, authSecret(), TOTP_SECRET_PURPOSE);
    const step = secret ? verifyTotp(secret, input.code, now.getTime(), { afterStep: Number(cred.lastUsedStep) }) : null;
    // The step is recorded only if it is still later than the last one: two requests with one code, one wins.
    if (step !== null && (await db.mfaCredential.updateMany({ where: { userId, lastUsedStep: { lt: BigInt(step) } }, data: { lastUsedStep: BigInt(step) } })).count === 1) method = "totp";
  } else if (looksLikeRecoveryCode(input.code)) {
    const codes = await db.mfaRecoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, salt: true, codeHash: true } });
    const match = codes.find((c) => recoveryCodeMatches(input.code, c.salt, c.codeHash));
    if (match && (await db.mfaRecoveryCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: now } })).count === 1) method = "recovery";
  }
  if (!method) {
    await recordFailure(session, keys, "verify");
    throw wrongCode();
  }
  await db.authSession.updateMany({ where: { id: session.sid, userId, revokedAt: null }, data: { mfaVerifiedAt: now } });
  await clearRateLimit(keys[0]);
  await audit({ actorId: userId, actorRole: session.user.role, action: "auth.mfa_verify", details: { method } });
  return { method, recoveryCodesLeft: await db.mfaRecoveryCode.count({ where: { userId, usedAt: null } }) };
}

/** New recovery codes (the old ones stop working), for a session that passed its second factor. */
export async function regenerateRecoveryCodes(session: SessionWithId): Promise<{ recoveryCodes: string[] }> {
  if (session.status !== "active") throw new ConflictError("auth.mfa.errors.notVerified");
  const userId = session.user.id;
  const cred = await db.mfaCredential.findUnique({ where: { userId }, select: { confirmedAt: true } });
  if (!cred?.confirmedAt) throw new ConflictError("auth.mfa.errors.notEnrolled");
  const recoveryCodes = generateRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
    await tx.mfaRecoveryCode.createMany({ data: recoveryCodes.map((code) => { const salt = newSalt(); return { userId, salt, codeHash: hashRecoveryCode(code, salt) }; }) });
    await audit({ actorId: userId, actorRole: session.user.role, action: "auth.mfa_recovery_codes_regenerated" }, tx);
  });
  return { recoveryCodes };
}
