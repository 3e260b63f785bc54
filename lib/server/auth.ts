import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { getAuthOptions } from "@/lib/server/auth-options";
import { db } from "@/lib/server/db";
import { env } from "@/lib/env";
import { ForbiddenError, UnauthenticatedError } from "@/lib/server/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { sessionState, shouldTouch } from "@/lib/security/session-policy";

export type SessionUser = { id: string; email: string; name: string; role: Role; locale: Locale };
/** A signed-in user and their session row; only the second-factor pages and their actions take it. */
export type SessionWithId = { user: SessionUser; sid: string; status: "active" | "needs-mfa" };

/** What a session token claims: the user, the user's sessionVersion at sign-in, the session row. */
export type SessionClaims = { userId: string; sv: number | null; sid: string | null };

/**
 * The signed-in user, read once per request, or null. The JWT only says who claims to be signed in; the database
 * decides: a deleted user, a sessionVersion bumped by "sign out everywhere", a revoked, idle or too old session,
 * or (employers, advisors, administrators) a session whose second factor is not verified, all mean no session.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const s = await getSessionWithId();
  return s?.status === "active" ? s.user : null;
});

/**
 * The session even when it still waits for its second factor. Only for the second-factor pages, their actions and
 * the landing route that sends such a session there: everything else uses getSession()/requireUser().
 */
export const getSessionWithId = cache(async (): Promise<SessionWithId | null> => {
  // No session cookie, no work (and no environment needed: pages prerendered at build time stay signed out).
  const store = await cookies();
  if (!store.getAll().some((c) => c.name.includes("next-auth.session-token"))) return null;
  const s = await getServerSession(getAuthOptions());
  const claims = s?.user as { id?: string; sv?: number; sid?: string } | undefined;
  if (!claims?.id) return null;
  return resolveSession({ userId: claims.id, sv: typeof claims.sv === "number" ? claims.sv : null, sid: typeof claims.sid === "string" ? claims.sid : null });
});

/**
 * Exported for tests: the database's view of a session token's claims at `now`. Writes lastSeenAt (at most once a
 * minute) so that the idle time-out counts from the last request.
 */
export async function resolveSession(claims: SessionClaims, now: Date = new Date()): Promise<SessionWithId | null> {
  if (claims.sv === null || !claims.sid) return null;
  const row = await db.authSession.findUnique({
    where: { id: claims.sid },
    select: { userId: true, createdAt: true, lastSeenAt: true, mfaVerifiedAt: true, revokedAt: true, user: { select: { id: true, email: true, name: true, role: true, locale: true, sessionVersion: true } } },
  });
  if (!row || row.userId !== claims.userId || row.user.sessionVersion !== claims.sv) return null;
  const e = env();
  const state = sessionState(row, row.user.role, now, { idleMinutes: e.SESSION_IDLE_MINUTES, maxAgeHours: e.SESSION_MAX_AGE_HOURS });
  if (state === "expired") return null;
  if (shouldTouch(row, now)) await db.authSession.updateMany({ where: { id: claims.sid, revokedAt: null }, data: { lastSeenAt: now } });
  const u = row.user;
  return { user: { id: u.id, email: u.email, name: u.name, role: u.role, locale: toLocale(u.locale) }, sid: claims.sid, status: state };
}

/** Exported for tests (factories build actors with it): the user part of a session, without its session row. */
export async function resolveSessionUser(userId: string, tokenVersion: number | null): Promise<SessionUser | null> {
  if (tokenVersion === null) return null;
  const u = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, locale: true, sessionVersion: true } });
  if (!u || u.sessionVersion !== tokenVersion) return null;
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: toLocale(u.locale) };
}

export async function requireUser(): Promise<SessionUser> {
  const u = await getSession();
  if (!u) throw new UnauthenticatedError();
  return u;
}

/** For the second-factor actions: a session that passed the password (whether or not it passed the second factor). */
export async function requireSessionWithId(): Promise<SessionWithId> {
  const s = await getSessionWithId();
  if (!s) throw new UnauthenticatedError();
  return s;
}

/** Throws unless the actor has one of the roles. Data access functions call assertRole on the actor they are given. */
export function assertRole(actor: SessionUser | null | undefined, ...roles: Role[]): asserts actor is SessionUser {
  if (!actor) throw new UnauthenticatedError();
  if (!roles.includes(actor.role)) throw new ForbiddenError();
}

export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const u = await requireUser();
  assertRole(u, ...roles);
  return u;
}
