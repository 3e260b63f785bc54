// When a session ends, decided on the server on every request from its row (AuthSession) and the environment.
// Pure, so unit-tested; lib/server/auth.ts applies it.
import type { Role } from "@/lib/generated/prisma/enums";

/** Roles that must pass a second factor (TOTP or a recovery code) before any protected page or data function. */
export const MFA_ROLES: readonly Role[] = ["EMPLOYER", "ADVISOR", "ADMIN"];
export function mfaRequiredFor(role: Role): boolean {
  return MFA_ROLES.includes(role);
}

/** A session waiting for its second factor ends after this long. */
export const MFA_PENDING_MINUTES = 10;
/** lastSeenAt is written at most once per this many seconds per session (one small write a minute, not per request). */
export const SESSION_TOUCH_SECONDS = 60;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; mfaVerifiedAt: Date | null; revokedAt: Date | null };
export type SessionLimits = { idleMinutes: number; maxAgeHours: number };
export type SessionState = "active" | "needs-mfa" | "expired";

export function sessionState(s: SessionTimes, role: Role, now: Date, limits: SessionLimits): SessionState {
  const t = now.getTime();
  if (s.revokedAt) return "expired";
  if (t - s.createdAt.getTime() >= limits.maxAgeHours * 3_600_000) return "expired"; // absolute, from sign-in
  if (t - s.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return "expired"; // idle, since the last request
  if (mfaRequiredFor(role) && !s.mfaVerifiedAt) {
    return t - s.createdAt.getTime() >= MFA_PENDING_MINUTES * 60_000 ? "expired" : "needs-mfa";
  }
  return "active";
}

export function shouldTouch(s: Pick<SessionTimes, "lastSeenAt">, now: Date): boolean {
  return now.getTime() - s.lastSeenAt.getTime() >= SESSION_TOUCH_SECONDS * 1000;
}

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent with another site's POST), path /, and
 * Secure with the __Secure- prefix when the site is served over https. No Max-Age beyond the absolute time-out.
 */
export function sessionCookie(secure: boolean, maxAgeHours: number) {
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: Math.round(maxAgeHours * 3600) },
  };
}
