import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { getAuthOptions } from "@/lib/server/auth-options";
import { db } from "@/lib/server/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/server/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { toLocale, type Locale } from "@/lib/i18n/config";

export type SessionUser = { id: string; email: string; name: string; role: Role; locale: Locale };

/**
 * The signed-in user, read once per request. The JWT only says who claims to be signed in; the user row decides:
 * a deleted user, or a sessionVersion bumped by "sign out everywhere", means no session.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  // No session cookie, no work (and no environment needed: pages prerendered at build time stay signed out).
  const store = await cookies();
  if (!store.getAll().some((c) => c.name.includes("next-auth.session-token"))) return null;
  const s = await getServerSession(getAuthOptions());
  const claims = s?.user as { id?: string; sv?: number } | undefined;
  if (!claims?.id) return null;
  return resolveSessionUser(claims.id, typeof claims.sv === "number" ? claims.sv : null);
});

/** Exported for tests: the database's view of a session claimed by a token. */
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
