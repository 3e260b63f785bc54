import "server-only";
import { ZSignIn } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { dummyPasswordHash, verifyPassword } from "@/lib/security/password";

/**
 * Checks an e-mail and password. Unknown e-mail and wrong password give the same answer (null) after the same work
 * (an argon2 verification either way), so neither the answer nor its timing tells whether an account exists.
 */
export async function authenticate(email: unknown, password: unknown, ip: string | null) {
  const parsed = ZSignIn.safeParse({ email, password });
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user || !ok) {
    await audit({ actorId: user?.id ?? null, action: "auth.sign_in_failed", ip, details: {} });
    return null;
  }
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await audit({ actorId: user.id, actorRole: user.role, action: "auth.sign_in", ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
