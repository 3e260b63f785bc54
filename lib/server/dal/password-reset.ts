import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { InvalidError } from "@/lib/server/errors";
import { enforceRecruitingLimit, requestIp } from "@/lib/server/dal/recruiting-limits";
import { absoluteUrl, sendMail } from "@/lib/server/services/mailer";
import { passwordResetMail } from "@/lib/email/templates";
import { hashPassword } from "@/lib/security/password";
import { toLocale } from "@/lib/i18n/config";

// Password reset by e-mail: a single-use link valid 30 minutes. Only the token's SHA-256 is stored; the e-mail is
// sent at once (never through the job queue, whose table would hold the link). Asking for an unknown address
// answers exactly as for a known one, so the form tells nobody whether an account exists.

export const RESET_TOKEN_MINUTES = 30;

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Sends a reset link to the address when an account has it (in the account's language). Earlier unused links of
 * the account stop working. Limited per address asked for and per network address (RateLimitedError).
 */
export async function requestPasswordReset(input: { email: string }, opts: { now?: Date; ip?: string | null } = {}): Promise<{ token: string | null }> {
  const now = opts.now ?? new Date();
  const ip = opts.ip === undefined ? await requestIp() : opts.ip;
  await enforceRecruitingLimit("passwordReset", input.email, ip);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, locale: true, role: true } });
  if (!user) {
    await audit({ actorId: null, action: "auth.password_reset_request_unknown", ip, details: {} });
    return { token: null };
  }
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000), createdAt: now } });
    await audit({ actorId: user.id, actorRole: user.role, action: "auth.password_reset_request", ip }, tx);
  });
  const mail = passwordResetMail(toLocale(user.locale), { url: absoluteUrl(`/reinitialiser?jeton=${encodeURIComponent(token)}`), minutes: RESET_TOKEN_MINUTES });
  await sendMail({ to: user.email, ...mail });
  // Returned for tests only; the action never gives it to the browser.
  return { token };
}

/** Whether a link is still usable (the page shows the form, or says the link expired). */
export async function checkResetToken(token: string, now = new Date()): Promise<"valid" | "invalid"> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) }, select: { usedAt: true, expiresAt: true } });
  return row && !row.usedAt && row.expiresAt > now ? "valid" : "invalid";
}

/**
 * Sets a new password with a link, once: the token is consumed in the same transaction (a second use, or a use
 * after 30 minutes, is refused and changes nothing). Every session of the account ends (sessionVersion).
 */
export async function resetPassword(input: { token: string; password: string }, opts: { now?: Date; ip?: string | null } = {}) {
  const now = opts.now ?? new Date();
  const ip = opts.ip === undefined ? await requestIp() : opts.ip;
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(input.token) }, select: { id: true, userId: true, usedAt: true, expiresAt: true } });
    if (!row || row.usedAt) throw new InvalidError("recruiting.reset.errors.invalid");
    if (row.expiresAt <= now) throw new InvalidError("recruiting.reset.errors.expired");
    const { count } = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) throw new InvalidError("recruiting.reset.errors.invalid");
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true, role: true, email: true } });
    await tx.rateLimit.deleteMany({ where: { key: { startsWith: `signin:${user.email}|` } } });
    await audit({ actorId: user.id, actorRole: user.role, action: "auth.password_reset", ip }, tx);
    return { email: user.email };
  });
}
