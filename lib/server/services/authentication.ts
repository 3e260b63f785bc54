import "server-only";
import { ZSignIn } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { dummyPasswordHash, verifyPassword } from "@/lib/security/password";
import { hitRateLimit, peekRateLimit, clearRateLimit } from "@/lib/server/rate-limit";
import { RateLimitedError } from "@/lib/server/errors";

// Failed sign-ins are throttled per (account, address) and per address, never per account alone: an attacker
// elsewhere cannot lock the real person out, who signs in from their own address.
export const SIGN_IN_LIMITS = { perAccountAndAddress: 10, perAddress: 50, windowSeconds: 15 * 60 };

/**
 * Checks an e-mail and password. Unknown e-mail and wrong password give the same answer (null) after the same work
 * (an argon2 verification either way), so neither the answer nor its timing tells whether an account exists.
 */
export async function authenticate(email: unknown, password: unknown, ip: string | null) {
  const parsed = ZSignIn.safeParse({ email, password });
  if (!parsed.success) return null;
  const pairKey = `signin:${parsed.data.email}|${ip ?? "?"}`;
  const addressKey = `signin-ip:${ip ?? "?"}`;
  if ((await peekRateLimit(pairKey)) >= SIGN_IN_LIMITS.perAccountAndAddress || (await peekRateLimit(addressKey)) >= SIGN_IN_LIMITS.perAddress) {
    await audit({ actorId: null, action: "auth.sign_in_throttled", ip, details: {} });
    throw new RateLimitedError();
  }
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user || !ok) {
    await hitRateLimit(pairKey, SIGN_IN_LIMITS.perAccountAndAddress, SIGN_IN_LIMITS.windowSeconds);
    await hitRateLimit(addressKey, SIGN_IN_LIMITS.perAddress, SIGN_IN_LIMITS.windowSeconds);
    await audit({ actorId: user?.id ?? null, action: "auth.sign_in_failed", ip, details: {} });
    return null;
  }
  await clearRateLimit(pairKey);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await audit({ actorId: user.id, actorRole: user.role, action: "auth.sign_in", ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
